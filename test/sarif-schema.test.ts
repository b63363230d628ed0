import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AjvDraft04Module from "ajv-draft-04";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { sarif, SARIF_MAX_RESULTS } from "../packages/cli/src/formatters/sarif.ts";
import { ALL, CWD } from "../packages/cli/src/formatters/test-support.ts";
import { toResult } from "../packages/cli/src/results.ts";
import { copyInto, ROOT, run, workspace, write, WRONG_TOTALS } from "./cli/helpers.ts";

// CommonJS packages: under NodeNext their default import is `module.exports`, whose `default` is the export.
const AjvDraft04 = AjvDraft04Module.default;
const addFormats = addFormatsModule.default;

const SCHEMA_PATH = join(ROOT, "test", "fixtures", "sarif", "sarif-schema-2.1.0.json");

/**
 * The SARIF 2.1.0 schema is a draft-04 JSON Schema (test/fixtures/sarif/README.md says where it comes
 * from): ajv 8 reads draft-04 through ajv-draft-04, its `uri`, `uri-reference` and `date-time` formats
 * come from ajv-formats, and its `language` pattern compiles only as a non-Unicode regular expression.
 */
function compile() {
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, "utf8")));
}

let compiled: ReturnType<typeof compile> | undefined;
const validator = (): ReturnType<typeof compile> => (compiled ??= compile());

function expectValid(text: string): void {
  const validate = validator();
  const log = JSON.parse(text);
  validate(log);
  expect(validate.errors ?? []).toEqual([]);
}

describe("--format sarif validates against the SARIF 2.1.0 JSON Schema", () => {
  it("the vendored schema is the file it says it is", () => {
    expect(createHash("sha256").update(readFileSync(SCHEMA_PATH)).digest("hex")).toBe("2d99159ae54a3eea97f81781cff48780548657c35949f4b7f25e99a2ba4de4f8");
  });

  it("the schema catches a broken log (the test would notice a wrong shape)", () => {
    const validate = validator();
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: { name: "reportlint" } }, results: [{ message: {}, level: "fatal" }] }] })).toBe(false);
  });

  it("a run with every kind of finding: Markdown, .docx places, a file that could not be read", () => {
    expectValid(sarif(ALL, { cwd: CWD, color: false, locale: "zh" }));
    expectValid(sarif([], { cwd: CWD, color: false, locale: "en" }));
  });

  it("a run cut at the limit", () => {
    const messages = Array.from({ length: SARIF_MAX_RESULTS + 3 }, (_, i) => ({ ruleId: "blank-cell", severity: 1 as const, message: "空白", messageId: "m", line: i + 1, column: 1, endLine: i + 1, endColumn: 1 }));
    expectValid(sarif([toResult(`${CWD}/big.md`, messages)], { cwd: CWD, color: false, locale: "zh", notify: () => {} }));
  });

  it("the built command on real reports in every input format, a wrong total and a binary file", () => {
    const cwd = workspace({ "reports/wrong.md": WRONG_TOTALS });
    copyInto(cwd, join(ROOT, "fixtures", "docx", "huaian-2024-wrong-total.docx"), "reports/淮安 2024.docx");
    copyInto(cwd, join(ROOT, "fixtures", "html", "wrong-total-word-export.html"), "reports/word.html");
    copyInto(cwd, join(ROOT, "fixtures", "text", "joined-numbers.txt"), "reports/joined.txt");
    write(cwd, "reports/binary.md", "\u0000\u0001\u0002PK\u0003\u0004"); // not text: a message about the file
    const r = run(["reports", "--format", "sarif"], { cwd });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expectValid(r.stdout);
    const log = JSON.parse(r.stdout);
    const uris = new Set(log.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(["reports/joined.txt", "reports/word.html", "reports/wrong.md", "reports/%E6%B7%AE%E5%AE%89%202024.docx"].sort());
    expect(log.runs[0].invocations[0].toolExecutionNotifications.map((n: { descriptor: { id: string } }) => n.descriptor.id)).toEqual(["not-text"]);
  });
});
