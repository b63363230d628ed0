import { it } from "vitest";
import { lint } from "../../index.ts";
import { metadataRules } from "./index.ts";
import { huaian, huaianOf, with2019T2, with2019T3, edit } from "./test-support.ts";
const ids = new Set(metadataRules.map((r) => r.meta.id));
const show = (name: string, text: string, profile?: string) => {
  const r = lint(text, profile ? { profile } : {});
  console.log("## " + name, r.profileId, "\n" + r.messages.filter((m) => ids.has(m.ruleId ?? "")).map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}/${m.messageId} ${m.message}`).join("\n"));
};
it("x", () => {
  show("2022 w/ 2019", with2019T3(with2019T2(huaianOf(2022))));
  show("2020 w/ 2019", with2019T3(with2019T2(huaianOf(2020))));
  show("2020 w/ 2021", huaianOf(2020));
  show("2017 w/ 2021", huaianOf(2017));
  show("2024 forced 2019", huaian, "gov-annual-2019");
  show("2022 T3 2019", with2019T3(huaianOf(2022)));
  show("2020 T2 2019", with2019T2(huaianOf(2020)));
});
