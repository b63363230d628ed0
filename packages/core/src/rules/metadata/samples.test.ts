import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../linter.ts";
import { metadataRules } from "./index.ts";

const samples = join(import.meta.dirname, "../../../../../fixtures/samples");
const ids = new Set(metadataRules.map((r) => r.meta.id));

/** What the metadata rules report on the real and constructed samples, whatever the samples' own `only:` says. */
describe.each([
  ["huaian-2024.md", []],
  ["huaian-2024-three-label-columns.md", []],
  ["gov-2019-format.md", []],
  // Published 2023-02-02, two days after the default township deadline of 2023-01-31.
  ["dazhai-2022.md", ["5:12 publication-deadline/late-township"]],
])("metadata rules on the sample %s", (name, expected) => {
  it("report exactly the expected findings", () => {
    const messages = lint(readFileSync(join(samples, name), "utf8")).messages.filter((m) => ids.has(m.ruleId ?? ""));
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId}/${m.messageId}`)).toEqual(expected);
  });
});

it("the 大寨乡 finding names the date, the deadline, the level and the days late", () => {
  const [message] = lint(readFileSync(join(samples, "dazhai-2022.md"), "utf8")).messages.filter((m) => m.ruleId === "publication-deadline");
  expect(message?.message).toContain("发布日期为 2023年2月2日，晚于乡镇、街道的发布期限 2023年1月31日，逾期 2 天");
});
