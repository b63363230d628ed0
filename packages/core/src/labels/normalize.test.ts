import { describe, expect, it } from "vitest";
import { bodyOf, editDistance, exactKey, fold, labelKey, variantBody } from "./normalize.ts";

describe("fold", () => {
  it("applies NFKC: full-width brackets, colon, digits and letters become ASCII", () => {
    expect(fold("（一）：１２ＡＢ")).toBe("(一):12AB");
  });

  it("removes every kind of whitespace, including line breaks and ideographic spaces inside labels", () => {
    expect(fold("商业\n企业")).toBe("商业企业");
    expect(fold("结 果\r\n维持")).toBe("结果维持");
    expect(fold("三、\n本\n年\n度\n办\n理\n结\n果")).toBe("三、本年度办理结果");
    expect(fold("社会\u3000公益\t组织")).toBe("社会公益组织");
  });
});

describe("labelKey", () => {
  it("treats 1. 1、 1． and （1） as the same enumerator", () => {
    const keys = ["1.属于国家秘密", "1、属于国家秘密", "1．属于国家秘密", "（1）属于国家秘密", "(1)属于国家秘密", "1 . 属于国家秘密"].map(labelKey);
    for (const key of keys) expect(key).toEqual({ enumerator: "n1", body: "属于国家秘密" });
    expect(new Set(["1.属于国家秘密", "1、属于国家秘密", "1．属于国家秘密", "（1）属于国家秘密"].map(exactKey)).size).toBe(1);
  });

  it("keeps （一） and 一、 distinct", () => {
    expect(labelKey("（一）予以公开")).toEqual({ enumerator: "p一", body: "予以公开" });
    expect(labelKey("一、予以公开")).toEqual({ enumerator: "c一", body: "予以公开" });
    expect(exactKey("（一）予以公开")).not.toBe(exactKey("一、予以公开"));
    expect(exactKey("(一)予以公开")).toBe(exactKey("（一）予以公开"));
  });

  it("keeps different numbers distinct", () => {
    expect(exactKey("1.其他")).not.toBe(exactKey("3.其他"));
    expect(exactKey("（三）不予公开")).not.toBe(exactKey("（四）不予公开"));
    expect(labelKey("十二、其他").enumerator).toBe("c十二");
  });

  it("does not take a decimal for an enumerator", () => {
    expect(labelKey("1.5万元")).toEqual({ enumerator: "", body: "15万元" });
  });

  it("a label without an enumerator has an empty one", () => {
    expect(labelKey("行政许可")).toEqual({ enumerator: "", body: "行政许可" });
    expect(exactKey("行政许可")).toBe("行政许可");
  });

  it("drops punctuation and symbols from the body: full or half width, 、 or ，, quotes", () => {
    const long = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请";
    expect(exactKey(long.replace("、", "，"))).toBe(exactKey(long));
    expect(exactKey(long.replace("、", ","))).toBe(exactKey(long));
    expect(exactKey("3.危及三安全一稳定")).toBe(exactKey("3.危及“三安全一稳定”"));
    expect(exactKey("（二）部分公开(区分处理的,只计这一情形,不计其他情形)")).toBe(exactKey("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
    expect(labelKey("本年收费金额（单位：万元）").body).toBe("本年收费金额单位万元");
    expect(labelKey("本年增/减").body).toBe("本年增减");
  });

  it("makes the caption variants equal: 第二十条第（一）项, 第二十条第(一)项, 第二十条 第（一）项", () => {
    const keys = ["第二十条第（一）项", "第二十条第(一)项", "第二十条 第（一）项", "第二十条\n第（ 一 ）项"].map(exactKey);
    expect(new Set(keys).size).toBe(1);
    expect(exactKey("第二十条第（五）项")).not.toBe(keys[0]);
  });

  it("bodyOf removes whitespace, punctuation and symbols only", () => {
    expect(bodyOf("a b·c—d+e")).toBe("abcde");
  });
});

describe("variantBody", () => {
  it("drops the particle 的", () => {
    expect(variantBody("主动公开政府信息的情况")).toBe(variantBody("主动公开政府信息情况"));
    expect(variantBody("本机关不掌握相关的政府信息")).toBe("本机关不掌握相关政府信息");
  });
});

describe("editDistance", () => {
  it("counts code-point edits", () => {
    expect(editDistance("国家秘密", "国家机密")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("社会公益组织", "社会公益组织")).toBe(0);
    expect(editDistance("𠀀a", "𠀀b")).toBe(1);
  });

  it("stops at the limit", () => {
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});
