import { detached } from "./detached.ts";

/**
 * Results remembered by text, for look-ups that outlive a document (label keys, label matches).
 * Bounded, so that a bulk run's memory does not grow with the labels only one report has (its title,
 * its issuer), and kept in two generations, so that what every report asks about stays: when the
 * current generation is full it becomes the previous one, and the one before is dropped; a text found
 * in the previous generation moves to the current. Keys, and the values computed from them, are kept
 * detached from their documents.
 */
export class TextMemo<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  constructor(
    private readonly generationSize: number,
    private readonly compute: (text: string) => V,
  ) {}

  /** The value remembered for `text`, or the one computed for it, remembered. */
  get(text: string): V {
    const value = this.current.get(text);
    if (value !== undefined || this.current.has(text)) return value as V;
    // Computed from the detached copy too: a value made of pieces of the text (a regular expression's
    // match, a replace that replaced nothing) would otherwise keep the document alive.
    const own = detached(text);
    const found = this.previous.has(own) ? (this.previous.get(own) as V) : this.compute(own);
    if (this.current.size >= this.generationSize) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(own, found);
    return found;
  }

  /** How many texts are remembered, in both generations. */
  get size(): number {
    return this.current.size + this.previous.size;
  }
}
