/**
 * A copy of `text` with characters of its own. V8 makes a substring of 13 characters or more a view
 * into the string it was cut from, so a cell's text, kept as a key of a long-lived cache, would keep its
 * whole document alive, and a bulk run's memory would grow with every report it read. Caches that live
 * longer than a document keep their keys detached.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : Array.prototype.join.call(text, "");
}
