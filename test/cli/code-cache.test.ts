import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, WRONG_TOTALS, workspace, write } from "./helpers.ts";

/**
 * The command starts through V8's code cache (packages/cli/src/launch/code-cache.ts). Each test runs
 * its own copy of the built dist/ with its own cache directory, so that nothing here touches the
 * cache the other tests share, and a bundle can be "rebuilt" by changing its mtime.
 */
function setUp(): { dist: string; cacheDir: string; project: string; lint: (env?: Record<string, string>) => { code: number | null; stdout: string; stderr: string } } {
  const dist = workspace();
  for (const name of readdirSync(join(ROOT, "packages/cli/dist"))) cpSync(join(ROOT, "packages/cli/dist", name), join(dist, name));
  const cacheDir = join(workspace(), "cache");
  const project = workspace();
  write(project, "report.md", WRONG_TOTALS);
  const lint = (env: Record<string, string> = {}) => {
    const child = spawnSync(process.execPath, [join(dist, "reportlint.cjs"), "--format", "json", "report.md"], {
      cwd: project,
      encoding: "utf8",
      env: { ...process.env, REPORTLINT_COMPILE_CACHE: cacheDir, ...env },
      timeout: 20_000,
    });
    return { code: child.status, stdout: child.stdout, stderr: child.stderr };
  };
  return { dist, cacheDir, project, lint };
}

const cacheFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith(".v8"));

describe("the code cache", () => {
  it("is written by the first run and read, not rewritten, by the next; the results are the same", () => {
    const { cacheDir, lint } = setUp();
    const first = lint();
    expect(first.code).toBe(1);
    const files = cacheFiles(cacheDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^${process.version}-${process.arch}-[0-9a-f]{8}\\.v8$`, "u"));
    const written = statSync(join(cacheDir, files[0]!)).mtimeMs;

    const second = lint();
    expect(second).toEqual(first);
    expect(statSync(join(cacheDir, files[0]!)).mtimeMs).toBe(written);
  });

  it("a cache V8 rejects (same key, damaged data) is compiled past and written anew", () => {
    const { cacheDir, lint } = setUp();
    const expected = lint();
    const file = join(cacheDir, cacheFiles(cacheDir)[0]!);
    const data = readFileSync(file);
    const keyLength = data.readUInt32LE(0);
    data.fill(0x5a, 4 + keyLength); // the key still fits, V8's part is garbage
    writeFileSync(file, data);

    expect(lint()).toEqual(expected);
    const rewritten = readFileSync(file);
    expect(rewritten.subarray(4 + keyLength).every((b) => b === 0x5a)).toBe(false);
  });

  it("a file that is not a cache at all is ignored and replaced", () => {
    const { cacheDir, lint } = setUp();
    const expected = lint();
    const file = join(cacheDir, cacheFiles(cacheDir)[0]!);
    writeFileSync(file, "not a cache");
    expect(lint()).toEqual(expected);
    expect(readFileSync(file).length).toBeGreaterThan(1000);
  });

  it("a rebuilt bundle (another mtime) does not use the old cache", () => {
    const { dist, cacheDir, lint } = setUp();
    const expected = lint();
    const file = join(cacheDir, cacheFiles(cacheDir)[0]!);
    const before = readFileSync(file);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dist, "cli.cjs"), later, later);
    expect(lint()).toEqual(expected);
    expect(readFileSync(file).subarray(0, 40).equals(before.subarray(0, 40))).toBe(false); // the key changed
  });

  it("a cache directory that cannot be made costs nothing but the speed-up", () => {
    const { project, lint } = setUp();
    const blocked = write(project, "not-a-directory", "a file where the cache directory would go");
    const result = lint({ REPORTLINT_COMPILE_CACHE: join(blocked, "cache") });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)[0].errorCount).toBe(4);
  });

  it("a cache directory others can write is neither read nor written", () => {
    const { cacheDir, lint } = setUp();
    const expected = lint();
    const file = join(cacheDir, cacheFiles(cacheDir)[0]!);
    chmodSync(cacheDir, 0o777);
    writeFileSync(file, "planted");
    expect(lint()).toEqual(expected);
    expect(readFileSync(file, "utf8")).toBe("planted");
  });

  it("a chunk loaded on demand (the HTML reader) gets a cache of its own, which the next run reads", () => {
    const { dist, cacheDir, project, lint } = setUp();
    lint();
    expect(cacheFiles(cacheDir)).toHaveLength(1); // a Markdown run loads no chunk
    cpSync(join(ROOT, "fixtures/html/huaian-2024.html"), join(project, "page.html"));
    const html = () =>
      spawnSync(process.execPath, [join(dist, "reportlint.cjs"), "--format", "json", "page.html"], {
        cwd: project,
        encoding: "utf8",
        env: { ...process.env, REPORTLINT_COMPILE_CACHE: cacheDir },
        timeout: 20_000,
      });
    const first = html();
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)[0].filePath).toBe(join(project, "page.html"));
    const files = cacheFiles(cacheDir);
    expect(files).toHaveLength(2);
    const written = files.map((f) => statSync(join(cacheDir, f)).mtimeMs);
    const second = html();
    expect(second.stdout).toBe(first.stdout);
    expect(files.map((f) => statSync(join(cacheDir, f)).mtimeMs)).toEqual(written);
  });

  it("REPORTLINT_COMPILE_CACHE=off writes nothing", () => {
    const { cacheDir, lint } = setUp();
    const result = lint({ REPORTLINT_COMPILE_CACHE: "off" });
    expect(result.code).toBe(1);
    expect(() => readdirSync(cacheDir)).toThrow(/ENOENT/u);
  });

  it("worker threads start from the same bundle and cache and give the same results", () => {
    const { dist, cacheDir, project, lint } = setUp();
    for (let i = 0; i < 3; i++) write(project, `more/r${i}.md`, WRONG_TOTALS);
    const child = (concurrency: string) =>
      spawnSync(process.execPath, [join(dist, "reportlint.cjs"), "--format", "json", "--concurrency", concurrency, "."], {
        cwd: project,
        encoding: "utf8",
        env: { ...process.env, REPORTLINT_COMPILE_CACHE: cacheDir },
        timeout: 20_000,
      });
    lint(); // writes the cache
    const parallel = child("2");
    const serial = child("off");
    expect(parallel.status).toBe(1);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(JSON.parse(parallel.stdout)).toHaveLength(4);
  });
});
