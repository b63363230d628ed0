import { cli } from "./cli.ts";

/** The process edge: the only place that touches process.* and sets the exit code. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Runs the command on this process's arguments and streams, and sets its exit code. */
export async function runCli(): Promise<void> {
  // `reportlint ... | head`: the reader went away; stop quietly instead of dying with a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") process.stderr.write(`reportlint: cannot write the output: ${error.message}\n`);
    process.exit(error.code === "EPIPE" ? (Number(process.exitCode) || 0) : 2);
  });

  process.exitCode = await cli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin,
  });
}
