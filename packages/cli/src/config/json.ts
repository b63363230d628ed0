import { CliError } from "../errors.ts";

/**
 * Parses strict JSON. On a syntax error the thrown CliError names the file, the line and the column
 * (`file:3:7: invalid JSON: ...`), which V8's own message does not always give.
 */
export function parseJson(text: string, where: string): unknown {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(source);
  } catch {
    const { offset, reason } = findSyntaxError(source) ?? { offset: 0, reason: "not valid JSON" };
    const { line, column } = locate(source, offset);
    throw new CliError(`${where}:${line}:${column}: invalid JSON: ${reason}`);
  }
}

function locate(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

class SyntaxProblem {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

/** Walks the text as a JSON grammar and returns the first place it breaks, or null if it does not. */
export function findSyntaxError(text: string): { offset: number; reason: string } | null {
  let pos = 0;
  const fail = (reason: string, at = pos): never => {
    throw new SyntaxProblem(at, reason);
  };
  const describe = (at: number): string => (at >= text.length ? "unexpected end of file" : `unexpected character ${JSON.stringify(text[at])}`);
  const ws = (): void => {
    while (pos < text.length && " \t\n\r".includes(text[pos]!)) pos++;
  };
  const string = (): void => {
    const start = pos++;
    for (;;) {
      if (pos >= text.length) fail("unterminated string", start);
      const c = text.charCodeAt(pos);
      if (c === 0x22) {
        pos++;
        return;
      }
      if (c < 0x20) fail("control character in a string: write it as an escape such as \\n");
      if (c === 0x5c) {
        const e = text[pos + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/u.test(text.slice(pos + 2, pos + 6))) fail("invalid \\u escape");
          pos += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          pos += 2;
        } else {
          fail("invalid escape in a string");
        }
      } else {
        pos++;
      }
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/uy;
  const value = (): void => {
    ws();
    const c = text[pos];
    if (c === "{") return object();
    if (c === "[") return array();
    if (c === '"') return string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) {
      NUMBER.lastIndex = pos;
      if (!NUMBER.test(text)) fail("invalid number");
      pos = NUMBER.lastIndex;
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return;
      }
    }
    if (c === "'") fail("strings must be in double quotes");
    fail(c === undefined ? "unexpected end of file" : `unexpected character ${JSON.stringify(c)}: expected a value`);
  };
  const object = (): void => {
    pos++;
    ws();
    if (text[pos] === "}") {
      pos++;
      return;
    }
    for (;;) {
      ws();
      if (text[pos] !== '"') fail(text[pos] === undefined ? "unexpected end of file" : "expected a property name in double quotes");
      string();
      ws();
      if (text[pos] !== ":") fail(`${describe(pos)}: expected ":" after the property name`);
      pos++;
      value();
      ws();
      if (text[pos] === ",") {
        const comma = pos++;
        ws();
        if (text[pos] === "}") fail("trailing comma", comma);
        continue;
      }
      if (text[pos] === "}") {
        pos++;
        return;
      }
      fail(`${describe(pos)}: expected "," or "}"`);
    }
  };
  const array = (): void => {
    pos++;
    ws();
    if (text[pos] === "]") {
      pos++;
      return;
    }
    for (;;) {
      value();
      ws();
      if (text[pos] === ",") {
        const comma = pos++;
        ws();
        if (text[pos] === "]") fail("trailing comma", comma);
        continue;
      }
      if (text[pos] === "]") {
        pos++;
        return;
      }
      fail(`${describe(pos)}: expected "," or "]"`);
    }
  };
  try {
    value();
    ws();
    if (pos < text.length) fail("unexpected text after the end of the JSON value");
    return null;
  } catch (error) {
    if (error instanceof SyntaxProblem) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}
