import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { CHROMIUM_ARGS, groupAlive, installExtension, startCodeServer, writeSettings, type Running } from "./code-server.ts";
import { ARTIFACTS, failUnlessReady, lintWithCli, readTools, ROOT, SECTIONS, toolsFor, wrongReport, type CliMessage } from "./tools.ts";

// VS Code 1.139 (code-server 4.139.1) in Chromium, driven through its UI like a user: the extension is
// the .vsix that `pnpm run package` builds, installed offline. Waits are for UI states (generous
// timeouts), never for durations. Screenshots: test-artifacts/e2e/vscode-*.png.

const VSIX = join(ROOT, "extension", "reportlint.vsix");
const HOME = join(ARTIFACTS, "vscode");
const WORKSPACE = join(HOME, "workspace");
const REPORT = join(WORKSPACE, "huaian-2024.md");
const { correct, wrong } = wrongReport();
const UI_TIMEOUT = 60_000;
/** The Outline view names a symbol provider's group by its extension's display name. */
const displayName = (JSON.parse(readFileSync(join(ROOT, "extension", "package.json"), "utf8")) as { displayName: string }).displayName;

const { skip, reason } = toolsFor("code-server", "chromium", "playwright-core");

describe.skipIf(skip)(`VS Code (code-server) with the reportlint extension${skip ? ` [SKIPPED: ${reason}]` : ""}`, () => {
  failUnlessReady(reason);

  let server: Running | undefined;
  let browser: Browser | undefined;
  let page: Page;
  /** What the CLI reports for the workspace's report: the reference for the Problems panel. */
  let messages: CliMessage[];

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `vscode-${name}.png`) });
  const onFailureShoot = (name: string) => onTestFailed(async () => void (await shot(`FAILED-${name}`).catch(() => undefined)));

  const problems = () => page.locator(".markers-panel .monaco-list-row");
  const problem = (text: string) => problems().filter({ hasText: text });
  const line77 = () => page.locator(".monaco-editor .view-line").filter({ hasText: "| （七）总计 |" });
  const quickInputRows = () => page.locator(".quick-input-widget .quick-input-list .monaco-list-row");

  /**
   * Puts the cursor on `line`, `column` (1-based, in characters): Ctrl+G to the line, then the arrow
   * keys (Go to Line's own "line:column" is in visible columns, where full-width characters count twice), and waits for the status bar.
   */
  /** Presses `key` until `done` says it took effect: a key press can be lost while the editor is busy (diagnostics arriving, a hover opening). */
  async function pressUntil(key: string, done: () => Promise<boolean>): Promise<void> {
    await expect
      .poll(
        async () => {
          if (!(await done())) await page.keyboard.press(key);
          return done();
        },
        { timeout: UI_TIMEOUT, interval: 2_000 },
      )
      .toBe(true);
  }

  async function goTo(line: number, column: number): Promise<void> {
    await page.locator(".monaco-editor textarea").first().focus();
    const input = page.locator(".quick-input-widget input");
    await pressUntil("Control+G", () => input.isVisible());
    await input.fill(`:${line}`); // the widget opens with ":", Go to Line's prefix
    await page.keyboard.press("Enter");
    const at = (col: number) => page.locator(".statusbar-item", { hasText: new RegExp(`Ln ${line}, Col ${col}(?!\\d)`, "u") });
    const status = page.locator(".statusbar-item", { hasText: /Ln \d+, Col \d+/u }).first();
    const current = async (): Promise<number> => Number(/Col (\d+)/u.exec((await status.textContent()) ?? "")?.[1] ?? 0);
    await at(1).waitFor();
    // Arrow presses can be lost too: press until the status bar shows the column, each press shown there before the next.
    for (let tries = 0; tries < 4 * column; tries++) {
      const before = await current();
      if (before >= column) break;
      await page.keyboard.press("ArrowRight");
      await expect
        .poll(current, { timeout: 2_000 })
        .not.toBe(before)
        .catch(() => undefined); // lost: the next round presses again
    }
    await at(column).waitFor();
  }

  beforeAll(async () => {
    const tools = readTools();
    if (!existsSync(VSIX)) throw new Error(`${VSIX} not found: run pnpm run package first`);
    rmSync(HOME, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const name of readdirSync(ARTIFACTS)) if (/^vscode-.*\.png$/.test(name)) rmSync(join(ARTIFACTS, name));
    mkdirSync(WORKSPACE, { recursive: true });
    writeFileSync(REPORT, wrong);
    messages = lintWithCli(REPORT);
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ["arithmetic", 77, 11],
      ["arithmetic", 77, 11],
      ["arithmetic", 77, 40],
    ]);
    expect(installExtension(tools.codeServer!, HOME, VSIX)).toContain("Extension 'reportlint.vsix' was successfully installed.");
    writeSettings(HOME);
    server = await startCodeServer(tools.codeServer!, HOME, WORKSPACE);
    // Its crash-report database goes under XDG_CONFIG_HOME: keep it in the test's folder, not ~/.config.
    browser = await chromium.launch({ executablePath: tools.chromium!, args: CHROMIUM_ARGS, env: { ...process.env, XDG_CONFIG_HOME: join(HOME, "chromium-config") } });
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.setDefaultTimeout(UI_TIMEOUT);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(WORKSPACE)}`);
    await page.locator(".monaco-workbench").waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    if (server) {
      await server.stop();
      // The whole process group is gone: code-server, its extension host, file watcher and our server.
      expect(groupAlive(server.child.pid!)).toBe(false);
    }
  });

  it("shows the wrong total as an error squiggle and in the Problems panel, with the CLI's messages", async () => {
    onFailureShoot("diagnostics");
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "huaian-2024.md" }).click();
    await page.locator(".tabs-container .tab", { hasText: "huaian-2024.md" }).waitFor();
    await goTo(77, 11);
    await line77().waitFor();
    await page.locator(".squiggly-error").first().waitFor();
    await page.keyboard.press("Control+Shift+M");
    await problem("写的是 2930").first().waitFor();
    await problem("写的是 3050").waitFor();
    const rows = await problems().allInnerTexts();
    // The file, then each of the CLI's messages, with its source, rule and place.
    expect(rows.map((r) => r.split("\n"))).toEqual([
      ["huaian-2024.md", String(messages.length)],
      ...messages.map((m) => [m.message, "reportlint", m.ruleId, `[Ln ${m.line}, Col ${m.column}]`]),
    ]);
    await shot("1-diagnostics");
  });

  it("applies the quick fix titled with the computed total: the text says 2932 and the problems are gone", async () => {
    onFailureShoot("quick-fix");
    await goTo(77, 11);
    const actions = page.locator(".action-widget .monaco-list-row.action");
    await pressUntil("Control+.", async () => (await actions.count()) > 0);
    // The CLI's suggestion for the cell, "将 （七）总计·自然人 改为 2932", is offered as a quick fix.
    const title = messages[0]!.suggestions![0]!.desc;
    expect(title).toBe("将 （七）总计·自然人 改为 2932");
    const titles = await actions.allInnerTexts();
    expect(titles.map((t) => t.trim())).toContain(title);
    await shot("2-quick-fix-menu");
    await actions.filter({ hasText: title }).first().click();
    await line77().filter({ hasText: "| （七）总计 | 2932 | 53 |" }).waitFor();
    await page.locator(".markers-panel .monaco-tl-contents, .markers-panel").filter({ hasText: "No problems have been detected in the workspace." }).first().waitFor();
    await expect.poll(() => problems().count(), { timeout: UI_TIMEOUT }).toBe(0);
    await expect.poll(() => page.locator(".squiggly-error").count(), { timeout: UI_TIMEOUT }).toBe(0);
    await shot("3-fixed");
    // Saved, the file is the correct report, byte for byte.
    await page.keyboard.press("Control+S");
    await page.locator(".tabs-container .tab.dirty").waitFor({ state: "detached" });
    expect(readFileSync(REPORT, "utf8")).toBe(correct);
  });

  it("lists the six sections and the three tables in Go to Symbol in Editor and in the Outline view", async () => {
    onFailureShoot("outline");
    // reportlint's symbols (sections, tables under them) beside the built-in Markdown extension's headings.
    const reportlint = [
      [1, SECTIONS[0]],
      [1, SECTIONS[1]],
      [2, "主动公开政府信息情况"],
      [1, SECTIONS[2]],
      [2, "收到和处理政府信息公开申请情况"],
      [1, SECTIONS[3]],
      [2, "政府信息公开行政复议、行政诉讼情况"],
      [1, SECTIONS[4]],
      [1, SECTIONS[5]],
    ] as const;
    const headings = ["# 淮安市人民政府2024年政府信息公开工作年度报告", ...SECTIONS.map((s) => `## ${s}`)];

    await page.locator(".monaco-editor textarea").first().focus();
    await page.keyboard.press("Control+Shift+O");
    await expect.poll(() => quickInputRows().count(), { timeout: UI_TIMEOUT }).toBe(16);
    // Flat, in document order: each heading, then reportlint's section and its table.
    expect((await quickInputRows().locator(".label-name").allInnerTexts()).map((t) => t.trim())).toEqual([
      headings[0],
      headings[1],
      SECTIONS[0],
      headings[2],
      SECTIONS[1],
      "主动公开政府信息情况",
      headings[3],
      SECTIONS[2],
      "收到和处理政府信息公开申请情况",
      headings[4],
      SECTIONS[3],
      "政府信息公开行政复议、行政诉讼情况",
      headings[5],
      SECTIONS[4],
      headings[6],
      SECTIONS[5],
    ]);
    await shot("4-go-to-symbol");
    await page.keyboard.press("Escape");

    // Explorer → Outline (with the folder's pane collapsed to make room): one group per provider, the
    // extension's named by its display name, all expanded.
    await page.locator(".pane-header", { hasText: "workspace" }).click();
    await page.locator(".pane-header", { hasText: "Outline" }).click();
    const outline = page.locator(".outline-pane .monaco-list-row");
    await expect.poll(() => outline.count(), { timeout: UI_TIMEOUT }).toBe(18);
    const rows = await outline.evaluateAll((elements) => elements.map((e) => [Number(e.getAttribute("aria-level")), (e as unknown as { innerText: string }).innerText.trim()]));
    expect(rows).toEqual([
      [1, displayName],
      ...reportlint.map(([level, name]) => [level + 1, name]),
      [1, "Markdown Language Features"],
      [2, headings[0]],
      ...headings.slice(1).map((h) => [3, h]),
    ]);
    await shot("5-outline");
  });

  it("reports a number changed by typing, before the file is saved", async () => {
    onFailureShoot("typing");
    await goTo(77, 11);
    for (let i = 0; i < 4; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.type("2931");
    await line77().filter({ hasText: "| （七）总计 | 2931 | 53 |" }).waitFor();
    await problem("写的是 2931").first().waitFor();
    await problem("（七）总计·总计 写的是 3050，但各类申请人之和为 3049").waitFor();
    await page.locator(".squiggly-error").first().waitFor();
    expect(await problems().count()).toBe(4); // the file row and three errors, as before
    expect(await problem("写的是 2931").count()).toBe(2);
    // Not saved: the tab is dirty and the file on disk is still the corrected one.
    await page.locator(".tabs-container .tab.dirty", { hasText: "huaian-2024.md" }).waitFor();
    expect(readFileSync(REPORT, "utf8")).toBe(correct);
    await shot("6-typing");
  });
});
