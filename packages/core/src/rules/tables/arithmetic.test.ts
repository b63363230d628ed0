import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RuleTester } from "../../testing/rule-tester.ts";

const base = readFileSync(join(import.meta.dirname, "../../../../../fixtures/samples/huaian-2024.md"), "utf8");
const edit = (from: string, to: string): string => {
  if (!base.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return base.replace(from, to);
};

new RuleTester().run("arithmetic", {
  valid: [{ name: "a real report that adds up", code: base }],
  invalid: [
    {
      name: "a wrong （七）总计 breaks R1, R3 on its cell and R2 on its row total",
      code: edit("| （七）总计 | 2932 |", "| （七）总计 | 2930 |"),
      errors: [
        { messageId: "mismatch", line: 77, column: 11, message: "（七）总计·自然人 写的是 2930，但一、本年新收加二、上年结转减四、结转下年度为 2932（R1", suggestions: ["2932"] },
        { messageId: "mismatch", line: 77, column: 11, message: "（七）总计·自然人 写的是 2930，但各项办理结果之和为 2932（R3", suggestions: ["2932"] },
        { messageId: "mismatch", line: 77, column: 40, message: "（七）总计·总计 写的是 3050，但各类申请人之和为 3048（R2", suggestions: ["3048"] },
      ],
    },
    {
      name: "table 四: a changed 尚未审结 breaks R5 for its block",
      code: edit("| 72 | 64 | 178 | 37 | 351 |", "| 72 | 64 | 178 | 38 | 351 |"),
      errors: [{ messageId: "mismatch", line: 86, column: 24, message: "行政复议·总计 写的是 351，但行政复议各项结果之和为 352（R5", suggestions: ["352"] }],
    },
    {
      name: "a subtotal written on a group row is checked (R3b)",
      code: edit("| （三）不予公开 | | | | | | | |", "| （三）不予公开 | 170 | 2 | 0 | 0 | 0 | 0 | 172 |"),
      errors: [
        { messageId: "mismatch", line: 54, column: 13, message: "（三）不予公开·自然人 写的是 170，但（三）不予公开各分项之和为 176（R3b", suggestions: ["176"] },
        { messageId: "mismatch", line: 54, column: 39, message: "（三）不予公开·总计 写的是 172，但（三）不予公开各分项之和为 178（R3b", suggestions: ["178"] },
      ],
    },
    {
      name: "a blank cell counts as 0 and the message says so",
      code: edit("| 2.重复申请 | 25 | 0 | 0 | 0 | 0 | 0 | 25 |", "| 2.重复申请 | 25 |  | 0 | 0 | 0 | 0 | 26 |"),
      errors: [
        { messageId: "mismatch", line: 69, column: 36, message: "其中空白单元格 2.重复申请·商业企业 按 0 计。", suggestions: ["25"] },
        { messageId: "mismatch", line: 77, column: 40, message: "（七）总计·总计 写的是 3050，但各项办理结果之和为 3051（R3", suggestions: ["3051"] },
      ],
    },
    {
      name: "messages in English",
      locale: "en",
      code: edit("| （七）总计 | 2932 | 53 | 0 | 0 | 61 | 4 | 3050 |", "| （七）总计 | 2932 | 53 | 0 | 0 | 61 | 4 | 3051 |"),
      errors: [
        { messageId: "mismatch", line: 77, column: 40, message: "（七）总计·总计 is 3051, but new plus carried in minus carried out is 3050 (R1", suggestions: ["3050"] },
        { messageId: "mismatch", line: 77, column: 40, message: "（七）总计·总计 is 3051, but the sum over applicants is 3050 (R2", suggestions: ["3050"] },
        { messageId: "mismatch", line: 77, column: 40, message: "（七）总计·总计 is 3051, but the sum of the results is 3050 (R3", suggestions: ["3050"] },
      ],
    },
  ],
});
