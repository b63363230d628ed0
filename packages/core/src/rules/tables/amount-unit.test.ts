import { RuleTester } from "../../testing/rule-tester.ts";
import { edit, huaian, huaianThreeColumns } from "./test-support.ts";

const inYuan = edit(["| 行政事业性收费 | 96171.6 |", "| 行政事业性收费 | 961716000元 |"]);
const tooLarge = edit(["| 行政事业性收费 | 96171.6 |", "| 行政事业性收费 | 961716000 |"]);

new RuleTester().run("amount-unit", {
  valid: [
    { name: "a real report: 96171.6 万元", code: huaian },
    { name: "table 三 with three label columns", code: huaianThreeColumns },
    { name: "the column's own unit is cell-value's business", code: edit(["| 行政事业性收费 | 96171.6 |", "| 行政事业性收费 | 96171.6万元 |"]) },
    { name: "a larger maximum by option", code: tooLarge, options: { maximum: 1e12 } },
  ],
  invalid: [
    {
      name: "an amount written with 元 (R13): the suggestion converts it to 万元",
      code: inYuan,
      errors: [
        {
          messageId: "yuan",
          line: 41,
          column: 13,
          message: "行政事业性收费·本年收费金额（单位：万元） 写的是“961716000元”，以元计；该列以万元为单位（R13）。以万元计为 96171.6。请改为以万元计的数字，不带单位。",
          suggestions: ["96171.6"],
        },
      ],
    },
    {
      name: "an amount too large to be in 万元 (E14)",
      code: tooLarge,
      errors: [
        {
          messageId: "magnitude",
          line: 41,
          column: 13,
          message: "行政事业性收费·本年收费金额（单位：万元） 写的是 961716000 万元，即 96171.6 亿元，超出合理上限 10000000 万元（R13）。这很可能是以元填写的数字，以万元计应为 96171.6。请核对单位。",
          suggestions: ["96171.6"],
        },
      ],
    },
    {
      name: "a smaller maximum by option",
      code: huaian,
      options: { maximum: 50000 },
      errors: [{ messageId: "magnitude", line: 41, column: 13, message: "写的是 96171.6 万元，即 9.61716 亿元，超出合理上限 50000 万元（R13）。" }],
    },
    {
      name: "messages in English",
      locale: "en",
      code: tooLarge,
      errors: [
        {
          messageId: "magnitude",
          line: 41,
          column: 13,
          message: "行政事业性收费·本年收费金额（单位：万元） is 961716000 万元, i.e. 96171.6 亿元, above the plausible maximum of 10000000 万元 (R13). It was probably written in yuan: in 万元 it would be 96171.6. Check the unit.",
        },
      ],
    },
  ],
});
