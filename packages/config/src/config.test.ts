import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, ConfigLoader, walkReports } from "./index.ts";

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
});
