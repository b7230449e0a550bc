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

/** A whole number from the environment, with a default and bounds. */
function int(fallback: number, min: number, max: number) {
  return z.coerce
    .number({ error: "a whole number" })
    .int({ error: "a whole number" })
    .min(min, { error: `at least ${String(min)}` })
    .max(max, { error: `at most ${String(max)}` })
    .default(fallback);
}

export const ServerEnv = z.object({
  CONTENT_DATASET: z.string().default("sanity/seed/dataset.ndjson"),
  SANITY_PROJECT_ID: optionalString.pipe(z.string().regex(/^[a-z0-9-]+$/, { error: "letters, digits and dashes only" }).optional()),
  SANITY_DATASET: optionalString.pipe(z.string().regex(/^[a-z0-9_-]+$/, { error: "letters, digits, _ and - only" }).optional()),
  SANITY_API_READ_TOKEN: optionalString,
  /** A token with write access: proposals are written as drafts, and approving publishes them. */
  SANITY_API_WRITE_TOKEN: optionalString,
  /** The secret of the Sanity webhook that tells the server what changed (at least 16 characters). */
  SANITY_WEBHOOK_SECRET: optionalString.pipe(z.string().min(16, { error: "at least 16 characters" }).optional()),
  /** The Studio's address, for "edit in the Studio" links from the staff pages. */
  SANITY_STUDIO_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** The embedded default's drafts file (proposals); beside the dataset when unset. */
  CONTENT_DRAFTS: optionalString,
  SANITY_API_VERSION: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).default("2025-02-19"),
  SANITY_USE_CDN: z.enum(["true", "false"]).default("true"),
  /** Pretend it is this instant (ISO 8601 with offset): for demonstrations and browser tests. */
  NARA_NOW: optionalString.pipe(z.iso.datetime({ offset: true, error: "an ISO 8601 instant with offset, e.g. 2026-11-24T17:30:00+01:00" }).optional()),

  // Database: PGlite in DATA_DIR by default, a PostgreSQL server when DATABASE_URL is set.
  DATABASE_URL: optionalString.pipe(z.string().regex(/^postgres(ql)?:\/\//, { error: "a postgres:// URL" }).optional()),
  DATABASE_POOL_MAX: int(10, 1, 200),
  /** Where the embedded database and generated keys live; `memory://` keeps the database in memory. */
  DATA_DIR: z.string().default("data"),
  /** Secret for signing challenges and form tokens. Generated and kept in the database when unset. */
  SERVER_SECRET: optionalString.pipe(z.string().min(32, { error: "at least 32 characters" }).optional()),
  /**
   * Where to report a vulnerability, for `/.well-known/security.txt` (RFC 9116): one or more
   * `mailto:`, `https:` or `tel:` addresses, comma-separated. The file is absent (404) when unset.
   */
  SECURITY_CONTACT: optionalString.pipe(
    z
      .string()
      .refine((v) => v.split(",").every((c) => /^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+|tel:\+?[\d-]+)$/.test(c.trim())), { error: "mailto:, https: or tel: addresses, comma-separated" })
      .optional(),
  ),
  /** When security.txt should be read as out of date (a date); a year from the server's start when unset. */
  SECURITY_EXPIRES: optionalString.pipe(z.iso.date({ error: "a date, e.g. 2027-12-01" }).optional()),
  /** The municipality's disclosure policy, linked from security.txt. */
  SECURITY_POLICY: optionalString.pipe(z.url({ protocol: /^https$/ }).optional()),
  /**
   * The websites that may show the embeddable "find support" box (`/{locale}/embed/box/`) in a
   * frame: origins such as `https://www.exempelstad.se`, separated by spaces or commas. They go
   * into the embed pages' CSP `frame-ancestors` (with the site itself); every other page stays
   * unframable. None by default.
   */
  EMBED_ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((v) => v.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.string().regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, { error: "origins such as https://www.example.se, separated by spaces or commas" }))),
  /**
   * Whether pages in a language whose key texts (menus, home, booking, contact, crisis numbers)
   * are not all reviewed by a native speaker say so, discreetly, in the footer
   * (src/lib/i18n/review.json; `npm run translations -- status`).
   */
  TRANSLATION_NOTICE: z.enum(["on", "off"]).default("on"),
  /** Public address of the site, for links in e-mails. */
  PUBLIC_SITE_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:4321"),
  /**
   * Behind proxies of one's own: `true` (one, such as nginx) or how many; the client address for
   * the rate limits is then read from X-Forwarded-For, counted from the right. `false` by default.
   */
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|[0-5])$/, { error: "true, false or the number of proxies (0–5)" })
    .default("false")
    .transform((v) => (v === "true" ? 1 : v === "false" ? 0 : Number(v))),
  /** The log's level: fatal, error, warn, info (one line a request), debug (static files too), trace or silent. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** `/metrics` answers only with `Authorization: Bearer <this>` (at least 16 characters); off when unset. */
  METRICS_TOKEN: optionalString.pipe(z.string().min(16, { error: "at least 16 characters" }).optional()),
  /** Also serve `/metrics` without a token on this port, bound to 127.0.0.1 only. */
  METRICS_PORT: optionalString.pipe(z.string().regex(/^\d{1,5}$/, { error: "a port number" }).transform(Number).pipe(z.number().int().min(1).max(65535)).optional()),
  /** On SIGTERM: how long requests in flight may take to finish before the connections are closed. */
  SHUTDOWN_GRACE_SECONDS: int(10, 0, 300),

  // Mail: SMTP when SMTP_URL is set, otherwise the outbox table and the log.
  SMTP_URL: optionalString.pipe(z.string().regex(/^smtps?:\/\//, { error: "an smtp:// or smtps:// URL" }).optional()),
  MAIL_FROM: z.string().default("Nära <no-reply@nara.example>"),
  /** A mail the server could not send is tried again, with a growing pause, for this many hours. */
  MAIL_RETRY_HOURS: int(48, 1, 720),

  // Anti-automation and rate limits.
  ALTCHA_COST: int(1000, 1, 1_000_000),
  ALTCHA_COUNTER_MAX: int(1500, 2, 10_000_000),
  ALTCHA_EXPIRES_SECONDS: int(600, 10, 86_400),
  /** Without JavaScript a form must have been open this long before it is sent. */
  FORM_MIN_SECONDS: int(3, 0, 600),
  RATE_LIMIT_WINDOW_SECONDS: int(3600, 1, 86_400),
  RATE_LIMIT_BOOKINGS: int(10, 1, 1_000_000),
  RATE_LIMIT_MANAGE: int(30, 1, 1_000_000),
  RATE_LIMIT_SIGN_IN: int(10, 1, 1_000_000),
  /** New messages and follow-ups from one client per window. */
  RATE_LIMIT_MESSAGES: int(10, 1, 1_000_000),
  /** Activity proposals from one client per window. */
  RATE_LIMIT_PROPOSALS: int(5, 1, 1_000_000),
  /** Night-walk sign-ups from one client per window. */
  RATE_LIMIT_NIGHTWALKS: int(10, 1, 1_000_000),
  /** Seats at information evenings and interest registrations from one client per window. */
  RATE_LIMIT_RECRUITMENT: int(10, 1, 1_000_000),
  /** Failed receipt codes from one client per window (only failures count). */
  RATE_LIMIT_RECEIPTS: int(20, 1, 1_000_000),

  // Booking.
  BOOKING_RETENTION_DAYS: int(30, 0, 3650),
  /** Title of the calendar event a visitor downloads; discreet by default ("Appointment", translated). */
  BOOKING_ICS_TITLE: optionalString,
  REMINDER_HOURS_BEFORE: int(24, 1, 336),

  // Contact with the area offices.
  /** Key for messages at rest (32 bytes, base64 or hex). Unset: DATA_DIR/message.key, made once. */
  MESSAGE_KEY: optionalString.pipe(
    z
      .string()
      .refine((v) => /^[0-9a-f]{64}$/i.test(v) || (/^[A-Za-z0-9+/]{43}=$/.test(v) && Buffer.from(v, "base64").length === 32), {
        error: "32 bytes as 64 hex digits or base64 (openssl rand -base64 32)",
      })
      .optional(),
  ),
  /** Earlier message keys, comma-separated: they open what they sealed until a re-seal has moved it to MESSAGE_KEY. */
  MESSAGE_KEYS_OLD: optionalString.pipe(
    z
      .string()
      .refine((v) => v.split(",").every((k) => /^[0-9a-f]{64}$/i.test(k.trim()) || (/^[A-Za-z0-9+/]{43}=$/.test(k.trim()) && Buffer.from(k.trim(), "base64").length === 32)), {
        error: "keys of 32 bytes (64 hex digits or base64), separated by commas",
      })
      .optional(),
  ),
  /** A proposal nobody has decided on is deleted, with its contact details, this many days after it came in. */
  PROPOSAL_RETENTION_DAYS: int(30, 1, 365),
  /** Night walkers' names, numbers and e-mail addresses are deleted this many days after the last night they signed up for. */
  NIGHTWALK_RETENTION_DAYS: int(180, 1, 3650),
  /** A night-walk report's free text is deleted this many days after the walk; its counts and categories stay. */
  NIGHTWALK_REPORT_NOTES_DAYS: int(365, 1, 3650),
  /** An interest (intresseanmälan) is deleted, with its notes and history, this many days after it was closed (or after the last thing that happened to it while open). */
  RECRUITMENT_RETENTION_DAYS: int(365, 1, 3650),
  /** The municipality promises to call someone who registered interest within this many days. */
  RECRUITMENT_RESPONSE_DAYS: int(14, 1, 90),
  /** The follow-up never shows a count below this (as "< n"), and hides more so that no total gives one back; never below 3. */
  FOLLOWUP_MIN_CELL: int(5, 3, 100),
  /** A thread is deleted this many days after its last activity. */
  MESSAGE_RETENTION_DAYS: int(90, 1, 3650),

  // Staff.
  STAFF_SESSION_HOURS: int(8, 1, 24 * 30),
  /** Staff sign-in through the municipality's OpenID Connect provider: issuer, client id and secret, all three or none. */
  OIDC_ISSUER: optionalString.pipe(z.url({ protocol: /^https?$/, error: "the issuer's https:// URL" }).optional()),
  OIDC_CLIENT_ID: optionalString,
  OIDC_CLIENT_SECRET: optionalString,
  /** The claim that names the staff member's account in Nära. */
  OIDC_USERNAME_CLAIM: z.string().default("preferred_username"),
  /** A claim with Nära roles (`clinic:<id>`, …). Unset: roles come from the local account of the same name. */
  OIDC_ROLES_CLAIM: optionalString,
  AUDIT_RETENTION_DAYS: int(365, 1, 3650),
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
  const oidc = [result.data.OIDC_ISSUER, result.data.OIDC_CLIENT_ID, result.data.OIDC_CLIENT_SECRET].filter((v) => v !== undefined).length;
  if (oidc !== 0 && oidc !== 3) {
    throw new ConfigError("Invalid environment:\n  - OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together");
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
