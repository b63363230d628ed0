/**
 * The one evaluator for the arithmetic a profile declares. A small recursive-descent parser over
 * numbers, identifiers (row or column keys), + - * /, parentheses and `sum(a, b..c)`; never `eval`.
 */

export type Expr =
  | { type: "num"; value: number }
  | { type: "ref"; id: string }
  | { type: "neg"; arg: Expr }
  | { type: "bin"; op: "+" | "-" | "*" | "/"; left: Expr; right: Expr }
  | { type: "sum"; items: Expr[] };

export type Comparison = "==" | "<=" | ">=" | "<" | ">";

export interface CompiledComparison {
  left: Expr;
  op: Comparison;
  right: Expr;
}

export interface ExpressionScope {
  /** Identifiers in template order; `a..b` expands to every identifier from a to b that `inRange` accepts. */
  order: readonly string[];
  inRange(id: string): boolean;
}

export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

type Token = { kind: "num" | "id" | "op"; text: string; at: number };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(\.\.|==|<=|>=|[-+*/(),<>]))/y;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < source.length) {
    if (/\s/u.test(source[at]!)) {
      at++;
      continue;
    }
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(source);
    // Whitespace is skipped above, so `at` is the offending character itself.
    if (!m) throw new ExpressionError(`unexpected character "${source[at]}"`, at);
    const start = m.index + m[0].length - (m[1] ?? m[2] ?? m[3])!.length;
    if (m[1]) tokens.push({ kind: "num", text: m[1], at: start });
    else if (m[2]) tokens.push({ kind: "id", text: m[2], at: start });
    else tokens.push({ kind: "op", text: m[3]!, at: start });
    at = TOKEN.lastIndex;
  }
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly scope: ExpressionScope,
    private readonly length: number,
  ) {}

  parseComparison(): CompiledComparison {
    const left = this.parseExpr();
    const op = this.peek();
    if (!op || !["==", "<=", ">=", "<", ">"].includes(op.text)) throw this.error("expected a comparison (== <= >= < >)");
    this.pos++;
    const right = this.parseExpr();
    this.expectEnd();
    return { left, op: op.text as Comparison, right };
  }

  private parseExpr(): Expr {
    let left = this.parseTerm();
    for (let t = this.peek(); t && (t.text === "+" || t.text === "-"); t = this.peek()) {
      this.pos++;
      left = { type: "bin", op: t.text, left, right: this.parseTerm() };
    }
    return left;
  }

  private parseTerm(): Expr {
    let left = this.parseFactor();
    for (let t = this.peek(); t && (t.text === "*" || t.text === "/"); t = this.peek()) {
      this.pos++;
      left = { type: "bin", op: t.text, left, right: this.parseFactor() };
    }
    return left;
  }

  private parseFactor(): Expr {
    const t = this.next();
    if (t.kind === "num") return { type: "num", value: Number(t.text) };
    if (t.text === "-") return { type: "neg", arg: this.parseFactor() };
    if (t.text === "(") {
      const inner = this.parseExpr();
      this.expect(")");
      return inner;
    }
    if (t.kind === "id" && t.text === "sum" && this.peek()?.text === "(") {
      this.pos++;
      const items: Expr[] = [];
      do items.push(...this.parseSumItem());
      while (this.accept(","));
      this.expect(")");
      return { type: "sum", items };
    }
    if (t.kind === "id") return this.ref(t);
    throw new ExpressionError(`unexpected "${t.text}"`, t.at);
  }

  private parseSumItem(): Expr[] {
    const t = this.peek();
    if (t?.kind === "id" && this.tokens[this.pos + 1]?.text === "..") {
      this.pos += 2;
      const end = this.next();
      if (end.kind !== "id") throw new ExpressionError("expected an identifier after ..", end.at);
      return this.range(t, end);
    }
    return [this.parseExpr()];
  }

  private range(from: Token, to: Token): Expr[] {
    const a = this.scope.order.indexOf(from.text);
    const b = this.scope.order.indexOf(to.text);
    if (a < 0) throw new ExpressionError(`unknown identifier "${from.text}"`, from.at);
    if (b < 0) throw new ExpressionError(`unknown identifier "${to.text}"`, to.at);
    if (b < a) throw new ExpressionError(`empty range ${from.text}..${to.text}`, from.at);
    return this.scope.order
      .slice(a, b + 1)
      .filter((id) => this.scope.inRange(id))
      .map((id) => ({ type: "ref", id }));
  }

  private ref(t: Token): Expr {
    if (!this.scope.order.includes(t.text)) throw new ExpressionError(`unknown identifier "${t.text}"`, t.at);
    return { type: "ref", id: t.text };
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private next(): Token {
    const t = this.tokens[this.pos++];
    if (!t) throw new ExpressionError("unexpected end of expression", this.length);
    return t;
  }

  private accept(text: string): boolean {
    if (this.peek()?.text !== text) return false;
    this.pos++;
    return true;
  }

  private expect(text: string): void {
    const t = this.next();
    if (t.text !== text) throw new ExpressionError(`expected "${text}" but found "${t.text}"`, t.at);
  }

  private expectEnd(): void {
    const t = this.peek();
    if (t) throw new ExpressionError(`unexpected "${t.text}"`, t.at);
  }

  private error(message: string): ExpressionError {
    return new ExpressionError(message, this.peek()?.at ?? this.length);
  }
}

export function compileComparison(source: string, scope: ExpressionScope): CompiledComparison {
  return new Parser(tokenize(source), scope, source.length).parseComparison();
}

/** Evaluates with `lookup` giving each identifier's value; undefined propagates (a cell that cannot be read). */
export function evaluate(expr: Expr, lookup: (id: string) => number | undefined): number | undefined {
  switch (expr.type) {
    case "num":
      return expr.value;
    case "ref":
      return lookup(expr.id);
    case "neg": {
      const v = evaluate(expr.arg, lookup);
      return v === undefined ? undefined : -v;
    }
    case "sum": {
      let total = 0;
      for (const item of expr.items) {
        const v = evaluate(item, lookup);
        if (v === undefined) return undefined;
        total += v;
      }
      return total;
    }
    case "bin": {
      const a = evaluate(expr.left, lookup);
      const b = evaluate(expr.right, lookup);
      if (a === undefined || b === undefined) return undefined;
      switch (expr.op) {
        case "+":
          return a + b;
        case "-":
          return a - b;
        case "*":
          return a * b;
        case "/":
          return b === 0 ? undefined : a / b;
      }
    }
  }
}

export function compare(a: number, op: Comparison, b: number, tolerance: number): boolean {
  const slack = tolerance + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  switch (op) {
    case "==":
      return Math.abs(a - b) <= slack;
    case "<=":
      return a <= b + slack;
    case ">=":
      return a >= b - slack;
    case "<":
      return a < b - slack;
    case ">":
      return a > b + slack;
  }
}

export function references(expr: Expr, out: Set<string> = new Set()): Set<string> {
  switch (expr.type) {
    case "ref":
      out.add(expr.id);
      break;
    case "neg":
      references(expr.arg, out);
      break;
    case "bin":
      references(expr.left, out);
      references(expr.right, out);
      break;
    case "sum":
      for (const item of expr.items) references(item, out);
      break;
    case "num":
      break;
  }
  return out;
}
