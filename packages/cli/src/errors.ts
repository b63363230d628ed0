/**
 * A usage mistake that ends the run. The message is one line; `cli()` prints it after
 * "reportlint: " and exits 2, as it does a `ConfigError` from @reportlint/config.
 */
export class CliError extends Error {
  override name = "CliError";
}
