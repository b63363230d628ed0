import { describe, expect, it } from "vitest";
import { LabelIndex } from "./label-index.ts";

function index(): LabelIndex<string> {
  const idx = new LabelIndex<string>();
  idx.add("1.属于国家秘密", "refused_1");
  idx.add("1.本机关不掌握相关政府信息", "unable_1");
  idx.add("3.其他", "other_3");
  idx.add("（一）予以公开", "granted");
  idx.add("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partial");
  idx.add("（二）部分公开", "partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", true);
  idx.add("现行有效件数", "valid");
  idx.add("现行有效件", "valid", "现行有效件数", true);
  idx.add("二、主动公开政府信息情况", "proactive");
  return idx;
}

const levels = (idx: LabelIndex<string>, label: string) => idx.match(label).map((m) => `${m.item}:${m.level}`);

describe("LabelIndex.match", () => {
  const idx = index();

  it("an exact label, after normalisation, is exact", () => {
    expect(idx.match("1.属于国家秘密")).toEqual([{ item: "refused_1", level: "exact", expected: "1.属于国家秘密" }]);
    expect(levels(idx, "1、属于国家秘密")).toEqual(["refused_1:exact"]);
    expect(levels(idx, "（1）属于 国家\n秘密")).toEqual(["refused_1:exact"]);
    expect(levels(idx, "(一)予以公开")).toEqual(["granted:exact"]);
  });

  it("a label that lost its enumerator is still exact", () => {
    expect(levels(idx, "属于国家秘密")).toEqual(["refused_1:exact"]);
    expect(levels(idx, "予以公开")).toEqual(["granted:exact"]);
  });

  it("another enumerator for the same body is a variant", () => {
    expect(levels(idx, "2.属于国家秘密")).toEqual(["refused_1:variant"]);
    expect(levels(idx, "一、予以公开")).toEqual(["granted:variant"]);
  });

  it("an alias is a variant naming the template's label", () => {
    expect(idx.match("现行有效件")).toEqual([{ item: "valid", level: "variant", expected: "现行有效件数" }]);
    expect(idx.match("（二）部分公开")).toEqual([{ item: "partial", level: "variant", expected: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" }]);
    expect(levels(idx, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")).toEqual(["partial:exact"]);
  });

  it("an added 的 is a variant", () => {
    expect(idx.match("二、主动公开政府信息的情况")).toEqual([{ item: "proactive", level: "variant", expected: "二、主动公开政府信息情况" }]);
    expect(levels(idx, "1.本机关不掌握相关的政府信息")).toEqual(["unable_1:variant"]);
  });

  it("nothing looser: a changed character, an extra word or an empty label match nothing", () => {
    expect(idx.match("1.属于国家机密")).toEqual([]);
    expect(idx.match("1.属于国家秘密事项")).toEqual([]);
    expect(idx.match("")).toEqual([]);
    expect(idx.match(" ／ ")).toEqual([]);
  });

  it("a label the template repeats matches every item carrying it, in template order", () => {
    const t4 = new LabelIndex<string>();
    for (const group of ["review", "direct", "after"]) for (const leaf of ["结果维持", "总计"]) t4.add(leaf, `${group}_${leaf}`);
    expect(t4.match("结果维持").map((m) => m.item)).toEqual(["review_结果维持", "direct_结果维持", "after_结果维持"]);
    expect(t4.match("结 果\n维 持").map((m) => m.level)).toEqual(["exact", "exact", "exact"]);
  });
});

describe("LabelIndex.suggest (did you mean)", () => {
  const idx = index();

  it("names the closest template label for a near miss", () => {
    expect(idx.suggest("1.属于国家机密")).toBe("1.属于国家秘密");
    expect(idx.suggest("现行有效数")).toBe("现行有效件数");
    expect(idx.suggest("主动公开政府信息情况汇总")).toBe("二、主动公开政府信息情况");
  });

  it("suggests the template label, not the alias", () => {
    expect(idx.suggest("部分公开情况")).toBe("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
  });

  it("suggests nothing for something unrelated, or too short to judge", () => {
    expect(idx.suggest("申请人撤回申请")).toBeUndefined();
    expect(idx.suggest("x")).toBeUndefined();
  });
});
