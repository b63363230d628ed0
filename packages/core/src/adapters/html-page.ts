import type { Element, ElementContent, Root, RootContent } from "hast";
import type { SourceRange } from "../model/document.ts";

/**
 * The page around a report: what is chrome (navigation, footers, share buttons, scripts), which
 * tables hold data and which only lay the page out, and which element holds the report's body.
 */

export type Parent = Element | Root;

/** Elements that are never part of a report's text. */
const NEVER_TEXT = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "canvas",
  "audio",
  "video",
  "map",
  "button",
  "input",
  "select",
  "textarea",
  "option",
  "dialog",
]);
/** Page chrome by its HTML5 element. */
const CHROME_TAGS = new Set(["nav", "aside", "footer", "header"]);
/** Parts of class and id names that page templates give to chrome. */
const CHROME_WORDS = new Set([
  "nav",
  "navbar",
  "menu",
  "breadcrumb",
  "breadcrumbs",
  "bread",
  "crumb",
  "crumbs",
  "footer",
  "foot",
  "sidebar",
  "toolbar",
  "pager",
  "position",
  "location",
  "weizhi",
  "dqwz",
  "related",
  "xgxx",
  "xglj",
  "fenxiang",
  "share",
]);
const CHROME_PREFIX = /^(?:bdshare|share|jiathis|fenxiang)/u;
/** Containers content management systems of government sites put the article body in. */
const BODY_IDS = new Set(["zoom", "fontzoom", "ucap-content", "zoomcon", "content_zoom", "article-content", "articlecontent", "info_content", "content_text"]);
const BODY_CLASSES = new Set([
  "trs_editor",
  "article-content",
  "article_content",
  "pages_content",
  "zoom",
  "content_text",
  "news_content",
  "detail-content",
  "detail_content",
  "xxgk_content",
  "view",
]);
export const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);
const SECTION_TITLE = /^([一二三四五六七八九十]{1,3})\s*[、．.]/u;
/** The longest text a section title paragraph has. */
const SHORT_TEXT = 40;
const NUMBER = /^[+-]?\d[\d,]*(?:\.\d+)?$/u;

export function isElement(node: RootContent | ElementContent | Root): node is Element {
  return node.type === "element";
}

export function elementRange(el: Element): SourceRange {
  const start = el.position?.start.offset;
  const end = el.position?.end.offset;
  if (start !== undefined && end !== undefined) return { start, end };
  // Elements the parser made up (tbody, an implied tr) have no position: take their children's.
  let first: number | undefined;
  let last: number | undefined;
  for (const child of el.children) {
    const s = child.position?.start.offset ?? (isElement(child) ? elementRange(child).start : undefined);
    const e = child.position?.end.offset ?? (isElement(child) ? elementRange(child).end : undefined);
    if (s !== undefined && first === undefined) first = s;
    if (e !== undefined) last = e;
  }
  return { start: first ?? 0, end: last ?? first ?? 0 };
}

interface VerbosePosition {
  opening?: { end: { offset?: number } };
  closing?: { start: { offset?: number } };
}

/** Between the start tag and the end tag; up to the end of the last child when the end tag was left out. */
export function innerRange(el: Element): SourceRange {
  const outer = elementRange(el);
  const data = el.data as { position?: VerbosePosition } | undefined;
  const start = data?.position?.opening?.end.offset ?? outer.start;
  const end = data?.position?.closing?.start.offset ?? outer.end;
  return { start, end: Math.max(start, end) };
}

function classTokens(el: Element): string[] {
  const cls: unknown = el.properties.className;
  const list: string[] = Array.isArray(cls) ? cls.map(String) : typeof cls === "string" ? cls.split(/\s+/u) : [];
  const id = el.properties.id;
  if (typeof id === "string" && id) list.push(id);
  return list.map((t) => t.toLowerCase()).filter(Boolean);
}

function styleOf(el: Element): string {
  const style = el.properties.style;
  return typeof style === "string" ? style.toLowerCase() : "";
}

/** True: bold; false: explicitly not bold; undefined: inherits. */
export function boldOf(el: Element): boolean | undefined {
  if (el.tagName === "strong" || el.tagName === "b") return true;
  const m = /font-weight\s*:\s*([a-z0-9]+)/u.exec(styleOf(el));
  if (!m) return undefined;
  const w = m[1]!;
  if (w === "bold" || w === "bolder") return true;
  if (/^\d+$/u.test(w)) return Number(w) >= 600;
  return false;
}

export class Page {
  readonly parents = new Map<Element, Parent>();
  private readonly skipped = new Map<Element, boolean>();
  private readonly layout = new Map<Element, boolean>();
  private readonly texts = new Map<Element, string>();
  private readonly rawTexts = new Map<Element, string>();
  private readonly shortTexts = new Map<Element, string | null>();

