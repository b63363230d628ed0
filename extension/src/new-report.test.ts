import { describe, expect, it } from "vitest";
import { defaultYear, issuerProblem, newReport, profileForYear, yearProblem } from "./new-report.ts";

const today = new Date(2026, 0, 15);

describe("new report: inputs", () => {
  it("defaults to last year, the year a report written now covers", () => {
    expect(defaultYear(today)).toBe(2025);
    expect(defaultYear(new Date(2026, 11, 31))).toBe(2025);
  });

  it("takes any issuer that can be part of a file name", () => {
    expect(issuerProblem("某某县人民政府")).toBeUndefined();
    expect(issuerProblem("  某某市教育局 ")).toBeUndefined();
    expect(issuerProblem("")).toBe("empty");
    expect(issuerProblem("   ")).toBe("empty");
    for (const issuer of ["某某/局", "某某\\局", "某某:局", "某某局?", "某某\n局", '某"局', "某<局>", "某|局", "某*局"]) {
      expect(issuerProblem(issuer), issuer).toBe("not-a-file-name");
    }
  });

  it("takes a past or current year that a built-in template covers", () => {
    expect(yearProblem("2025", today)).toBeUndefined();
    expect(yearProblem(" 2026 ", today)).toBeUndefined();
    expect(yearProblem("2019", today)).toBeUndefined();
    expect(yearProblem("2027", today)).toBe("future");
    expect(yearProblem("2018", today)).toBe("no-template");
    expect(yearProblem("25", today)).toBe("not-a-year");
    expect(yearProblem("2025年", today)).toBe("not-a-year");
    expect(yearProblem("", today)).toBe("not-a-year");
  });

  it("picks the template of the year: the 2019 trial format for 2019–2020, the 2021 format from 2021", () => {
    expect(profileForYear(2018)).toBeUndefined();
    expect(profileForYear(2019)?.id).toBe("gov-annual-2019");
    expect(profileForYear(2020)?.id).toBe("gov-annual-2019");
    expect(profileForYear(2021)?.id).toBe("gov-annual-2021");
    expect(profileForYear(2030)?.id).toBe("gov-annual-2021");
  });
});

describe("new report: the file", () => {
  it("is named year, issuer, then the kind of report, and titled issuer, then year", () => {
    const report = newReport(" 某某县人民政府 ", "2025")!;
    expect(report.fileName).toBe("2025年某某县人民政府政府信息公开工作年度报告.md");
    expect(report.text).toContain("\n# 某某县人民政府2025年政府信息公开工作年度报告\n");
    expect(report.text).toContain("issuer: 某某县人民政府\nyear: 2025\n");
  });

  it("is laid out on the template of its year", () => {
    // 2019 试行格式 table 三 has no 其他处理 subdivisions; the 2021 format does.
    expect(newReport("某某市教育局", "2020")!.text).not.toContain("申请人无正当理由逾期不补正");
    expect(newReport("某某市教育局", "2024")!.text).toContain("申请人无正当理由逾期不补正");
  });

  it("is nothing for a year no template covers", () => {
    expect(newReport("某某市教育局", "2018")).toBeUndefined();
  });
});
