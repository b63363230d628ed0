import { RuleTester } from "../../testing/rule-tester.ts";
import { edit, editOf, huaian, huaianThreeColumns } from "./test-support.ts";

const township = edit(["issuer: 淮安市人民政府", "issuer: 某某镇人民政府"]);

new RuleTester().run("regulation-authority", {
  valid: [
    { name: "a 设区的市 government makes 规章", code: huaian },
    { name: "a township with 0 in every 规章 cell", code: editOf(township, ["| 规章 | 1 | 0 | 11 |", "| 规章 | 0 | 0 | 0 |"]) },
    { name: "the rule switched off for townships by option", code: township, options: { levels: ["department"] } },
    { name: "no issuer, no level: nothing to say", code: huaianThreeColumns.replace("# 淮安市人民政府2024年政府信息公开工作年度报告", "# 2024年政府信息公开工作年度报告") },
  ],
  invalid: [
    {
      name: "a township reports 规章 (E11): on the first non-zero cell",
      code: editOf(township, ["| 规章 | 1 | 0 | 11 |", "| 规章 | 0 | 0 | 6 |"]),
      errors: [
        {
          messageId: "nonzero",
          line: 30,
          column: 16,
          message: "某某镇人民政府属于乡镇、街道，无权制定规章，“规章”一行应全部为 0（R11），但 规章·现行有效件数 写的是 6。",
        },
      ],
    },
    {
      name: "the level read from the title when there is no front matter",
      code: huaianThreeColumns.replace("# 淮安市人民政府2024年", "# 某某街道办事处2024年"),
      errors: [{ messageId: "nonzero", line: 24, column: 8, message: "某某街道办事处属于乡镇、街道" }],
    },
    {
      name: "levels given by option replace the profile's",
      code: huaian,
      options: { levels: ["government"] },
      errors: [{ messageId: "nonzero", line: 30, column: 8, message: "淮安市人民政府属于县级以上地方人民政府，无权制定规章" }],
    },
    {
      name: "messages in English",
      locale: "en",
      code: township,
      errors: [{ messageId: "nonzero", line: 30, column: 8, message: '某某镇人民政府 is a township or sub-district, which does not make 规章; the row "规章" should be 0 throughout (R11), but 规章·本年制发件数 is 1.' }],
    },
  ],
});
