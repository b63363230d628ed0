import { RuleTester } from "../../testing/rule-tester.ts";
import { edit, editOf, huaian, huaianThreeColumns } from "./test-support.ts";

new RuleTester().run("table-labels", {
  valid: [
    { name: "a real report", code: huaian },
    { name: "table 三 with three label columns", code: huaianThreeColumns },
    {
      name: "1、 for 1., half-width brackets, spaces and （1） are the template's label, not variants",
      code: edit(
        ["| 1.属于国家秘密 |", "| 1、属于国家秘密 |"],
        ["| 第二十条第（一）项 |", "| 第二十条 第(一)项 |"],
        ["| （一）予以公开 |", "| (一)予以公开 |"],
        ["| 2.重复申请 |", "| （2）重复 申请 |"],
        ["| 本年收费金额（单位：万元） |", "| 本年收费金额(单位:万元) |"],
      ),
    },
  ],
  invalid: [
    {
      name: "a group label in a label column written as a variant",
      code: editOf(huaianThreeColumns, ["|  | （三）不予公开 | 1.属于国家秘密 |", "|  | （三）不予公开的 | 1.属于国家秘密 |"]),
      errors: [{ messageId: "variant", line: 47, column: 6, message: "写作“（三）不予公开的”，模板原文是“（三）不予公开”" }],
    },
    {
      name: "an alias of a column header",
      code: edit(["| 现行有效件数 |", "| 现行有效件 |"]),
      errors: [
        {
          messageId: "variant",
          line: 29,
          column: 28,
          message: "“主动公开政府信息情况”表·第二十条第（一）项的列标题写作“现行有效件”，模板原文是“现行有效件数”。已按“现行有效件数”识别；请改用模板原文。",
          suggestions: ["现行有效件数"],
        },
      ],
    },
    {
      name: "a row label with another enumerator, and one shortened to an accepted alias",
      code: edit(["| 1.属于国家秘密 |", "| 一、属于国家秘密 |"], ["| （二）部分公开（区分处理的，只计这一情形，不计其他情形） |", "| （二）部分公开 |"]),
      errors: [
        { messageId: "variant", line: 53, column: 3, message: "行标签写作“（二）部分公开”", suggestions: ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"] },
        { messageId: "variant", line: 55, column: 3, message: "行标签写作“一、属于国家秘密”，模板原文是“1.属于国家秘密”", suggestions: ["1.属于国家秘密"] },
      ],
    },
    {
      name: "a caption with an added 的",
      code: edit(["| 第二十条第（六）项 |", "| 第二十条的第（六）项 |"]),
      errors: [{ messageId: "variant", line: 35, column: 3, message: "标题行写作“第二十条的第（六）项”，模板原文是“第二十条第（六）项”", suggestions: ["第二十条第（六）项"] }],
    },
    {
      name: "messages in English",
      locale: "en",
      code: edit(["| 现行有效件数 |", "| 现行有效件 |"]),
      errors: [
        {
          messageId: "variant",
          line: 29,
          column: 28,
          message: 'In 第二十条第（一）项 of the Proactive disclosure table ("主动公开政府信息情况"), the column header reads "现行有效件"; the template says "现行有效件数".',
        },
      ],
    },
  ],
});
