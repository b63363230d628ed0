import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../adapters/markdown.ts";
import { bindReport } from "../bind/bind-report.ts";
import { createProfileRegistry, DEFAULT_PROFILE_ID } from "../profiles/builtin.ts";
import { reportYear, type ReportMetadata } from "./extract.ts";

const registry = createProfileRegistry();

function metadataOf(source: string): { meta: ReportMetadata; text: (r: { range: { start: number; end: number } } | undefined) => string } {
  const meta = bindReport(parseMarkdown(source), registry, { defaultProfile: DEFAULT_PROFILE_ID }).metadata;
  return { meta, text: (r) => (r ? source.slice(r.range.start, r.range.end) : "") };
}

const BODY = "\n## 一、总体情况\n\n本年度工作情况如下。\n";

describe("extractMetadata", () => {
  describe("title and title year", () => {
    it("reads the title from the first-level heading, and the year's exact range", () => {
      const { meta, text } = metadataOf(`# 淮安市人民政府2024年政府信息公开工作年度报告\n${BODY}`);
      expect(meta.title?.value).toBe("淮安市人民政府2024年政府信息公开工作年度报告");
      expect(meta.title?.source).toBe("text");
      expect(meta.titleYear?.value).toBe(2024);
      expect(text(meta.titleYear)).toBe("2024");
    });

    it("reads a title written as a short paragraph naming the report", () => {
      const { meta } = metadataOf(`大寨乡2022年政府信息公开工作年度报告\n${BODY}`);
      expect(meta.title?.value).toBe("大寨乡2022年政府信息公开工作年度报告");
      expect(meta.titleYear?.value).toBe(2022);
    });

    it("reads the 年度报告 variant …工作2022年度报告", () => {
      const { meta } = metadataOf(`# 重庆市大足区人民政府外事办公室政府信息公开工作2022年度报告\n${BODY}`);
      expect(meta.titleYear?.value).toBe(2022);
    });

    it("prefers the front matter's title, and finds the year inside its value", () => {
      const source = `---\ntitle: 淮安市财政局2023年政府信息公开工作年度报告\n---\n\n# 另一个标题2024年年度报告\n${BODY}`;
      const { meta, text } = metadataOf(source);
      expect(meta.title?.source).toBe("front-matter");
      expect(meta.titleYear?.value).toBe(2023);
      expect(text(meta.titleYear)).toBe("2023");
    });

    it("finds the year in a quoted front-matter title", () => {
      const { meta, text } = metadataOf(`---\ntitle: "淮安市财政局2023年政府信息公开工作年度报告"\n---\n${BODY}`);
      expect(text(meta.titleYear)).toBe("2023");
    });

    it("has no title year when the title names none", () => {
      const { meta } = metadataOf(`# 政府信息公开工作年度报告\n${BODY}`);
      expect(meta.title?.value).toBe("政府信息公开工作年度报告");
      expect(meta.titleYear).toBeUndefined();
    });
  });

  describe("front matter keys", () => {
    it.each([
      ["year", "issuer", "published"],
      ["年度", "发布机构", "发布日期"],
      ["年度", "机关", "date"],
    ])("reads %s, %s and %s", (yearKey, issuerKey, publishedKey) => {
      const source = `---\n${yearKey}: 2022\n${issuerKey}: 大寨乡人民政府\n${publishedKey}: 2023-02-02\n---\n${BODY}`;
      const { meta, text } = metadataOf(source);
      expect(meta.year).toMatchObject({ value: 2022, source: "front-matter" });
      expect(text(meta.year)).toBe("2022");
      expect(meta.issuer).toMatchObject({ value: "大寨乡人民政府", source: "front-matter" });
      expect(meta.published).toMatchObject({ value: "2023-02-02", source: "front-matter" });
      expect(text(meta.published)).toBe("2023-02-02");
    });

    it("reads dates written 2023/2/2, 2023.02.02 and 2023年2月2日", () => {
      for (const written of ["2023/2/2", "2023.02.02", "2023年2月2日", "2023-02-02 09:30"]) {
        expect(metadataOf(`---\npublished: ${written}\n---\n${BODY}`).meta.published?.value, written).toBe("2023-02-02");
      }
    });

    it("ignores a date that does not exist and a year that is not four digits", () => {
      const { meta } = metadataOf(`---\npublished: 2023-02-30\nyear: 二〇二二\n---\n${BODY}`);
      expect(meta.published).toBeUndefined();
      expect(meta.year).toBeUndefined();
    });
  });

  describe("publication date in the text", () => {
    it("reads a 发布日期 line", () => {
      const source = `# 淮安市财政局2024年政府信息公开工作年度报告\n\n发布日期：2025-01-20\n${BODY}`;
      const { meta, text } = metadataOf(source);
      expect(meta.published).toMatchObject({ value: "2025-01-20", source: "text" });
      expect(text(meta.published)).toBe("发布日期：2025-01-20");
    });

    it("reads 发布时间 2025年1月8日", () => {
      expect(metadataOf(`# 某某局2024年年度报告\n\n发布时间：2025年1月8日\n${BODY}`).meta.published?.value).toBe("2025-01-08");
    });

    it("lets the front matter win over the text", () => {
      const { meta } = metadataOf(`---\npublished: 2025-01-10\n---\n\n发布日期：2025-01-20\n${BODY}`);
      expect(meta.published?.value).toBe("2025-01-10");
    });
  });

  describe("statistics period", () => {
    it.each([
      ["报告所列统计期限自2024年1月1日至2024年12月31日。", 2024, 2024, "2024-01-01", "2024-12-31"],
      ["统计期限为2022年1月1日起至2022年12月31日止。", 2022, 2022, "2022-01-01", "2022-12-31"],
      ["统计时限自2023年01月01日到2023年12月31日。", 2023, 2023, "2023-01-01", "2023-12-31"],
      ["数据统计期限为2023年1月1日—12月31日。", 2023, 2023, "2023-01-01", "2023-12-31"],
      ["统计期限自2023年1月1日至2024年12月31日。", 2023, 2024, "2023-01-01", "2024-12-31"],
      ["本报告统计期限为2024年1月1日至2024年11月30日。", 2024, 2024, "2024-01-01", "2024-11-30"],
    ])("reads %s", (sentence, from, to, start, end) => {
      const { meta, text } = metadataOf(`# 某某局年度报告\n\n${sentence}\n${BODY}`);
      expect(meta.period?.value).toEqual({ from, to, start, end });
      expect(sentence).toContain(text(meta.period));
      expect(text(meta.period).startsWith(String(from))).toBe(true);
    });

    it("does not take an unrelated date range for the period", () => {
      const { meta } = metadataOf(`# 某某局2024年年度报告\n\n2024年6月1日至2024年6月30日开展专项检查。\n${BODY}`);
      expect(meta.period).toBeUndefined();
    });

    it("prefers a calendar-year range to an earlier range introduced as the period", () => {
      const { meta } = metadataOf(`# 某某局2024年年度报告\n\n统计时间：2024年1月1日至2024年11月30日。全年，即2024年1月1日至2024年12月31日。\n${BODY}`);
      expect(meta.period?.value.end).toBe("2024-12-31");
    });
  });

  describe("issuer and issuer level", () => {
    it.each([
      ["大寨乡人民政府", "township"],
      ["某某镇人民政府", "township"],
      ["某某街道办事处", "township"],
      ["淮安市人民政府", "government"],
      ["淮安市清江浦区人民政府", "government"],
      ["淮安市财政局", "department"],
      ["淮安市人民政府办公室", "department"],
    ])("%s is a %s", (issuer, level) => {
      const { meta } = metadataOf(`---\nissuer: ${issuer}\n---\n${BODY}`);
      expect(meta.issuer?.value).toBe(issuer);
      expect(meta.issuerLevel?.level).toBe(level);
    });

    it("takes the issuer from the title, before the year", () => {
      const { meta, text } = metadataOf(`# 大寨乡2022年政府信息公开工作年度报告\n${BODY}`);
      expect(meta.issuer?.value).toBe("大寨乡");
      expect(meta.issuerLevel).toMatchObject({ level: "township", name: { zh: "乡镇、街道" } });
      expect(text(meta.issuer)).toBe("# 大寨乡2022年政府信息公开工作年度报告");
    });

    it("takes the issuer from a 发布机构 line before the title's name", () => {
      const source = `发布机构：淮安市财政局\n\n# 淮安市2024年政府信息公开工作年度报告\n${BODY}`;
      const { meta, text } = metadataOf(source);
      expect(meta.issuer).toMatchObject({ value: "淮安市财政局", source: "text" });
      expect(text(meta.issuer)).toBe("淮安市财政局");
      expect(meta.issuerLevel?.level).toBe("department");
    });
  });

  describe("reportYear", () => {
    it("is the title's year, else the front matter's, else the period's", () => {
      expect(reportYear(metadataOf(`---\nyear: 2023\n---\n\n# 某某局2024年年度报告\n${BODY}`).meta)).toBe(2024);
      expect(reportYear(metadataOf(`---\nyear: 2023\n---\n\n统计期限自2022年1月1日至2022年12月31日。\n${BODY}`).meta)).toBe(2023);
      expect(reportYear(metadataOf(`统计期限自2022年1月1日至2022年12月31日。\n${BODY}`).meta)).toBe(2022);
      expect(reportYear(metadataOf(BODY).meta)).toBeUndefined();
    });
  });
});
