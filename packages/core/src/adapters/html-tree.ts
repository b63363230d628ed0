import type { Nodes, Root } from "hast";
import { fromParse5 } from "hast-util-from-parse5";
import { parse, type DefaultTreeAdapterTypes } from "parse5";
import { VFile } from "vfile";
import { MAX_HTML_DEPTH } from "./html-depth.ts";

type P5Node = DefaultTreeAdapterTypes.Node;
type P5Parent = DefaultTreeAdapterTypes.ParentNode;
type P5Child = DefaultTreeAdapterTypes.ChildNode;


export interface HtmlTree {
  /** The page as hast, with verbose positions (opening and closing tags), as rehype-parse gives it. */
  tree: Root;
  /** Where the page first nests deeper than MAX_HTML_DEPTH (the source offset of the first element that lost its children), when it does. */
  tooDeepAt?: number;
}

/**
 * Parses an HTML page as a browser does (parse5, scripting off), with elements nested deeper than
 * MAX_HTML_DEPTH flattened into the element at that depth, in document order, and converts it to hast.
 */
export function parseHtmlTree(source: string): HtmlTree {
  const document = parse(source, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const tooDeepAt = flattenDeep(document);
  const tree = fromParse5(document, { file: new VFile(source), verbose: true }) as Root;
  clampPositions(tree, source.length);
  return tooDeepAt === undefined ? { tree } : { tree, tooDeepAt };
}

interface Place {
  offset?: number | undefined;
}
interface Span {
  start: Place;
  end: Place;
}

/**
 * parse5 ends a comment left open at the end of the page one character past the end of the text
 * (`<!--` alone ends at offset 5 of 4): every offset is kept inside the text. Iterative.
 */
function clampPositions(tree: Root, length: number): void {
  const clamp = (span: Span | undefined): void => {
    if (!span) return;
    for (const place of [span.start, span.end]) if (place.offset !== undefined && place.offset > length) place.offset = length;
  };
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    clamp(node.position);
    const verbose = (node.data as { position?: { opening?: Span; closing?: Span; properties?: Record<string, Span | undefined> } } | undefined)?.position;
    if (verbose) {
      clamp(verbose.opening);
      clamp(verbose.closing);
      for (const span of Object.values(verbose.properties ?? {})) clamp(span);
    }
    if ("children" in node) for (const child of node.children) stack.push(child);
    if (node.type === "element" && node.content) stack.push(node.content);
  }
}

/** The children of a node as hast-util-from-parse5 reads them: a template's are its content's. */
function childrenOf(node: P5Node): P5Child[] | undefined {
  if (node.nodeName === "template" && "content" in node) return (node as DefaultTreeAdapterTypes.Template).content.childNodes;
  return "childNodes" in node ? node.childNodes : undefined;
}

/**
 * Gives each element at MAX_HTML_DEPTH every node below it as a direct child, in document order,
 * each emptied of its own children. Iterative: its stack is an array. Returns the source offset of
 * the first element whose children were moved.
 */
function flattenDeep(document: DefaultTreeAdapterTypes.Document): number | undefined {
  let first: number | undefined;
  const stack: { node: P5Node; depth: number }[] = [{ node: document, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const children = childrenOf(node);
    if (!children) continue;
    if (depth < MAX_HTML_DEPTH) {
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: depth + 1 });
      continue;
    }
    // At the limit: everything below becomes a child of this node.
    const flat: P5Child[] = [];
    const below: P5Child[] = [...children].reverse();
    while (below.length > 0) {
      const child = below.pop()!;
      const own = childrenOf(child);
      if (own && own.length > 0) {
        // An element the parser implied (no tag in the source) is placed at the element that holds it.
        first ??= child.sourceCodeLocation?.startOffset ?? (node as DefaultTreeAdapterTypes.Element).sourceCodeLocation?.startOffset ?? 0;
        for (let i = own.length - 1; i >= 0; i--) below.push(own[i]!);
        own.length = 0;
      }
      child.parentNode = node as P5Parent;
      flat.push(child);
    }
    children.length = 0;
    for (const child of flat) children.push(child);
  }
  return first;
}
