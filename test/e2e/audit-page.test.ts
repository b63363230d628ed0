import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS } from "./code-server.ts";
import { ARTIFACTS, CLI, failUnlessReady, readTools, ROOT, toolsFor } from "./tools.ts";

const HOME = join(ARTIFACTS, "audit");
const REPORTS = join(HOME, "reports");
const PAGE = join(HOME, "audit.html");
const fixture = (path: string): string => readFileSync(join(ROOT, "fixtures", path), "utf8");

const { skip, reason } = toolsFor("chromium", "playwright-core");

describe.skipIf(skip)(`the audit page in Chromium${skip ? ` [SKIPPED: ${reason}]` : ""}`, () => {
  failUnlessReady(reason);

  let browser: Browser | undefined;
  let page: Page;
  /** Every request the page makes that is not its own file: a self-contained page makes none. */
  const requests: string[] = [];

  beforeAll(async () => {
    rmSync(HOME, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    // Four reports: 淮安 2023 and 2024 disagree on the carry-over (R8, R9); 清河区 2024 has four wrong
    // totals (the arithmetic fixture under another issuer, so that it is not a duplicate of 淮安's);
    // 大寨乡 2022 has two warnings. The issuer is HTML-like text once, to prove it is escaped.
    const files: Record<string, string> = {
      "淮安/huaian-2023.md": fixture("cross-year/mismatch/huaian-2023.md"),
      "淮安/huaian-2024.md": fixture("cross-year/mismatch/huaian-2024.md"),
      "清河/qinghe-2024.md": fixture("rules/arithmetic/wrong-totals.md").replaceAll("淮安市人民政府", "清河区<b>人民政府</b>"),
      "大寨/dazhai-2022.md": fixture("samples/dazhai-2022.md"),
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(REPORTS, path, ".."), { recursive: true });
      writeFileSync(join(REPORTS, path), text);
    }
    const audit = spawnSync(process.execPath, [CLI, "audit", "reports", "--html", "audit.html"], { cwd: HOME, encoding: "utf8" });
    expect(audit.status, audit.stderr).toBe(1); // the reports have errors
    expect(audit.stdout.split("\n")[0]).toBe("reportlint 审查报告: 共 4 份报告：6 个错误，3 个警告；2 份有错误，1 份无问题。");
    expect(audit.stderr).toBe("reportlint: 审查页面已写入 audit.html\n");

    const tools = readTools();
    browser = await chromium.launch({ executablePath: tools.chromium!, args: CHROMIUM_ARGS, env: { ...process.env, XDG_CONFIG_HOME: join(HOME, "chromium-config") } });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const url = pathToFileURL(PAGE).href;
    page.on("request", (request) => void (request.url() !== url && requests.push(request.url())));
    await page.goto(url);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("renders the summary and loads nothing from elsewhere", async () => {
    expect(await page.title()).toBe("reportlint 审查报告");
    expect(await page.locator(".summary").textContent()).toBe("共 4 份报告：6 个错误，3 个警告；2 份有错误，1 份无问题。");
    expect(requests).toEqual([]);
    expect(await page.locator("script[src], link[rel=stylesheet], img").count()).toBe(0);
  });

  it("draws the three charts with one bar and label per rule, issuer and year", async () => {
    const labels = (id: string) => page.locator(`#${id} svg g.bar text.label`).allTextContents();
    expect(await page.locator("figure svg").count()).toBe(3);
    expect(await labels("by-rule")).toEqual(["arithmetic", "cross-year-carr…", "cross-year-in-f…", "publication-dea…", "section-topics"]);
    expect(await page.locator("#by-rule svg g.bar").count()).toBe(5);
    expect(await page.locator("#by-rule svg g.bar text.value").allTextContents()).toEqual(["4", "2", "1", "1", "1"]);
    expect(await labels("by-issuer")).toEqual(["清河区<b>人民政府</b>", "淮安市人民政府", "大寨乡人民政府"]);
    expect(await labels("by-year")).toEqual(["2022", "2023", "2024"]);
    expect(await page.locator("#by-year svg g.bar text.value").allTextContents()).toEqual(["2", "0", "7"]);
    // A bar is as long as its count: 清河区 has the most (4 errors), 淮安 2 errors (and 1 warning), 大寨 none.
    const widths = await page.locator("#by-issuer svg g.bar rect.errors").evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("width"))));
    expect(widths).toEqual([330, 165, 0]);
  });

  it("lists the worst report first, and sorts the table on a click", async () => {
    const firstColumn = () => page.locator("#reports tbody tr td:first-child").allTextContents();
    expect(await firstColumn()).toEqual(["reports/清河/qinghe-2024.md", "reports/淮安/huaian-2024.md", "reports/大寨/dazhai-2022.md", "reports/淮安/huaian-2023.md"]);
    await page.locator("#reports th", { hasText: "年度" }).click();
    expect((await firstColumn())[0]).toBe("reports/大寨/dazhai-2022.md");
    await page.reload();
  });

  it("shows each finding with its file and place", async () => {
    const row = page.locator("tr.finding", { hasText: "二、上年结转政府信息公开申请数量·自然人" });
    expect(await row.locator("td").allTextContents()).toEqual([
      "reports/淮安/huaian-2024.md",
      "50:22",
      "错误",
      "cross-year-carryover",
      "二、上年结转政府信息公开申请数量·自然人 写的是 34，应等于上年报告 reports/淮安/huaian-2023.md 第 78 行“四、结转下年度继续办理”同一列的 30（R8：本年上年结转等于上年结转下年度继续办理）。",
    ]);
    expect(await page.locator("tr.finding").count()).toBe(9); // 6 errors and 3 warnings
    await page.screenshot({ path: join(ARTIFACTS, "audit.png"), fullPage: true });
  });
});
