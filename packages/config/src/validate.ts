import { builtinRules, describeAjvError } from "@reportlint/core";
import type { ErrorObject } from "ajv";
import { placeError } from "./errors.ts";
import { SEVERITY_VALUES } from "./schema.ts";
import { schemaErrors } from "./validate-config.generated.ts";

/**
 * Checks a configuration object against the generated schema; throws a ConfigError
 * `where: /json/pointer: reason` for the most specific problem. `prefix` is the pointer of the
 * object inside its file ("/reportlint" in package.json).
 */
export function validateConfig(data: unknown, where: string, prefix = ""): void {
  // The configuration schema's validator, generated ahead of time (scripts/validators.ts) from buildConfigSchema.
  const errors = schemaErrors(data) as ErrorObject[] | null;
  if (!errors) return;
  const { pointer, reason } = explain(errors, data);
  throw placeError(where, prefix + pointer, reason);
}

const SEVERITY_LIST = SEVERITY_VALUES.map((v) => JSON.stringify(v)).join(", ");

function explain(errors: ErrorObject[], data: unknown): { pointer: string; reason: string } {
  const concrete = errors.filter((e) => !["anyOf", "oneOf", "if"].includes(e.keyword));
  const pointerOf = (e: ErrorObject): string =>
    e.keyword === "additionalProperties" ? `${e.instancePath}/${escape(String(e.params.additionalProperty))}` : e.instancePath;
  const depth = (p: string): number => (p ? p.split("/").length : 0);
  let best = concrete[0] ?? errors[0];
  for (const e of concrete) if (depth(pointerOf(e)) > depth(pointerOf(best!))) best = e;
  if (!best) return { pointer: "", reason: "invalid configuration" };
  const pointer = pointerOf(best);
  const path = pointer.split("/").slice(1).map(unescape);

  if (best.keyword === "additionalProperties") {
    const name = String(best.params.additionalProperty);
    if (path.length === 2 && path[0] === "rules") return { pointer, reason: `unknown rule "${name}"${didYouMean(name, [...builtinRules.keys()])}` };
    if (path.length === 1) return { pointer, reason: `unknown key "${name}"; expected one of: extends, profile, locale, rules, files` };
  }
  if (path[0] === "rules" && path.length === 2) {
    // Every branch of "severity or [severity, options]" failed at the setting itself.
    const value = valueAt(data, path);
    return { pointer, reason: `invalid setting ${JSON.stringify(value)}: expected a severity (${SEVERITY_LIST}) or [severity, options]` };
  }
  if (path[0] === "rules" && path.length === 3 && path[2] === "0") {
    return { pointer, reason: `invalid severity ${JSON.stringify(valueAt(data, path))}: expected ${SEVERITY_LIST}` };
  }
  if (path[0] === "locale" && path.length === 1) return { pointer, reason: `invalid locale ${JSON.stringify(valueAt(data, path))}: expected "zh" or "en"` };
  const sameSpot = concrete.filter((e) => pointerOf(e) === pointer);
  if (sameSpot.length > 1 && sameSpot.every((e) => e.keyword === "type")) {
    return { pointer, reason: `must be ${sameSpot.map((e) => String(e.params.type)).join(" or ")}` };
  }
  return { pointer, reason: describeAjvError(best) };
}

function escape(segment: string): string {
  return segment.replace(/~/gu, "~0").replace(/\//gu, "~1");
}

function unescape(segment: string): string {
  return segment.replace(/~1/gu, "/").replace(/~0/gu, "~");
}

function valueAt(data: unknown, path: string[]): unknown {
  let node = data;
  for (const key of path) node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/** `; did you mean "arithmetic"?` when a known name is a small edit away. */
export function didYouMean(name: string, known: string[]): string {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best ? `; did you mean "${best}"?` : "";
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
