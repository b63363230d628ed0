import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

// On its own so that a program can load remark only when a document needs it (markdown-tree.ts parses the
// blocks reports are made of itself; the command's bundle leaves remark in a chunk, packages/cli/build.mjs).
const upstream = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm);

/** remark-parse + remark-frontmatter (yaml) + remark-gfm on the whole text: the reference markdown-tree.ts matches. */
export function parseMarkdownUpstream(source: string): Root {
  return upstream.parse(source) as Root;
}
