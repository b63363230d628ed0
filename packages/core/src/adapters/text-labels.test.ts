import { describe, expect, it } from "vitest";
import { assemble, enumeratorNumber, LabelForms, type Fragment } from "./text-labels.ts";

/** Fragments from lines of text: tokens split on white space, numbers left out as they are values. */
function fragmentsOf(text: string): Fragment[] {
  const out: Fragment[] = [];
  let seq = 0;
  let offset = 0;
  text.split("\n").forEach((line, row) => {
    for (const m of line.matchAll(/\S+/gu)) {
      const start = offset + m.index;
      if (!/^\d+$/u.test(m[0])) out.push({ token: { text: m[0], start, end: start + m[0].length, line: row, piped: false }, seq, row });
      seq++;
    }
    offset += line.length + 1;
  });
  return out;
}

const labelsOf = (text: string, forms: LabelForms) =>
  assemble(fragmentsOf(text), forms).pieces.map((p) => (p.fit === "complete" ? p.text : `${p.text}…`));

describe("enumeratorNumber", () => {
  it("reads （三）, 三、 and 3. as the same number", () => {
    expect(["p三", "c三", "n3"].map(enumeratorNumber)).toEqual(["3", "3", "3"]);
    expect(enumeratorNumber("c十二")).toBe("12");
    expect(enumeratorNumber("c二十")).toBe("20");
  });
});

describe("LabelForms", () => {
  const forms = new LabelForms(["商业企业", "（三）不予公开", "3.其他", "第二十条第（一）项"]);

  it("tells a whole label from the beginning of one, ignoring spaces and punctuation", () => {
    expect(forms.fit("商业企业")).toBe("complete");
    expect(forms.fit("商业")).toBe("prefix");
    expect(forms.fit("第二十条 第(一)项")).toBe("complete");
    expect(forms.fit("第二十条第")).toBe("prefix");
    expect(forms.fit("企业")).toBeUndefined();
  });

  it("accepts a label without its enumerator, and the same number written another way, but not another number", () => {
    expect(forms.fit("不予公开")).toBe("complete");
    expect(forms.fit("三、不予公开")).toBe("complete");
    expect(forms.fit("（四）不予公开")).toBeUndefined();
    expect(forms.fit("（三）不")).toBe("prefix");
    expect(forms.fit("三、")).toBe("prefix");
    expect(forms.fit("四、")).toBeUndefined();
  });
});

describe("assemble", () => {
  it("joins a label broken over lines: 商业 / 企业, 结果 / 纠正", () => {
    const forms = new LabelForms(["商业企业", "科研机构", "其他", "结果纠正", "其他结果"]);
    expect(labelsOf("商业\n企业\n科研\n机构\n其他", forms)).toEqual(["商业企业", "科研机构", "其他"]);
  });

  it("joins a PDF's vertical label written across the rows it heads", () => {
    const forms = new LabelForms([
      "三、本年度办理结果",
      "（三）不予公开",
      "1.属于国家秘密",
      "2.其他法律行政法规禁止公开",
      "3.危及“三安全一稳定”",
      "4.保护第三方合法权益",
      "5.属于三类内部事务信息",
    ]);
    const text = [
      "1.属于国家秘密 2 0 0 0 0 0 2",
      "三、",
      "本 2.其他法律行政法规禁止公开 30 1 0 0 0 0 31",
      "年",
      "3.危及“三安全一稳定” 5 0 0 0 0 0 5",
      "度",
      "办 （三）不 4.保护第三方合法权益 6 0 0 0 0 0 6",
      "理",
      "予公开",
      "5.属于三类内部事务信息 7 1 0 0 0 0 8",
      "结",
      "果",
    ].join("\n");
    const result = assemble(fragmentsOf(text), forms);
    expect(result.cost).toBe(0);
    expect(result.pieces.map((p) => p.text)).toEqual([
      "1.属于国家秘密",
      "三、本年度办理结果",
      "2.其他法律行政法规禁止公开",
      "3.危及“三安全一稳定”",
      "（三）不予公开",
      "4.保护第三方合法权益",
      "5.属于三类内部事务信息",
    ]);
  });

  it("reads table 四's two-row PDF header into its fifteen column labels", () => {
    const forms = new LabelForms(["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]);
    const text = [
      "行政复议 行政诉讼",
      "未经复议直接起诉 复议后起诉",
      "结果 结果 其他结 尚未",
      "总计",
      "结 果 结果 其他 尚未 结果 结果 其他 尚未审",
      "维持 纠正 果 审结",
      "总计 总计",
      "维持 纠正 结果 审结 维持 纠正 结果 结",
    ].join("\n");
    const result = assemble(fragmentsOf(text), forms);
    expect(result.cost).toBe(0);
    const count = (label: string) => result.pieces.filter((p) => p.text.replace(/\s/gu, "") === label).length;
    expect(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].map(count)).toEqual([3, 3, 3, 3, 3]);
    expect(result.pieces.length).toBe(19);
  });

  it("leaves a caption cut short as the beginning of a label, and text that is no label unknown", () => {
    const forms = new LabelForms(["第二十条第（一）项", "第二十条第（五）项", "信息内容"]);
    const result = assemble(fragmentsOf("第二十条第\n信息内容\n单位：件"), forms);
    expect(result.pieces.map((p) => [p.text, p.fit])).toEqual([
      ["第二十条第", "prefix"],
      ["信息内容", "complete"],
    ]);
    expect(result.unknown.map((f) => f.token.text)).toEqual(["单位：件"]);
  });

  it("keeps a label's fragments apart when too many lines separate them", () => {
    const forms = new LabelForms(["商业企业"]);
    expect(labelsOf("商业\n0\n0\n0\n0\n0\n企业", forms)).toEqual(["商业…"]);
  });
});
