/** For scripts: a configuration or content error, or a data directory open elsewhere, ends the process with its message alone, no stack trace. */
import { ConfigError } from "../src/lib/config.ts";
import { ContentError } from "../src/lib/content/dataset.ts";
import { DataDirDamaged, DataDirInUse } from "../src/lib/db/index.ts";

export function exitOnKnownError(error: unknown): void {
  if (error instanceof ContentError || error instanceof ConfigError || error instanceof DataDirInUse || error instanceof DataDirDamaged) {
    console.error(error.message);
    process.exit(1);
  }
}
