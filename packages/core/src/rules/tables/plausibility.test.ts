import { RuleTester } from "../../testing/rule-tester.ts";
import { edit, huaian, huaianThreeColumns } from "./test-support.ts";

const implausible = edit(["| 行政规范性文件 | 8 | 26 | 66 |", "| 行政规范性文件 | 30 | 26 | 0 |"]);

new RuleTester().run("plausibility", {
  valid: [
    { name: "a real report: more repealed than issued is plausible", code: huaian },
    { name: "table 三 with three label columns", code: huaianThreeColumns },
    { name: "a relation switched off", code: implausible, options: { ignore: ["R10"] } },
  ],
  invalid: [
    {
      name: "currently valid below issued minus repealed (R10)",
      code: implausible,
      errors: [
        {
          messageId: "implausible",
          line: 31,
          column: 23,
          message: "行政规范性文件·现行有效件数 写的是 0，应不小于本年制发件数减本年废止件数 4（R10：现行有效件数不少于本年制发件数减本年废止件数）。修订或清理可能使其不成立，请核对。",
          suggestions: [],
        },
      ],
    },
    {
      name: "a blank counts as 0 and the message says so",
      code: edit(["| 行政规范性文件 | 8 | 26 | 66 |", "| 行政规范性文件 | 30 |  | 0 |"]),
      errors: [{ messageId: "implausible", line: 31, column: 21, message: "应不小于本年制发件数减本年废止件数 30（R10：现行有效件数不少于本年制发件数减本年废止件数）。其中空白单元格 行政规范性文件·本年废止件数 按 0 计。" }],
    },
    {
      name: "messages in English",
      locale: "en",
      code: implausible,
      errors: [
        {
          messageId: "implausible",
          line: 31,
          column: 23,
          message: "行政规范性文件·现行有效件数 is 0; it should be at least issued minus repealed this year, 4 (R10: currently valid is at least issued minus repealed this year). Revisions or clean-ups",
        },
      ],
    },
  ],
});
