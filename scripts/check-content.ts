/**
 * Checks the content before a build or start: every document against the schema, every
 * reference, every line of the NDJSON. Prints what is wrong and exits 1; no stack trace.
 * `node scripts/check-content.ts [file.ndjson]`
 */
import { readFileSync } from "node:fs";
import { serverEnv } from "../src/lib/config.ts";
import { loadDataset } from "../src/lib/content/dataset.ts";
import { exitOnKnownError } from "./fail.ts";

try {
  const env = serverEnv();
  if (env.SANITY_PROJECT_ID) {
    console.log("Content: Sanity (checked when queried)");
  } else {
    const file = process.argv[2] ?? env.CONTENT_DATASET;
    const documents = loadDataset(readFileSync(file, "utf8"), file);
    console.log(`Content: ${documents.length} documents in ${file}, all valid`);
  }
} catch (error) {
  exitOnKnownError(error);
  if (error instanceof Error && "code" in error && error.code === "ENOENT") {
    console.error(`Content: the dataset file was not found (${(error as NodeJS.ErrnoException).path ?? ""}). Set CONTENT_DATASET.`);
    process.exit(1);
  }
  throw error;
}
