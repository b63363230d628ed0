import { RuleTester } from "../../testing/rule-tester.ts";
import { huaian, huaianOf, with2019T2, with2019T3 } from "./test-support.ts";

new RuleTester().run("mixed-template", {
  valid: [
    { name: "every table in the 2021 format", code: huaian },
    { name: "every table in the 2019 trial format", code: with2019T3(with2019T2(huaianOf(2020))) },
    { name: "a wrong year is template-version's business, not a mix", code: with2019T3(with2019T2(huaian)) },
    { name: "a forced profile that fits no table is not a mix", code: huaian, profile: "gov-annual-2019" },
  ],
  invalid: [
    {
      name: "2021 table 二 with 2019 table 三 (（六）其他处理 with no sub-rows): on the first row of table 三",
      code: with2019T3(huaian),
      errors: [
        {
          messageId: "mixed",
          line: 47,
          column: 1,
          message: "表格“收到和处理政府信息公开申请情况”的标签属于“政府信息公开工作年度报告（2019年试行格式）”，而报告采用的是“政府信息公开工作年度报告（2021年格式）”",
        },
      ],
    },
    {
      name: "2019 table 二 with 2021 table 三: table 三 is the odd one out, the 2019 signals being more",
      code: with2019T2(huaianOf(2020)),
      errors: [{ messageId: "mixed", line: 51, column: 1, message: "的标签属于“政府信息公开工作年度报告（2021年格式）”，而报告采用的是“政府信息公开工作年度报告（2019年试行格式）”" }],
    },
    {
      name: "forced 2019 profile, 2019 table 二 and 2021 table 三",
      code: with2019T2(huaianOf(2020)),
      profile: "gov-annual-2019",
      errors: [{ messageId: "mixed", line: 51, column: 1 }],
    },
    {
      name: "forced 2021 profile, 2019 table 二 and 2021 table 三: table 二 is flagged",
      code: with2019T2(huaian),
      profile: "gov-annual-2021",
      errors: [{ messageId: "mixed", line: 27, column: 1, message: "表格“主动公开政府信息情况”的标签属于“政府信息公开工作年度报告（2019年试行格式）”" }],
    },
    {
      name: "messages in English",
      locale: "en",
      code: with2019T3(huaian),
      errors: [
        {
          messageId: "mixed",
          line: 47,
          column: 1,
          message:
            'The labels of table "Requests received and handled" belong to "Government information disclosure annual report (2019 trial format)", while the report follows "Government information disclosure annual report (2021 format)"',
        },
      ],
    },
  ],
});
