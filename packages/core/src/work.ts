/**
 * Counting the work of the binding and of each rule without a clock: every read they make of the
 * document and of the bound report (a property of any object in it, an element of an array, an
 * entry of a map) is one unit. A stage that reads each part of its input a bounded number of
 * times does work linear in the input's size; one that searches all cells for each cell reads
 * quadratically many. `work.test.ts` lints reports of size n and 4n and compares the counts, so
 * the proof does not depend on the machine's speed.
 *
 * The reads are seen through proxies, at the boundary between the engine and what it hands a stage,
 * so no rule carries a counter. The proxies slow linting several times: only tests ask for them
 * (`LintOptions.work`).
 */
export class WorkCounter {
  /** Under whose name the reads count now: "bind", or a rule's id. */
  current = "";
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  constructor(private readonly counts: Map<string, number>) {}

  private count(): void {
    this.counts.set(this.current, (this.counts.get(this.current) ?? 0) + 1);
  }

  /** `value` as the stage sees it: an object or array whose reads are counted, the same proxy for the same object. */
  wrap<T>(value: T): T {
    if (typeof value !== "object" || value === null) return value;
    if (this.targets.has(value)) return value; // already a proxy
    if (value instanceof RegExp || value instanceof Date || ArrayBuffer.isView(value)) return value;
    let proxy = this.proxies.get(value);
    if (!proxy) {
      proxy = value instanceof Map || value instanceof Set ? this.collection(value) : this.plain(value);
      this.proxies.set(value, proxy);
      this.targets.set(proxy, value);
    }
    return proxy as T;
  }

  private unwrap<T>(value: T): T {
    return (typeof value === "object" && value !== null ? (this.targets.get(value) ?? value) : value) as T;
  }

  private plain(target: object): object {
    return new Proxy(target, {
      get: (t, key, receiver) => {
        this.count();
        return this.wrap(Reflect.get(t, key, receiver));
      },
      set: (t, key, value, receiver) => Reflect.set(t, key, this.unwrap(value), receiver),
    });
  }

  /** A Map or Set: its methods need the real collection as `this`; what they give out is wrapped and each entry counted. */
  private collection(target: Map<unknown, unknown> | Set<unknown>): object {
    const counted = <T>(iterator: Iterator<T>, map: (item: T) => T): IterableIterator<T> => {
      const it: IterableIterator<T> = {
        next: () => {
          const step = iterator.next();
          if (step.done) return step;
          this.count();
          return { done: false, value: map(step.value) };
        },
        [Symbol.iterator]: () => it,
      };
      return it;
    };
    const pair = ([k, v]: [unknown, unknown]): [unknown, unknown] => [this.wrap(k), this.wrap(v)];
    const one = (v: unknown): unknown => this.wrap(v);
    const isMap = target instanceof Map;
    return new Proxy(target, {
      get: (t, key) => {
        this.count();
        switch (key) {
          case "size":
            return t.size;
          case "get":
            return (k: unknown) => this.wrap((t as Map<unknown, unknown>).get(this.unwrap(k)));
          case "has":
            return (k: unknown) => t.has(this.unwrap(k));
          case "keys":
            return () => counted(t.keys(), one);
          case "values":
            return () => counted(t.values(), one);
          case "entries":
            return () => counted(t.entries() as Iterator<[unknown, unknown]>, pair);
          case Symbol.iterator:
            return isMap ? () => counted((t as Map<unknown, unknown>).entries(), pair) : () => counted(t.values(), one);
          case "forEach":
            return (fn: (v: unknown, k: unknown, c: unknown) => void, thisArg?: unknown) => {
              for (const [k, v] of t.entries()) {
                this.count();
                fn.call(thisArg, this.wrap(v), this.wrap(k), this.proxies.get(t));
              }
            };
          default: {
            // Writing methods and the rest act on the collection itself.
            const value = Reflect.get(t, key, t) as unknown;
            return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(t) : value;
          }
        }
      },
    });
  }
}
