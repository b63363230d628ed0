import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import type { Tools } from "./tools.ts";

type CodeServer = NonNullable<Tools["codeServer"]>;

/** Settings for a quiet, trusting workbench: Restricted Mode would disable the extension. */
export const SETTINGS = {
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "chat.disableAIFeatures": true,
  "git.enabled": false,
  "editor.minimap.enabled": false,
  "editor.lightbulb.enabled": "on",
  "files.autoSave": "off",
  "outline.collapseItems": "alwaysExpand",
  "window.restoreWindows": "none",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
};

function env(home: string): NodeJS.ProcessEnv {
  // code-server writes config.yaml and its data under XDG dirs on first run: keep them in the test's folder.
  return { ...process.env, XDG_CONFIG_HOME: join(home, "xdg-config"), XDG_DATA_HOME: join(home, "xdg-data") };
}

/** Installs a .vsix into `home`/extensions (offline) and returns what code-server printed. */
export function installExtension(cs: CodeServer, home: string, vsix: string): string {
  const result = spawnSync(cs.node, [cs.entry, "--user-data-dir", join(home, "user-data"), "--extensions-dir", join(home, "extensions"), "--install-extension", vsix], {
    encoding: "utf8",
    env: env(home),
  });
  if (result.status !== 0) throw new Error(`code-server --install-extension ${vsix} exited with ${result.status}: ${result.stdout}${result.stderr}`);
  return result.stdout;
}

export function writeSettings(home: string, settings: Record<string, unknown> = SETTINGS): void {
  mkdirSync(join(home, "user-data", "User"), { recursive: true });
  writeFileSync(join(home, "user-data", "User", "settings.json"), `${JSON.stringify(settings, null, 2)}\n`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Running {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts code-server on a free loopback port with no authentication, in its own process group (it
 * leaves children behind, such as the file watcher and language servers: stop() kills the whole group).
 * Its output goes to `home`/code-server.log. Resolves once /healthz answers.
 */
export async function startCodeServer(cs: CodeServer, home: string, folder: string): Promise<Running> {
  const port = await freePort();
  const log = openSync(join(home, "code-server.log"), "a");
  const child = spawn(
    cs.node,
    [
      cs.entry,
      "--auth", "none",
      "--bind-addr", `127.0.0.1:${port}`,
      "--disable-telemetry",
      "--disable-update-check",
      "--disable-workspace-trust",
      "--disable-getting-started-override",
      "--user-data-dir", join(home, "user-data"),
      "--extensions-dir", join(home, "extensions"),
      folder,
    ],
    { detached: true, stdio: ["ignore", log, log], env: env(home) },
  );
  closeSync(log);
  let exited: string | null = null;
  const gone = new Promise<void>((resolve) =>
    child.once("exit", (code, signal) => {
      exited = `code-server exited (${code ?? signal}); see ${join(home, "code-server.log")}`;
      resolve();
    }),
  );
  const pgid = child.pid!;
  const stop = async (): Promise<void> => {
    const kill = (signal: NodeJS.Signals | 0): boolean => {
      try {
        process.kill(-pgid, signal);
        return true;
      } catch {
        return false; // ESRCH: the group is gone
      }
    };
    if (!kill("SIGTERM")) return;
    await Promise.race([gone, sleep(10_000)]);
    // Whatever is left of the group (children that ignore SIGTERM or outlived the parent); bounded, as
    // an unreaped zombie still counts as a member.
    for (let i = 0; i < 50 && kill(0); i++) {
      kill("SIGKILL");
      await sleep(100);
    }
  };
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (exited) throw new Error(exited);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (i > 1200) {
      await stop();
      throw new Error(`code-server did not answer ${url}/healthz; see ${join(home, "code-server.log")}`);
    }
    await sleep(100);
  }
  return { url, child, stop };
}

/** Whether any process of the group led by `pid` is still alive. */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Chromium flags that keep it from calling Google's hosts (refused on a closed network) and from sandboxing as root. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
