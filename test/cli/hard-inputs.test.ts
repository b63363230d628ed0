import { spawnSync } from "node:child_process";
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_HTML_DEPTH } from "../../packages/core/src/adapters/html-depth.ts";
import { BIN, CORRECT, parseJsonOutput, ROOT, run, type JsonResult } from "./helpers.ts";

/**
 * Hard inputs (issue 5 item 6), each run through the built command as a user would: generated into
 * test-artifacts/hard-inputs/ when the test runs (the big ones are removed afterwards). Each gets a
 * clear message naming the file and the place, the run goes on, and nothing hangs.
 */

const ARTIFACTS = join(ROOT, "test-artifacts", "hard-inputs");
const MB = 1024 * 1024;
/** The rows of the large-table case; REPORTLINT_TABLE_ROWS makes it smaller or larger. */
const TABLE_ROWS = Number(process.env.REPORTLINT_TABLE_ROWS ?? 10_000);
const PAGE = readFileSync(join(ROOT, "fixtures", "html", "huaian-2024.html"), "utf8");
const WEB_TEXT = readFileSync(join(ROOT, "fixtures", "text", "dazhai-2022-web.txt"), "utf8");
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

const big: string[] = [];
afterAll(() => {
  for (const file of big) rmSync(file, { force: true });
});

