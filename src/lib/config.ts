/**
 * Server configuration, parsed once from the environment. An invalid value stops the start
 * with a message that names the variable.
 */
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

export const ServerEnv = z.object({
  CONTENT_DATASET: z.string().default("sanity/seed/dataset.ndjson"),
  SANITY_PROJECT_ID: optionalString.pipe(z.string().regex(/^[a-z0-9-]+$/, { error: "letters, digits and dashes only" }).optional()),
  SANITY_DATASET: optionalString.pipe(z.string().regex(/^[a-z0-9_-]+$/, { error: "letters, digits, _ and - only" }).optional()),
  SANITY_API_READ_TOKEN: optionalString,
  SANITY_API_VERSION: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).default("2025-02-19"),
  SANITY_USE_CDN: z.enum(["true", "false"]).default("true"),
  /** Pretend it is this instant (ISO 8601 with offset): for demonstrations and browser tests. */
  NARA_NOW: optionalString.pipe(z.iso.datetime({ offset: true, error: "an ISO 8601 instant with offset, e.g. 2026-11-24T17:30:00+01:00" }).optional()),
});
export type ServerEnv = z.infer<typeof ServerEnv>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function parseEnv(env: Record<string, string | undefined>): ServerEnv {
  const result = ServerEnv.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(["Invalid environment:", ...lines].join("\n"));
  }
  if ((result.data.SANITY_PROJECT_ID === undefined) !== (result.data.SANITY_DATASET === undefined)) {
    throw new ConfigError("Invalid environment:\n  - SANITY_PROJECT_ID and SANITY_DATASET must be set together");
  }
  return result.data;
}

/** The current instant, or the fixed one from NARA_NOW. Read once per request. */
export function clockNow(env: ServerEnv): Date {
  return env.NARA_NOW ? new Date(env.NARA_NOW) : new Date();
}

let cached: ServerEnv | undefined;
/** The server's configuration from `process.env`, parsed on first use. */
export function serverEnv(): ServerEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
