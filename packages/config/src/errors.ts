/**
 * A broken configuration or profile. The message is one line that names the file and the place
 * (`file:line:col: …` or `file: /json/pointer: …`): the CLI prints it and exits 2, the language
 * server shows it at the top of each document the configuration governs.
 */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** `file: /json/pointer: reason`, the shape of every configuration error. */
export function placeError(where: string, pointer: string | null, reason: string): ConfigError {
  return new ConfigError(pointer === null ? `${where}: ${reason}` : `${where}: ${pointer || "/"}: ${reason}`);
}

/** A short reason for a failed file-system call: "no such file or directory" rather than the full Node message. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "not a directory";
    default:
      return oneLine(error instanceof Error ? error.message : String(error));
  }
}

export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/gu, " ").trim();
}