  constructor(readonly root: Root) {
    const walk = (parent: Parent): void => {
      for (const child of parent.children) {
        if (!isElement(child)) continue;
        this.parents.set(child, parent);
        walk(child);
        if (child.content) walk(child.content as unknown as Root);
      }
    };
    walk(root);
  }

  /** Never text at all (scripts, form controls, hidden elements), or page chrome. */
  isSkipped(el: Element): boolean {
    let known = this.skipped.get(el);
    if (known === undefined) {
      known = this.decideSkipped(el);
      this.skipped.set(el, known);
    }
    return known;
  }

  private decideSkipped(el: Element): boolean {
    const tag = el.tagName;
    if (NEVER_TEXT.has(tag) || CHROME_TAGS.has(tag)) return true;
    if (el.properties.hidden !== undefined && el.properties.hidden !== false && el.properties.hidden !== null) return true;
    const style = styleOf(el);
    if (/display\s*:\s*none|visibility\s*:\s*hidden/u.test(style)) return true;
    // A search form is chrome; a page wrapped whole in a <form> (ASP.NET) is not.
    if (tag === "form") return !this.hasDescendant(el, (d) => d.tagName === "table") && this.textOf(el).length < 200;
    for (const token of classTokens(el)) {
      if (CHROME_PREFIX.test(token)) return true;
      if (token.split(/[-_]/u).some((part) => CHROME_WORDS.has(part))) return true;
    }
    return false;
  }

  /**
   * A table that lays a page out rather than holding data: it holds a table of several rows, a
   * heading, or a cell of running text.
   */
  isLayoutTable(table: Element): boolean {
    let known = this.layout.get(table);
    if (known !== undefined) return known;
    known = false;
    for (const cell of this.cellsOf(table)) {
      if (this.hasDescendant(cell, (d) => /^h[1-6]$/u.test(d.tagName) || (d.tagName === "table" && this.rowsOf(d).length >= 2))) known = true;
      else if (this.textOf(cell).length > 300) known = true;
      if (known) break;
    }
    this.layout.set(table, known);
    return known;
  }

  /** The rows of a table, not of the tables inside it. */
  rowsOf(table: Element): Element[] {
    const rows: Element[] = [];
    for (const child of table.children) {
      if (!isElement(child)) continue;
      if (child.tagName === "tr") rows.push(child);
      else if (child.tagName === "thead" || child.tagName === "tbody" || child.tagName === "tfoot") {
        for (const row of child.children) if (isElement(row) && row.tagName === "tr") rows.push(row);
      }
    }
    return rows;
  }

  cellsOf(table: Element): Element[] {
    return this.rowsOf(table).flatMap((row) => row.children.filter((c): c is Element => isElement(c) && (c.tagName === "td" || c.tagName === "th")));
  }

  hasDescendant(el: Parent, test: (d: Element) => boolean): boolean {
    for (const child of el.children) {
      if (!isElement(child)) continue;
      if (test(child) || this.hasDescendant(child, test)) return true;
    }
    return false;
  }

  /** Plain text of an element, scripts and chrome left out, whitespace collapsed. */
  textOf(el: Element): string {
    let known = this.texts.get(el);
    if (known === undefined) {
      let text = "";
      const walk = (n: Parent): void => {
        for (const child of n.children) {
          if (child.type === "text") text += child.value;
          else if (isElement(child)) {
            if (child.tagName === "br" || BLOCK_TAGS.has(child.tagName)) text += " ";
            if (!this.isSkipped(child)) walk(child);
          }
        }
      };
      walk(el);
      known = text.replace(/[\s\u00a0\u3000]+/gu, " ").trim();
      this.texts.set(el, known);
    }
    return known;
  }

  /**
   * `textOf(el)` when it is at most SHORT_TEXT characters long, else undefined: what a section
   * title is looked for in. Made once per element from its children's, each whitespace run already
   * one space, so that asking it of every element of a page nested hundreds deep costs no more than
   * of a flat page (`textOf` of each walks everything below it).
   */
  shortTextOf(el: Element): string | undefined {
    const spaced = this.spacedShortText(el);
    return spaced === null ? undefined : spaced.trim();
  }

  /** The text with each whitespace run one space, not trimmed; null when it is longer than SHORT_TEXT. Recursion is bounded by the parser's depth limit (html-tree.ts). */
  private spacedShortText(el: Element): string | null {
    let known = this.shortTexts.get(el);
    if (known !== undefined) return known;
    let text = "";
    known = "";
    for (const child of el.children) {
      if (child.type === "text") text += collapse(child.value);
      else if (isElement(child)) {
        if (child.tagName === "br" || BLOCK_TAGS.has(child.tagName)) text += " ";
        if (this.isSkipped(child)) continue;
        const inner = this.spacedShortText(child);
        if (inner === null) {
          known = null;
          break;
        }
        text += inner;
      }
      text = collapse(text);
      if (text.trim().length > SHORT_TEXT) {
        known = null;
        break;
      }
    }
    if (known !== null) known = text;
    this.shortTexts.set(el, known);
    return known;
  }

