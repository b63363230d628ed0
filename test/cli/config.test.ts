import { describe, expect, it } from "vitest";
import { BLANK_CELL, CORRECT, parseJsonOutput, run, workspace, WRONG_TOTALS, type Run } from "./helpers.ts";

const json = (r: Run) => parseJsonOutput(r.stdout);
const ruleIds = (r: Run, file = 0) => json(r)[file]!.messages.map((m) => m.ruleId);

/** A configuration error: exit 2, nothing on stdout, exactly this one line on stderr. */
function expectConfigError(r: Run, line: string | RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  if (typeof line === "string") expect(lines[0]).toBe(line);
  else expect(lines[0]).toMatch(line);
}

describe("reportlint: configuration", () => {
  it("is discovered upward from each file, and the nearest configuration wins", () => {
    const cwd = workspace({
      ".reportlintrc.json": JSON.stringify({ rules: { "blank-cell": "error" } }),
      "a/blank.md": BLANK_CELL,
      "a/b/reportlint.config.json": JSON.stringify({ rules: { "blank-cell": "off" } }),
      "a/b/c/blank.md": BLANK_CELL,
      "d/package.json": JSON.stringify({ name: "d", reportlint: { locale: "en", rules: { "blank-cell": "warn" } } }),
      "d/blank.md": BLANK_CELL,
      "e/package.json": JSON.stringify({ name: "no-reportlint-key" }),
      "e/blank.md": BLANK_CELL,
    });
    const r = run(["a", "d", "e", "--format", "json"], { cwd });
    const results = json(r);
    const byFile = Object.fromEntries(results.map((x) => [x.filePath.slice(cwd.length + 1), x.messages.map((m) => `${m.ruleId}:${m.severity}`)]));
    expect(byFile).toEqual({
      "a/blank.md": ["blank-cell:2"], // the root .reportlintrc.json
      "a/b/c/blank.md": [], // the nearer reportlint.config.json turns the rule off
      "d/blank.md": ["blank-cell:1"], // the "reportlint" key of package.json
      "e/blank.md": ["blank-cell:2"], // a package.json without the key is passed over
    });
    expect(results.find((x) => x.filePath.endsWith("d/blank.md"))!.messages[0]!.message).toMatch(/^规章·本年废止件数 is blank/u);
    expect(r.code).toBe(1);
  });

  it("extends a file (relative to the configuration) and reportlint:recommended; options survive a severity-only override", () => {
    const cwd = workspace({
      "config/base.json": JSON.stringify({ extends: "reportlint:recommended", rules: { arithmetic: ["warn", { ignore: ["R1", "R3"] }] }, locale: "en" }),
      "reports/.reportlintrc.json": JSON.stringify({ extends: "../config/base.json", rules: { arithmetic: "error" } }),
      "reports/wrong.md": WRONG_TOTALS,
    });
    const r = run(["reports", "--format", "json"], { cwd });
    const arithmetic = json(r)[0]!.messages.filter((m) => m.ruleId === "arithmetic");
    // R1 and R3 are ignored (options from the base), the severity is error (from the nearer file), in English (base).
    expect(arithmetic.map((m) => `${m.line}:${m.column}:${m.severity}`)).toEqual(["77:40:2", "86:24:2"]);
    expect(arithmetic[0]!.message).toMatch(/ is 3050, but /u);
    expect(r.code).toBe(1);
  });

  it("an unknown rule: exit 2 with the file and the JSON pointer", () => {
    const cwd = workspace({ ".reportlintrc.json": JSON.stringify({ rules: { arithmatic: "warn" } }), "r.md": CORRECT });
    expectConfigError(run(["r.md"], { cwd }), /^reportlint: \.reportlintrc\.json: \/rules\/arithmatic: unknown rule "arithmatic"(; did you mean "arithmetic"\?)?$/u);
  });

  it.each([
    [{ rules: { arithmetic: ["error", { ignore: "R1" }] } }, "reportlint: reportlint.config.json: /rules/arithmetic/1/ignore: must be array"],
    [{ rules: { arithmetic: ["error", { ignorre: [] }] } }, 'reportlint: reportlint.config.json: /rules/arithmetic/1/ignorre: unknown property "ignorre"'],
    [{ rules: { arithmetic: "warning" } }, /^reportlint: reportlint\.config\.json: \/rules\/arithmetic: invalid setting "warning": expected a severity/u],
    [{ rules: { arithmetic: ["warning"] } }, /^reportlint: reportlint\.config\.json: \/rules\/arithmetic\/0: invalid severity "warning"/u],
    [{ locale: "fr" }, 'reportlint: reportlint.config.json: /locale: invalid locale "fr": expected "zh" or "en"'],
    [{ rulez: {} }, /^reportlint: reportlint\.config\.json: \/rulez: unknown key "rulez"/u],
    [{ profile: "gov-annual-2030" }, /^reportlint: reportlint\.config\.json: \/profile: unknown profile "gov-annual-2030"; built-in profiles: gov-annual-2021, gov-annual-2019/u],
    [{ extends: "./missing.json" }, 'reportlint: reportlint.config.json: /extends: cannot read "./missing.json": no such file or directory'],
    [{ extends: "reportlint:strict" }, /^reportlint: reportlint\.config\.json: \/extends: unknown preset "reportlint:strict"/u],
  ])("a bad configuration %j: exit 2, one line naming the file and the pointer", (config, line) => {
    const cwd = workspace({ "reportlint.config.json": JSON.stringify(config), "r.md": CORRECT });
    expectConfigError(run(["r.md"], { cwd }), line);
  });

  it("an error under the \"reportlint\" key of package.json: the pointer starts at /reportlint", () => {
    const cwd = workspace({ "package.json": JSON.stringify({ name: "x", reportlint: { rules: { "blank-cell": [3] } } }), "r.md": CORRECT });
    expectConfigError(run(["r.md"], { cwd }), /^reportlint: package\.json: \/reportlint\/rules\/blank-cell\/0: invalid severity 3: expected "off", "warn", "error", 0, 1, 2$/u);
  });

  it("a JSON syntax error: exit 2 with the file, line and column", () => {
    const cwd = workspace({ "sub/.reportlintrc.json": '{\n  "rules": {\n    "arithmetic": "warn",\n  }\n}\n', "sub/r.md": CORRECT });
    expectConfigError(run(["sub/r.md"], { cwd }), "reportlint: sub/.reportlintrc.json:3:25: invalid JSON: trailing comma");
    const cwd2 = workspace({ ".reportlintrc.json": '{"rules": {"arithmetic" "warn"}}', "r.md": CORRECT });
    expectConfigError(run(["r.md"], { cwd: cwd2 }), 'reportlint: .reportlintrc.json:1:25: invalid JSON: expected ":" after the property name');
  });

  it("comments are allowed in configuration files, as in VS Code's settings", () => {
    const cwd = workspace({
      ".reportlintrc.json": '{\n  // the totals are checked by hand this year\n  "rules": { "arithmetic": "off" } /* for now */\n}\n',
      "r.md": WRONG_TOTALS,
    });
    const r = run(["r.md"], { cwd });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("an error in an extended file names that file; a cycle of extends is reported", () => {
    const cwd = workspace({ "base.json": JSON.stringify({ rules: { nope: "off" } }), ".reportlintrc.json": JSON.stringify({ extends: "./base.json" }), "r.md": CORRECT });
    expectConfigError(run(["r.md"], { cwd }), /^reportlint: base\.json: \/rules\/nope: unknown rule "nope"/u);
    const cycle = workspace({ "a.json": JSON.stringify({ extends: "./b.json" }), "b.json": JSON.stringify({ extends: "./a.json" }), "r.md": CORRECT });
    expectConfigError(run(["r.md", "--config", "a.json"], { cwd: cycle }), /^reportlint: b\.json: \/extends: "extends" forms a cycle: a\.json → b\.json → a\.json$/u);
  });

  it("--config uses that file and no discovery; a missing --config file is exit 2", () => {
    const cwd = workspace({
      ".reportlintrc.json": JSON.stringify({ rules: { "blank-cell": "off" } }),
      "ci.json": JSON.stringify({ rules: { "blank-cell": "error" } }),
      "blank.md": BLANK_CELL,
    });
    expect(run(["blank.md"], { cwd })).toEqual({ code: 0, stdout: "", stderr: "" });
    const r = run(["blank.md", "--config", "ci.json", "--format", "json"], { cwd });
    expect(r.code).toBe(1);
    expect(ruleIds(r)).toEqual(["blank-cell"]);
    expectConfigError(run(["blank.md", "--config", "nope.json"], { cwd }), "reportlint: nope.json: cannot read the configuration: no such file or directory");
  });

  it("--rule overrides the configuration, as JSON or as id: severity; a bad --rule is exit 2", () => {
    const cwd = workspace({ ".reportlintrc.json": JSON.stringify({ rules: { "blank-cell": "off" } }), "blank.md": BLANK_CELL });
    const asText = run(["blank.md", "--rule", "blank-cell: error", "--format", "json"], { cwd });
    expect(asText.code).toBe(1);
    expect(json(asText)[0]!.messages.map((m) => `${m.ruleId}:${m.severity}`)).toEqual(["blank-cell:2"]);
    const asJson = run(["blank.md", "--rule", '{"blank-cell": 1}', "--format", "json"], { cwd });
    expect(asJson.code).toBe(0);
    expect(json(asJson)[0]!.messages.map((m) => `${m.ruleId}:${m.severity}`)).toEqual(["blank-cell:1"]);
    const later = run(["blank.md", "--rule", "blank-cell: error", "--rule", "blank-cell: off"], { cwd });
    expect(later).toEqual({ code: 0, stdout: "", stderr: "" });
    expectConfigError(run(["blank.md", "--rule", "blank-cel: warn"], { cwd }), /^reportlint: --rule: \/rules\/blank-cel: unknown rule "blank-cel"; did you mean "blank-cell"\?$/u);
    expectConfigError(run(["blank.md", "--rule", "blank-cell"], { cwd }), /^reportlint: --rule: expected "rule-id: severity" or a JSON object/u);
  });

  it("--profile: a built-in id, a profile file, and a broken profile file (exit 2 with the file and pointer)", () => {
    const profile = { id: "my-report", name: { zh: "我的报告", en: "My report" }, extends: "gov-annual-2021", sections: [], tables: [] };
    // Valid against the profile schema, but its table names a section that does not exist: found
    // when the profile is compiled, before any report is read.
    const broken = {
      id: "broken",
      name: { zh: "坏的", en: "Broken" },
      sections: [{ key: "only", ordinal: 1, title: "一、总体情况" }],
      tables: [{ id: "t", title: { zh: "表", en: "Table" }, section: "no-such-section", blocks: [{ key: "b", columns: [{ key: "c", label: "列" }], rows: [{ key: "r", label: "行" }] }] }],
    };
    const cwd = workspace({
      "wrong.md": WRONG_TOTALS,
      "profiles/mine.json": JSON.stringify(profile),
      "profiles/broken.json": JSON.stringify(broken),
      "profiles/invalid.json": JSON.stringify({ id: "x" }),
      "profiles/syntax.json": "{\n  \"id\": \"x\",,\n}",
    });
    const builtin = run(["wrong.md", "--profile", "gov-annual-2021", "--format", "json"], { cwd });
    expect(builtin.code).toBe(1);
    const own = run(["wrong.md", "--profile", "profiles/mine.json", "--format", "json"], { cwd });
    expect(own.stderr).toBe("");
    expect(json(own)[0]!.messages.filter((m) => m.ruleId === "arithmetic")).toHaveLength(4);

    expectConfigError(run(["wrong.md", "--profile", "profiles/broken.json"], { cwd }), /^reportlint: profiles\/broken\.json: \/tables\/0\/section: unknown section "no-such-section"$/u);
    expectConfigError(run(["wrong.md", "--profile", "profiles/invalid.json"], { cwd }), /^reportlint: profiles\/invalid\.json: \/: must have required property '[a-z]+'$/u);
    expectConfigError(run(["wrong.md", "--profile", "profiles/syntax.json"], { cwd }), "reportlint: profiles/syntax.json:2:13: invalid JSON: expected a property name in double quotes");
    expectConfigError(run(["wrong.md", "--profile", "profiles/none.json"], { cwd }), 'reportlint: --profile: cannot read profile "profiles/none.json": no such file or directory');
    expectConfigError(run(["wrong.md", "--profile", "gov-annual-1999"], { cwd }), /^reportlint: --profile: unknown profile "gov-annual-1999"/u);
  });

  it("a profile path in a configuration file is relative to that file", () => {
    const profile = { id: "my-report", name: { zh: "我的报告", en: "My report" }, extends: "gov-annual-2021", sections: [], tables: [] };
    const cwd = workspace({
      "cfg/profile.json": JSON.stringify(profile),
      "cfg/broken.json": JSON.stringify({ id: "b" }),
      "ok/.reportlintrc.json": JSON.stringify({ extends: "../cfg/base.json" }),
      "cfg/base.json": JSON.stringify({ profile: "./profile.json" }),
      "ok/r.md": CORRECT,
      "bad/.reportlintrc.json": JSON.stringify({ profile: "../cfg/broken.json" }),
      "bad/r.md": CORRECT,
    });
    expect(run(["ok"], { cwd })).toEqual({ code: 0, stdout: "", stderr: "" });
    expectConfigError(run(["bad"], { cwd }), /^reportlint: cfg\/broken\.json: \/: must have required property/u);
  });

  it("--stdin-filename: the configuration is discovered from that name's directory", () => {
    const cwd = workspace({ "strict/.reportlintrc.json": JSON.stringify({ rules: { "blank-cell": "error" } }) });
    const inStrict = run(["--stdin", "--stdin-filename", "strict/new.md", "--format", "json"], { cwd, input: BLANK_CELL });
    expect(inStrict.code).toBe(1);
    expect(json(inStrict)[0]!.messages.map((m) => `${m.ruleId}:${m.severity}`)).toEqual(["blank-cell:2"]);
    const elsewhere = run(["--stdin", "--stdin-filename", "other/new.md", "--format", "json"], { cwd, input: BLANK_CELL });
    expect(elsewhere.code).toBe(0);
    expect(json(elsewhere)[0]!.messages.map((m) => `${m.ruleId}:${m.severity}`)).toEqual(["blank-cell:1"]);
  });
});
