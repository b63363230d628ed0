import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { lint } from "../../linter.ts";

const samples = join(import.meta.dirname, "../../../../../fixtures/samples");

it("the 大寨乡 finding names the date, the deadline, the level and the days late", () => {
  const [message] = lint(readFileSync(join(samples, "dazhai-2022.md"), "utf8")).messages.filter((m) => m.ruleId === "publication-deadline");
  expect(message?.message).toContain("发布日期为 2023年2月2日，晚于乡镇、街道的发布期限 2023年1月31日，逾期 2 天");
});
