import { cli } from "./cli.ts";

/** The process edge: the only place that touches process.* and sets the exit code. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * process.stdout or process.stderr, made when first written to or asked whether it is a terminal:
 * Node builds a standard stream (and loads node:stream for it) on first access, a few milliseconds
 * that a run with nothing to say need not spend.
 */
function lazyStream(open: () => NodeJS.WriteStream): { write(text: string): unknown; readonly isTTY: boolean } {
  let stream: NodeJS.WriteStream | undefined;
  const get = (): NodeJS.WriteStream => (stream ??= open());
  return {
    write: (text: string) => get().write(text),
    get isTTY() {
      return Boolean(get().isTTY);
    },
  };
}

/** Runs the command on this process's arguments and streams, and sets its exit code. */
export async function runCli(): Promise<void> {
  const stdout = lazyStream(() =>
    // `reportlint ... | head`: the reader went away; stop quietly instead of dying with a stack trace.
    process.stdout.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") process.stderr.write(`reportlint: cannot write the output: ${error.message}\n`);
      process.exit(error.code === "EPIPE" ? (Number(process.exitCode) || 0) : 2);
    }),
  );
  process.exitCode = await cli(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout, stderr: lazyStream(() => process.stderr), readStdin });
}
