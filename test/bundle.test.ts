import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a build script, plain JavaScript without types
import { bundle } from "../scripts/bundle.mjs";

/** A program in a directory of its own: `main.js` imports `heavy.js` statically and calls it only when asked. */
function program(): { dir: string; main: string; heavy: string } {
  const dir = mkdtempSync(join(tmpdir(), "reportlint-bundle-"));
  mkdirSync(join(dir, "src"));
  const heavy = join(dir, "src/heavy.js");
  writeFileSync(heavy, `globalThis.heavyLoaded = true;\nexport function shout(text) { return "HEAVY:" + text.toUpperCase(); }\nexport function whisper(text) { return text.toLowerCase(); }\n`);
  const main = join(dir, "src/main.js");
  writeFileSync(main, `import { shout } from "./heavy.js";\nconst before = Boolean(globalThis.heavyLoaded);\nconst said = process.argv[2] ? shout(process.argv[2]) : "";\nconsole.log(JSON.stringify({ before, said, after: Boolean(globalThis.heavyLoaded) }));\n`);
  return { dir, main, heavy };
}

const run = (file: string, ...args: string[]) => JSON.parse(spawnSync(process.execPath, [file, ...args], { encoding: "utf8" }).stdout) as { before: boolean; said: string; after: boolean };

describe("scripts/bundle.mjs lazy chunks", () => {
  it("leave the module out of the bundle and load it on the first call of one of its functions", async () => {
    const { dir, main, heavy } = program();
    const out = join(dir, "dist/main.cjs");
    await bundle(main, out, { format: "cjs", lazy: [{ module: heavy, file: "./heavy.cjs", exports: ["shout"] }] });
    expect(readdirSync(join(dir, "dist")).sort()).toEqual(["heavy.cjs", "main.cjs"]);
    expect(readFileSync(out, "utf8")).not.toContain("HEAVY:");
    expect(readFileSync(join(dir, "dist/heavy.cjs"), "utf8")).toContain("HEAVY:");
    expect(run(out)).toEqual({ before: false, said: "", after: false });
    expect(run(out, "quiet")).toEqual({ before: false, said: "HEAVY:QUIET", after: true });
  });

  it("fail the build when the program imports a name the chunk does not declare", async () => {
    const { dir, main, heavy } = program();
    writeFileSync(main, `import { shout, whisper } from "./heavy.js";\nconsole.log(shout("a"), whisper("B"));\n`);
    await expect(bundle(main, join(dir, "dist/main.cjs"), { format: "cjs", lazy: [{ module: heavy, file: "./heavy.cjs", exports: ["shout"] }] })).rejects.toThrow(/No matching export in "lazy:.*heavy\.js" for import "whisper"/u);
  });

  it("fail the build when the program does not import the module at all", async () => {
    const { dir, main } = program();
    await expect(bundle(main, join(dir, "dist/main.cjs"), { format: "cjs", lazy: [{ module: join(dir, "src/other.js"), file: "./other.cjs", exports: ["f"] }] })).rejects.toThrow(
      /other\.js is listed as a lazy chunk, but the program does not import it/u,
    );
  });

  it("are refused for an ES module bundle, which has no require() to load them with", async () => {
    const { dir, main, heavy } = program();
    await expect(bundle(main, join(dir, "dist/main.mjs"), { lazy: [{ module: heavy, file: "./heavy.cjs", exports: ["shout"] }] })).rejects.toThrow(/CommonJS/u);
  });
});

describe("the command's bundle", () => {
  it("leaves remark, the HTML and YAML parsers, the schema validators and globs to chunks beside it", () => {
    const dist = join(import.meta.dirname, "../packages/cli/dist");
    const code = readFileSync(join(dist, "cli.cjs"), "utf8");
    // Strings each of those packages carries: micromark (remark), parse5, yaml, ajv's generated code, tinyglobby, character-entities.
    const markers = ["micromark", "parse5", "YAMLParseError", "must be object", "expandDirectories", "AElig"];
    expect(markers.filter((marker) => code.includes(marker))).toEqual([]);
    for (const chunk of ["remark.cjs", "html.cjs", "yaml.cjs", "validate-config.cjs", "validate-profile.cjs", "glob.cjs", "jsonc.cjs", "picomatch.cjs", "diff.cjs", "mammoth.cjs"]) {
      expect(readdirSync(dist)).toContain(chunk);
    }
  });
});
