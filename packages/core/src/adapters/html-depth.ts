/**
 * How deep HTML elements keep their structure. Chromium's HTML parser stops nesting at 512 levels and
 * puts deeper elements beside each other in the element at that depth; so does this reader, which
 * also keeps every recursive walk over the tree (hast-util-from-parse5's, the adapter's) far from the
 * end of the call stack: a page nested 20,000 deep used to overflow it.
 */
export const MAX_HTML_DEPTH = 512;