/** A fresh directory under test-artifacts/hard-inputs holding `files`. */
function fresh(name: string, files: Record<string, string | Uint8Array> = {}): string {
  const dir = join(ARTIFACTS, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** The sample report with `text` inserted before the line starting with `before`; and that line's number. */
function into(source: string, before: string, text: string): { text: string; line: number } {
  const at = source.indexOf(`\n${before}`) + 1;
  if (at === 0) throw new Error(`the sample changed: no line starting with ${before}`);
  return { text: source.slice(0, at) + text + source.slice(at), line: source.slice(0, at).split("\n").length };
}

/** Runs the built command with --format json --locale en; its output may be larger than spawnSync's default buffer of 1 MB. */
const lintJson = (cwd: string, ...args: string[]) => {
  const child = spawnSync(process.execPath, [BIN, ...args, "--format", "json", "--locale", "en"], { cwd, encoding: "utf8", timeout: 60_000, maxBuffer: 512 * MB });
  return { code: child.status, stderr: child.stderr, results: child.stdout ? parseJsonOutput(child.stdout) : [] };
};
const relative = (cwd: string, results: JsonResult[]) => results.map((r) => ({ file: r.filePath.slice(cwd.length + 1), messages: r.messages }));
const fileMessage = (messageId: string, message: string, line = 1, column = 1) => ({ ruleId: null, severity: 2, message, messageId, line, column, endLine: line, endColumn: column, fatal: true });

describe("hard inputs", () => {
  it("empty files: one finding each (a .docx of no bytes is no zip), and the run goes on", () => {
    const cwd = fresh("empty", { "a.md": "", "b.html": "", "c.txt": "", "d.docx": "", "e.md": "\n\n \t\r\n", "ok.md": CORRECT });
    const { code, stderr, results } = lintJson(cwd, ".");
    const empty = [{ ruleId: null, severity: 2, message: "The file is empty: there is no report to check.", messageId: "empty-document", line: 1, column: 1, endLine: 1, endColumn: 1 }];
    expect({ code, stderr }).toEqual({ code: 1, stderr: "" });
    expect(relative(cwd, results)).toEqual([
      { file: "a.md", messages: empty },
      { file: "b.html", messages: empty },
      { file: "c.txt", messages: empty },
      {
        file: "d.docx",
        messages: [
          fileMessage(
            "docx-not-zip",
            '"d.docx" is not a valid Word document (a .docx is a zip archive, and this file is not one), so it cannot be checked. It may be damaged, or only named .docx; save it again as .docx in Word or WPS and try again.',
          ),
        ],
      },
      { file: "e.md", messages: empty },
      { file: "ok.md", messages: [] },
    ]);
  });

  it("binary files named as reports: not text, said once per file", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const cwd = fresh("binary", { "image.md": png, "scan.txt": "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n", "ok.md": CORRECT });
    const { code, results } = lintJson(cwd, ".");
    const notText = (file: string) => fileMessage("not-text", `"${file}" is not a text file (binary content) and cannot be checked. Give the report as Markdown, HTML, plain text or .docx.`);
    expect(code).toBe(1);
    expect(relative(cwd, results)).toEqual([
      { file: "image.md", messages: [notText("image.md")] },
      { file: "ok.md", messages: [] },
      { file: "scan.txt", messages: [notText("scan.txt")] },
    ]);
  });

  it("invalid UTF-8: the file, the line, the column and the byte offset of the first bad byte; GB18030 stays readable", () => {
    // Line 11 is "## 一、总体情况": cut the last byte of 总 (E6 80 BB), after "## 一、" (5 columns, 9 bytes).
    const bytes = Buffer.from(CORRECT, "utf8");
    const lineStart = Buffer.byteLength(CORRECT.split("\n").slice(0, 10).join("\n") + "\n");
    expect(CORRECT.split("\n")[10]).toBe("## 一、总体情况");
    const offset = lineStart + 9;
    const damaged = Buffer.concat([bytes.subarray(0, offset + 2), bytes.subarray(offset + 3)]);
    const neither = new Uint8Array([0x41, 0x0a, 0x42, 0xff, 0x43]); // 0xff: neither UTF-8 nor GB18030
    const cwd = fresh("encoding", { "damaged.md": damaged, "neither.txt": neither });
    const { code, results } = lintJson(cwd, ".");
    expect(code).toBe(1);
    expect(relative(cwd, results)).toEqual([
      {
        file: "damaged.md",
        messages: [
          fileMessage(
            "invalid-utf-8",
            `"damaged.md" is UTF-8 text, but the bytes at line 11, column 6 (byte offset ${offset}) are not valid UTF-8, so it cannot be checked: the file is damaged or holds text in another encoding (such as GBK). Correct the text there and save the file as UTF-8.`,
            11,
            6,
          ),
        ],
      },
      {
        file: "neither.txt",
        messages: [
          fileMessage(
            "undecodable",
            '"neither.txt" cannot be decoded as UTF-8, UTF-16 or GB18030 and cannot be checked (the first byte that is not UTF-8 is at line 2, column 2, byte offset 3). Save it as UTF-8 and try again.',
            2,
            2,
          ),
        ],
      },
    ]);
    const stylish = run(["damaged.md", "--locale", "en"], { cwd });
    expect(stylish.stdout).toContain('\ndamaged.md\n  11:6  error  "damaged.md" is UTF-8 text, but the bytes at line 11, column 6');
  });

  it("a 50 MB report is not read (a clear message, at once, whatever its size); a 2 MB one is read whole; --max-file-size moves the limit", () => {
    const cwd = fresh("large", { "ok.md": CORRECT });
    // 50 MB: the report, then paragraphs, written in pieces.
    const huge = join(cwd, "huge.md");
    big.push(huge);
    const fd = openSync(huge, "w");
    writeSync(fd, CORRECT);
    const paragraph = Buffer.from("本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息1234条。\n\n".repeat(4096));
    let size = Buffer.byteLength(CORRECT);
    while (size + paragraph.length <= 50 * MB) size += writeSync(fd, paragraph);
    size += writeSync(fd, Buffer.alloc(50 * MB - size, 0x0a));
    closeSync(fd);
    const twoMb = into(CORRECT, "## 五、", "本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息1234条。\n\n".repeat(Math.ceil((2 * MB) / 100))).text;
    writeFileSync(join(cwd, "two.md"), twoMb);

    const { code, results } = lintJson(cwd, "huge.md", "ok.md", "two.md");
    expect(code).toBe(1);
    expect(relative(cwd, results)).toEqual([
      {
        file: "huge.md",
        messages: [fileMessage("too-large", '"huge.md" is 50.0 MB, larger than the 10.0 MB limit, so it was not checked. A report is far smaller than 1 MB; to check this file anyway, raise the limit with --max-file-size.')],
      },
      { file: "ok.md", messages: [] },
      { file: "two.md", messages: [] },
    ]);
    expect(relative(cwd, lintJson(cwd, "ok.md", "--max-file-size", "0.005").results)).toEqual([
      { file: "ok.md", messages: [fileMessage("too-large", '"ok.md" is 8.9 KB, larger than the 5.1 KB limit, so it was not checked. A report is far smaller than 1 MB; to check this file anyway, raise the limit with --max-file-size.')] },
    ]);
    const stdin = run(["--stdin", "--max-file-size", "0.005", "--format", "json", "--locale", "en"], { cwd, input: CORRECT });
    expect(parseJsonOutput(stdin.stdout)[0]!.messages).toEqual([
      fileMessage("too-large", '"<text>" is 8.9 KB, larger than the 5.1 KB limit, so it was not checked. A report is far smaller than 1 MB; to check this file anyway, raise the limit with --max-file-size.'),
    ]);
    expect(run(["ok.md", "--max-file-size", "0"], { cwd })).toEqual({ code: 2, stdout: "", stderr: "reportlint: option '--max-file-size <MB>' argument '0' is invalid. expected a positive number of megabytes.\n" });
  });

  it(`a table of ${TABLE_ROWS} rows: every unknown row reported on its own line; a large extra table gives nothing`, () => {
    const unknown = into(CORRECT, "| 3.其他 |", Array.from({ length: TABLE_ROWS }, (_, i) => `| 补充事项${i} | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n`).join(""));
    const extra = into(CORRECT, "## 六、", `| 项目 | 件数 | 金额 |\n|---|---:|---:|\n${Array.from({ length: TABLE_ROWS }, (_, i) => `| 事项${i} | ${i} | ${i * 2} |\n`).join("")}\n`);
    const cwd = fresh("table", { "unknown-rows.md": unknown.text, "extra-table.md": extra.text });
    const { code, results } = lintJson(cwd, "unknown-rows.md", "extra-table.md");
    expect(code).toBe(1);
    const [rows, table] = results;
    expect(rows!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.messageId}`)).toEqual(Array.from({ length: TABLE_ROWS }, (_, i) => `${unknown.line + i}:3 table-shape unknown-row`));
    expect(rows!.messages[TABLE_ROWS - 1]!.message).toBe(
      `In the Requests received and handled table ("收到和处理政府信息公开申请情况"), the row "补充事项${TABLE_ROWS - 1}" is not a row of the template. Its numbers were not checked. Use the template's row label, or remove the row.`,
    );
    expect(table!.messages).toEqual([]);
  });

  it("quotes and lists nested 10,000 deep, HTML nested 20,000 deep: read, with one warning where the nesting goes too deep", () => {
    const md = into(CORRECT, "## 六、", `${"> ".repeat(10_000)}引用\n\n${"- ".repeat(10_000)}列表\n\n${Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i)}- 第${i}层\n`).join("")}\n`);
    const body = PAGE.lastIndexOf("</body>");
    const html = `${PAGE.slice(0, body)}${"<div>".repeat(20_000)}深处${"</div>".repeat(20_000)}${PAGE.slice(body)}`;
    const htmlLine = PAGE.slice(0, body).split("\n").length;
    const htmlColumn = body - PAGE.lastIndexOf("\n", body - 1);
    const cwd = fresh("nesting", { "deep.md": md.text, "deep.html": html });
    const { code, results } = lintJson(cwd, "deep.md", "deep.html");
    expect(code).toBe(0);
    expect(relative(cwd, results)).toEqual([
      {
        file: "deep.md",
        messages: [
          {
            ruleId: null,
            severity: 1,
            message: "Quotes (>) or lists nest more than 32 deep here: the deeper markers are read as text. Look for > or - markers typed by mistake.",
            messageId: "markdown-too-deep",
            data: { depth: "32" },
            line: md.line,
            column: 65,
            endLine: md.line,
            endColumn: 66,
          },
        ],
      },
      {
        file: "deep.html",
        messages: [
          {
            ruleId: null,
            severity: 1,
            message:
              "HTML elements nest more than 512 deep here: what lies deeper is read flattened, as browsers do, and its tables and paragraphs may lose their structure. Check the page for tags left open.",
            messageId: "html-too-deep",
            data: { depth: String(MAX_HTML_DEPTH) },
            // <body> is at depth 2: the div at depth 513 is the first to lose its children.
            line: htmlLine,
            column: htmlColumn + 5 * (MAX_HTML_DEPTH + 1 - 2 - 1),
            endLine: htmlLine,
            endColumn: htmlColumn + 5 * (MAX_HTML_DEPTH + 1 - 2 - 1),
          },
        ],
      },
    ]);
  });

  it("a parser that still runs out of stack (here, 2,000 nested emphasis marks on a small stack): one clear fatal message, not an internal error", () => {
    const cwd = fresh("stack", { "emphasis.md": `${"*".repeat(2000)}强调${"*".repeat(2000)}\n` });
    const child = spawnSync(process.execPath, ["--stack-size=120", BIN, "emphasis.md", "--format", "json", "--locale", "en"], { cwd, encoding: "utf8", timeout: 20_000 });
    expect(child.status).toBe(1);
    expect(parseJsonOutput(child.stdout)[0]!.messages).toEqual([
      fileMessage(
        "too-deep",
        "The document nests too deeply to be read (emphasis, links or lists inside each other thousands of times), so it was not checked. Look for long runs of *, [ or > typed by mistake.",
      ),
    ]);
  });

  it("lines of a million characters, in Markdown, HTML and text: the same findings as without them", () => {
    const line = "本机关持续深化政务公开".repeat(100_000);
    const cwd = fresh("long-lines", {
      "long.md": into(CORRECT, "## 六、", `${line}\n\n`).text,
      "long.html": `${PAGE.slice(0, PAGE.lastIndexOf("</body>"))}<p>${line}</p>${PAGE.slice(PAGE.lastIndexOf("</body>"))}`,
      "long.txt": `${WEB_TEXT}\n${line}\n`,
      "web.txt": WEB_TEXT,
    });
    const { results } = lintJson(cwd, "long.md", "long.html", "long.txt", "web.txt");
    const [md, html, txt, web] = results.map((r) => r.messages);
    expect([md, html]).toEqual([[], []]);
    expect(web!.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(["7:5 publication-deadline", "14:3 section-topics"]);
    expect(txt).toEqual(web);
  });

  it("a symbolic link loop in a walked directory: each file once, each link not followed named on stderr", () => {
    const cwd = fresh("links", { "reports/a.md": CORRECT, "reports/sub/b.md": CORRECT });
    symlinkSync("..", join(cwd, "reports", "sub", "up"));
    symlinkSync(".", join(cwd, "reports", "self"));
    symlinkSync("sub", join(cwd, "reports", "again"));
    const r = run(["reports", "--format", "json"], { cwd });
    expect(r.code).toBe(0);
    expect(parseJsonOutput(r.stdout).map((x) => x.filePath.slice(cwd.length + 1))).toEqual(["reports/a.md", "reports/sub/b.md"]);
    expect(r.stderr).toBe(
      [
        "reportlint: reports/again: a symbolic link to reports/sub, which is searched already; not searched twice",
        "reportlint: reports/self: a symbolic link back to reports, which holds it (a loop); not followed",
        "reportlint: reports/sub/up: a symbolic link back to reports, which holds it (a loop); not followed",
        "",
      ].join("\n"),
    );
  });

  it("a directory without read permission: one fatal message naming it, and the run goes on (as root, the command runs as nobody to meet the permission)", () => {
    const cwd = fresh("permission", { "reports/a.md": CORRECT, "reports/locked/b.md": CORRECT, "reports/z.md": CORRECT });
    chmodSync(join(cwd, "reports", "locked"), 0o000);
    try {
      const r = run(["reports", "--format", "json", "--locale", "en"], { cwd, ...(isRoot ? { uid: NOBODY } : {}) });
      expect(r.code).toBe(1);
      expect(relative(cwd, parseJsonOutput(r.stdout))).toEqual([
        { file: "reports/a.md", messages: [] },
        { file: "reports/locked", messages: [fileMessage("read-error", "Cannot read the file: cannot read the directory: permission denied. Check the path, the file type and the permissions.")] },
        { file: "reports/z.md", messages: [] },
      ]);
    } finally {
      chmodSync(join(cwd, "reports", "locked"), 0o755);
    }
  });

  it("a configuration with a syntax error, and extends that form a cycle: one line naming the file and the place, exit 2", () => {
    const cwd = fresh("config", {
      "syntax/.reportlintrc.json": '{\n  "rules": {\n    "arithmetic": "warn",\n  }\n}\n',
      "syntax/r.md": CORRECT,
      "cycle/.reportlintrc.json": '{ "extends": "./b.json" }',
      "cycle/b.json": '{ "extends": "./.reportlintrc.json" }',
      "cycle/r.md": CORRECT,
      "profile/.reportlintrc.json": '{ "profile": "./mine.reportlint-profile.json" }',
      "profile/mine.reportlint-profile.json": '{ "id": "mine", "extends": "mine", "name": { "zh": "我的", "en": "mine" }, "sections": [], "tables": [] }',
      "profile/r.md": CORRECT,
      "profile2/.reportlintrc.json": '{ "profile": "./p.json" }',
      "profile2/p.json": '{ "id": "gov-annual-2021", "extends": "gov-annual-2019", "name": { "zh": "x", "en": "x" }, "sections": [], "tables": [] }',
      "profile2/r.md": CORRECT,
    });
    for (const [dir, line] of [
      ["syntax", "reportlint: .reportlintrc.json:3:25: invalid JSON: trailing comma"],
      ["cycle", 'reportlint: b.json: /extends: "extends" forms a cycle: .reportlintrc.json → b.json → .reportlintrc.json'],
      ["profile", 'reportlint: mine.reportlint-profile.json: /extends: "extends" forms a cycle: mine → mine'],
      ["profile2", 'reportlint: p.json: /extends: "extends" forms a cycle: gov-annual-2021 → gov-annual-2019 → gov-annual-2021'],
    ] as const) {
      expect(run(["r.md"], { cwd: join(cwd, dir) }), dir).toEqual({ code: 2, stdout: "", stderr: `${line}\n` });
    }
  });
});
