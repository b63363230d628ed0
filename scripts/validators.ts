// The schema validators reportlint runs, as code that ajv generates ahead of time ("standalone"): a
// run validates a configuration or a profile without compiling a schema first (compiling the config
// schema took 60 ms of a 160 ms run), and without ajv in the bundle.
import { Ajv, type Options } from "ajv";
import standalone from "ajv/dist/standalone/index.js";
import profileSchema from "../schemas/profile.schema.json" with { type: "json" };
import { buildConfigSchema } from "../packages/config/src/schema.ts";
import { builtinRules } from "../packages/core/src/index.ts";

export interface GeneratedValidator {
  /** Where it is committed, relative to the repository. */
  path: string;
  code: string;
}

const common: Options = { code: { source: true, esm: true, lines: true } };

// The one runtime helper of ajv the schemas need (minLength counts code points): written out, so that the
// code imports nothing. ajv's ESM output still require()s its helpers.
const UCS2LENGTH = 'require("ajv/dist/runtime/ucs2length").default';
const UCS2LENGTH_CODE = "function ucs2length(text) {\n  let length = 0;\n  for (const _ of text) length++;\n  return length;\n}\n";

// What the program calls: a plain function, so that the bundle can load the validator only when a run
// needs it (scripts/bundle.mjs, `lazy`); ajv's function keeps its errors on itself.
const SCHEMA_ERRORS = [
  "/** The errors of `data` against the schema, or null when it conforms. */",
  "export function schemaErrors(data) {",
  "  return validate(data) ? null : validate.errors;",
  "}",
  "",
].join("\n");

export function generatedValidators(): GeneratedValidator[] {
  return [
    generate("packages/core/src/profiles/validate-profile.generated.ts", "schemas/profile.schema.json", profileSchema, { allErrors: false, strict: false }),
    // strictTuples off: `[severity, options]` is a tuple whose second item is optional.
    generate("packages/config/src/validate-config.generated.ts", "the built-in rules (buildConfigSchema)", buildConfigSchema(builtinRules), { allErrors: true, strict: true, strictTuples: false }),
  ];
}

function generate(path: string, from: string, schema: object, options: Options): GeneratedValidator {
  const ajv = new Ajv({ ...options, ...common });
  let code = standalone.default(ajv, ajv.compile(schema)); // the module is the function, and its own .default
  if (code.includes(UCS2LENGTH)) code = `${code.replaceAll(UCS2LENGTH, "ucs2length")}\n${UCS2LENGTH_CODE}`;
  if (/\brequire\(/u.test(code)) throw new Error(`${path}: the generated validator needs ajv at run time`);
  const header = [
    `// Generated from ${from} by scripts/build-validators.ts (pnpm run build:schema): do not edit.`,
    "// @ts-nocheck",
    "",
  ].join("\n");
  return { path, code: `${header}${code}\n${SCHEMA_ERRORS}` };
}
