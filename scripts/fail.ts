/** For scripts: a configuration or content error ends the process with its message alone, no stack trace. */
import { ConfigError } from "../src/lib/config.ts";
import { ContentError } from "../src/lib/content/dataset.ts";

export function exitOnKnownError(error: unknown): void {
  if (error instanceof ContentError || error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
}