  /** All the text inside an element, chrome included, scripts and styles left out. */
  rawTextOf(el: Element): string {
    let known = this.rawTexts.get(el);
    if (known === undefined) {
      known = "";
      for (const child of el.children) {
        if (child.type === "text") known += child.value;
        else if (isElement(child) && !["script", "style", "template", "noscript"].includes(child.tagName)) known += ` ${this.rawTextOf(child)} `;
      }
      known = known.replace(/[\s\u00a0\u3000]+/gu, " ");
      this.rawTexts.set(el, known);
    }
    return known;
  }

  contains(ancestor: Parent, node: Element): boolean {
    for (let n: Parent | undefined = node; n; n = n.type === "element" ? this.parents.get(n) : undefined) if (n === ancestor) return true;
    return false;
  }

  /** The body element, or the root when the parser gave none. */
  bodyElement(): Parent {
    const html = this.root.children.find((c): c is Element => isElement(c) && c.tagName === "html");
    const body = html?.children.find((c): c is Element => isElement(c) && c.tagName === "body");
    return body ?? html ?? this.root;
  }

  /**
   * The element that holds the report. Its data tables and section titles (一、… paragraphs) mark it:
   * of the elements that hold every data table, those holding the most distinct section numbers
   * (a stray 一、通知公告 in a menu repeats a number the report has), and of these a known content
   * container if there is one, else the smallest. Without such marks, the known container with the
   * most text, else the page's body.
   */
  findReportBody(): Parent {
    const body = this.bodyElement();
    const tables: Element[] = [];
    const titles: { el: Element; ordinal: string }[] = [];
    const known: Element[] = [];
    const walk = (n: Parent, inTable: boolean): void => {
      for (const child of n.children) {
        if (!isElement(child) || this.isSkipped(child)) continue;
        if (isKnownContainer(child)) known.push(child);
        if (child.tagName === "table" && !inTable && !this.isLayoutTable(child)) {
          if (this.cellsOf(child).filter((c) => NUMBER.test(this.textOf(c))).length >= 3) tables.push(child);
          walk(child, true);
          continue;
        }
        if (!inTable && /^(?:p|div|h[1-6]|li|dt|dd|section)$/u.test(child.tagName)) {
          const text = this.shortTextOf(child);
          const m = text === undefined ? null : SECTION_TITLE.exec(text);
          if (m && !/[。；;]/u.test(text!)) titles.push({ el: child, ordinal: m[1]! });
        }
        walk(child, inTable);
      }
    };
    walk(body, false);
    if (tables.length === 0 && titles.length < 2) {
      const longest = [...known].sort((a, b) => this.textOf(b).length - this.textOf(a).length)[0];
      return longest && this.textOf(longest).length > 0 ? longest : body;
    }
    const chainUp = (from: Parent | undefined): Parent[] => {
      const chain: Parent[] = [];
      for (let n = from; n; n = n.type === "element" && n !== body ? this.parents.get(n) : undefined) chain.push(n);
      return chain;
    };
    const candidates = new Set<Parent>(
      tables.length ? chainUp(this.commonAncestor(tables)) : titles.flatMap((t) => chainUp(this.parents.get(t.el))),
    );
    const ordinals = (c: Parent): number => new Set(titles.filter((t) => this.contains(c, t.el)).map((t) => t.ordinal)).size;
    const scored = [...candidates].map((c) => ({ c, n: ordinals(c), depth: chainUp(c).length }));
    const best = Math.max(...scored.map((s) => s.n));
    const good = scored.filter((s) => s.n === best).sort((a, b) => b.depth - a.depth);
    const pick = good.find((s) => s.c.type === "element" && isKnownContainer(s.c)) ?? good[0];
    return pick && pick.c.type === "element" && pick.c.tagName !== "html" ? pick.c : body;
  }

  /** The deepest element holding all of `nodes`; the parent of a single table, which is no container. */
  private commonAncestor(nodes: Element[]): Parent {
    const chains = nodes.map((n) => {
      const chain: Parent[] = [];
      for (let p: Parent | undefined = n; p; p = p.type === "element" ? this.parents.get(p) : undefined) chain.unshift(p);
      return chain;
    });
    let common: Parent = this.root;
    for (let i = 0; ; i++) {
      const at = chains[0]![i];
      if (!at || chains.some((c) => c[i] !== at)) break;
      common = at;
    }
    return common.type === "element" && nodes.length === 1 ? (this.parents.get(common) ?? common) : common;
  }
}

/** Each run of whitespace as one space, as `textOf` collapses it. */
function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/gu, " ");
}

function isKnownContainer(el: Element): boolean {
  if (el.tagName === "article") return true;
  const id = el.properties.id;
  if (typeof id === "string" && BODY_IDS.has(id.toLowerCase())) return true;
  const cls = el.properties.className;
  return Array.isArray(cls) && cls.some((c) => BODY_CLASSES.has(String(c).toLowerCase()));
}
