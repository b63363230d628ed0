import { describe, expect, it } from "vitest";
import type { SectionHeading } from "../../bind/types.ts";
import { RuleTester } from "../../testing/rule-tester.ts";
import { longestOrderedRun } from "./section-order.ts";
import { dazhai, edit, huaian, reorder, sample, withoutSection } from "./test-support.ts";

new RuleTester().run("section-order", {
  valid: [
    { name: "a real report in template order", code: huaian },
    { name: "table 三 with three label columns", code: sample("huaian-2024-three-label-columns.md") },
    { name: "a township report", code: dazhai },
    { name: "a missing part does not upset the order", code: withoutSection(huaian, "三、") },
    {
      name: "a repeated heading is required-sections' business, not an order problem",
      code: edit(huaian, "## 六、其他需要报告的事项", "## 二、主动公开政府信息情况\n\n补充。\n\n## 六、其他需要报告的事项"),
    },
  ],
  invalid: [
    {
      name: "two swapped parts: one finding, naming where the part belongs",
      code: reorder(huaian, ["一、", "三、", "二、", "四、", "五、", "六、"]),
      errors: [
        {
          messageId: "out-of-order",
          line: 25,
          column: 1,
          message: "第三部分“三、收到和处理政府信息公开申请情况”位置不对：按模板顺序，它应在“二、主动公开政府信息情况”之后。请把这一部分移到正确位置。",
        },
      ],
    },
    {
      name: "the last part moved to the top",
      code: reorder(huaian, ["六、", "一、", "二、", "三、", "四、", "五、"]),
      errors: [{ messageId: "out-of-order", line: 11, column: 1, message: "它应在“五、存在的主要问题及改进情况”之后" }],
    },
    {
      name: "the first part moved to the end",
      code: reorder(huaian, ["二、", "三、", "四、", "五、", "六、", "一、"]),
      errors: [{ messageId: "out-of-order", line: 84, column: 1, message: "第一部分“一、总体情况”位置不对：按模板顺序，它应在“二、主动公开政府信息情况”之前。" }],
    },
    {
      name: "a block of parts reversed: every part outside the longest ordered run",
      code: reorder(huaian, ["一、", "四、", "三、", "二、", "五、", "六、"]),
      errors: [
        { messageId: "out-of-order", line: 25, column: 1, message: "第四部分“四、政府信息公开行政复议、行政诉讼情况”位置不对：按模板顺序，它应在“二、主动公开政府信息情况”之后" },
        { messageId: "out-of-order", line: 33, column: 1, message: "第三部分“三、收到和处理政府信息公开申请情况”位置不对：按模板顺序，它应在“二、主动公开政府信息情况”之后" },
      ],
    },
    {
      name: "messages in English",
      locale: "en",
      code: reorder(huaian, ["一、", "二、", "三、", "五、", "四、", "六、"]),
      errors: [
        {
          messageId: "out-of-order",
          line: 80,
          column: 1,
          message: 'Part 5, "五、存在的主要问题及改进情况", is out of place: in template order it comes after "四、政府信息公开行政复议、行政诉讼情况". Move it there.',
        },
      ],
    },
  ],
});

describe("longestOrderedRun", () => {
  const headings = (...ordinals: number[]) => ordinals.map((ordinal) => ({ def: { ordinal } }) as unknown as SectionHeading);
  const kept = (...ordinals: number[]) => [...longestOrderedRun(headings(...ordinals))].sort().map((i) => ordinals[i]);
  it("keeps everything when in order", () => expect(kept(1, 2, 3, 4, 5, 6)).toEqual([1, 2, 3, 4, 5, 6]));
  it("prefers the smaller ordinals among equally long runs", () => expect(kept(1, 3, 2, 4)).toEqual([1, 2, 4]));
  it("drops a single part moved far away", () => expect(kept(6, 1, 2, 3, 4, 5)).toEqual([1, 2, 3, 4, 5]));
  it("handles nothing", () => expect(kept()).toEqual([]));
});
