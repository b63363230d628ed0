import { mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, ConfigLoader, walkReports } from "./index.ts";
import type { WalkFs } from "./walk.ts";

const root = mkdtempSync(join(tmpdir(), "reportlint-config-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const loader = () => new ConfigLoader((path) => path.slice(root.length + 1));

describe("the files key", () => {
  it("names documents by glob patterns relative to the configuration file's directory", () => {
    const dir = tree("files", { "reportlint.config.json": '{ "files": ["drafts/**/*.md", "./notes.txt"] }', "drafts/x/a.md": "" });
    const files = loader().forDirectory(join(dir, "drafts", "x"))!.files!;
    expect(files.patterns).toEqual(["drafts/**/*.md", "./notes.txt"]);
    expect(files.includes(join(dir, "drafts", "x", "a.md"))).toBe(true);
    expect(files.includes(join(dir, "drafts", ".old", "a.md"))).toBe(true);
    expect(files.includes(join(dir, "notes.txt"))).toBe(true);
    expect(files.includes(join(dir, "drafts", "a.html"))).toBe(false);
    expect(files.includes(join(dir, "a.md"))).toBe(false);
    expect(files.includes(join(root, "elsewhere", "drafts", "a.md"))).toBe(false);
  });

  it("is inherited through extends with the patterns of the file that declares them, and overridden by a nearer one", () => {
    const dir = tree("files-extends", {
      "base/shared.json": '{ "files": ["*.md"] }',
      "project/reportlint.config.json": '{ "extends": "../base/shared.json" }',
      "own/reportlint.config.json": '{ "extends": "../base/shared.json", "files": ["reports/*.txt"] }',
    });
    const inherited = loader().forDirectory(join(dir, "project"))!.files!;
    expect(inherited.dir).toBe(join(dir, "base"));
    expect(inherited.includes(join(dir, "base", "a.md"))).toBe(true);
    expect(inherited.includes(join(dir, "project", "a.md"))).toBe(false);
    const own = loader().forDirectory(join(dir, "own"))!.files!;
    expect(own.patterns).toEqual(["reports/*.txt"]);
  });

  it("must be a list of non-empty strings; the error names the file and the pointer", () => {
    const dir = tree("files-bad", { "a/.reportlintrc.json": '{ "files": "*.md" }', "b/.reportlintrc.json": '{ "files": ["*.md", ""] }', "c/.reportlintrc.json": '{ "file": [] }' });
    const message = (sub: string): string => {
      try {
        loader().forDirectory(join(dir, sub));
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
      throw new Error("no error");
    };
    expect(message("a")).toBe("files-bad/a/.reportlintrc.json: /files: must be array");
    expect(message("b")).toBe("files-bad/b/.reportlintrc.json: /files/1: must NOT have fewer than 1 characters");
    expect(message("c")).toBe('files-bad/c/.reportlintrc.json: /file: unknown key "file"; expected one of: extends, profile, locale, rules, files');
  });
});

describe("walkReports", () => {
  const dir = tree("walk", { "a.md": "", "b/c.html": "", "b/d.json": "", ".drafts/e.txt": "", "node_modules/f.md": "", ".git/g.md": "", "x.docx": "" });

  it("finds report files in name order, never in node_modules or .git; dot-directories only when asked", () => {
    const rel = (options: { dotDirectories: boolean }) => walkReports(dir, options).map((t) => t.path.slice(dir.length + 1));
    expect(rel({ dotDirectories: true })).toEqual([".drafts/e.txt", "a.md", "b/c.html", "x.docx"]);
    expect(rel({ dotDirectories: false })).toEqual(["a.md", "b/c.html", "x.docx"]);
  });

  it("throws the file-system error of a root it cannot read, for the caller to word", () => {
    expect(() => walkReports(join(dir, "missing"), { dotDirectories: true })).toThrow(expect.objectContaining({ code: "ENOENT" }));
  });

  it("keeps a subdirectory it cannot read as a target that says why, and goes on (errors injected: root reads anything)", () => {
    const fsError = (code: string, message: string): Error => Object.assign(new Error(`${code}: ${message}`), { code });
    const failing: WalkFs = {
      readdirSync: (path, options) => {
        if (path === join(dir, "b")) throw fsError("EACCES", "permission denied, scandir");
        if (path === join(dir, ".drafts")) throw fsError("EIO", "i/o error, scandir");
        return readdirSync(path, options);
      },
      realpathSync,
      statSync,
    };
    expect(walkReports(dir, { dotDirectories: true, fs: failing }).map((t) => ({ ...t, path: t.path.slice(dir.length + 1) }))).toEqual([
      { path: ".drafts", unreadableDirectory: "EIO: i/o error, scandir" },
      { path: "a.md" },
      { path: "b", unreadableDirectory: "permission denied" },
      { path: "x.docx" },
    ]);
  });

  it("never follows a symbolic link back up the tree or to a directory it searches anyway, and names each one", () => {
    const top = tree("walk-links", { "reports/a.md": "", "reports/sub/b.md": "", "outside/c.md": "", "outside/deeper/d.md": "" });
    const reports = join(top, "reports");
    symlinkSync(reports, join(reports, "sub", "up")); // a loop: sub/up/sub/up/…
    symlinkSync(".", join(reports, "self")); // a loop of one step
    symlinkSync(join(reports, "sub"), join(reports, "again")); // the same directory a second way
    symlinkSync(join(top, "outside"), join(reports, "ext")); // outside the root: followed once
    symlinkSync(join(top, "outside"), join(reports, "ext2")); // …and not twice
    symlinkSync(reports, join(top, "outside", "deeper", "back")); // from outside back into the root
    const skipped: string[] = [];
    const found = walkReports(reports, { dotDirectories: true, onSkippedLink: (link, target, loop) => skipped.push(`${link.slice(top.length + 1)} → ${target.slice(top.length + 1)}${loop ? " (loop)" : ""}`) });
    expect(found.map((t) => t.path.slice(top.length + 1))).toEqual(["reports/a.md", "reports/ext/c.md", "reports/ext/deeper/d.md", "reports/sub/b.md"]);
    expect(skipped).toEqual([
      "reports/again → reports/sub",
      "reports/ext/deeper/back → reports",
      "reports/ext2 → outside",
      "reports/self → reports (loop)",
      "reports/sub/up → reports (loop)",
    ]);
  });

  it("walks a tree a thousand directories deep without recursion", () => {
    const deep = join(root, "walk-deep");
    const leaf = join(deep, ...Array.from({ length: 1000 }, () => "d"));
    mkdirSync(leaf, { recursive: true });
    writeFileSync(join(leaf, "r.md"), "");
    expect(walkReports(deep, { dotDirectories: true }).map((t) => t.path)).toEqual([join(leaf, "r.md")]);
  });
});
