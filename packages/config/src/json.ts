import { parse, printParseErrorCode, type ParseError } from "jsonc-parser";
import { LineIndex } from "@reportlint/core";
import { ConfigError } from "./errors.ts";

/**
 * Reads a configuration or profile file. Comments are allowed, as in VS Code's own settings files;
 * anything else that is not JSON stops the run with the file, line and column of the first fault.
 */
export function parseJson(text: string, where: string): unknown {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const errors: ParseError[] = [];
  const value: unknown = parse(source, errors, { allowTrailingComma: false, disallowComments: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) {
    const comma = trailingComma(source, first);
    const { line, column } = new LineIndex(source).locate(comma ?? first.offset);
    throw new ConfigError(`${where}:${line}:${column}: invalid JSON: ${comma === undefined ? describe(first) : "trailing comma"}`);
  }
  return value;
}

/** `{"a": 1,}`: the parser stops at the brace, but the fault a person must remove is the comma. */
function trailingComma(source: string, error: ParseError): number | undefined {
  const code = printParseErrorCode(error.error);
  if (code !== "PropertyNameExpected" && code !== "ValueExpected") return undefined;
  if (source[error.offset] !== "}" && source[error.offset] !== "]") return undefined;
  let i = error.offset - 1;
  while (i >= 0 && /\s/u.test(source[i]!)) i--;
  return source[i] === "," ? i : undefined;
}

const REASONS: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "malformed number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between entries',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: "unexpected text after the end",
  UnexpectedEndOfComment: "unterminated comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid escape",
  InvalidCharacter: "invalid character in a string",
};

function describe(error: ParseError): string {
  const code = printParseErrorCode(error.error);
  return REASONS[code] ?? code;
}
