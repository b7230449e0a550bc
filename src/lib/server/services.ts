/**
 * The server's long-lived parts, opened once per process: the database (PGlite in DATA_DIR, or
 * PostgreSQL with DATABASE_URL) with its migrations applied, the keys, the mailer, and the
 * hourly purge. The production server opens them before it listens; the dev server on first
 * use. Kept on globalThis, so that the server script and the built pages share one instance.
 */
import { mkdirSync } from "node:fs";
import { migrate, openPglite, openPostgres, type Db } from "../db/index.ts";
import { outboxMailer, smtpMailer, type Mailer } from "../mail/index.ts";
import type { AltchaOptions } from "../security/altcha.ts";
import { serverEnv, type ServerEnv } from "../config.ts";
import { deriveKey, masterSecret } from "./secrets.ts";
import { loadMessageKey, type LoadedKey } from "../messages/crypto.ts";
import { purge } from "./purge.ts";
import { draftsFromEnv, type DraftStore } from "../content/drafts.ts";
import { purgeProposals } from "../activities/proposals.ts";

export interface Services {
  env: ServerEnv;
  db: Db;
  mailer: Mailer;
  altcha: AltchaOptions;
  keys: { formToken: string; client: string; bookingSecret: string };
  /** AES-256-GCM key for messages at rest, and where it came from. */
  messageKey: LoadedKey;
  /** Drafts in the content store (proposals); none with Sanity but no write token. */
  drafts: DraftStore | undefined;
  /** Jobs that run every minute (reminders); registered by the parts that need them. */
  minutely: Set<(now: Date) => Promise<unknown>>;
  timers: NodeJS.Timeout[];
  close(): Promise<void>;
}

const KEY = Symbol.for("nara.services");
interface Holder {
  [KEY]?: Promise<Services>;
}

export function services(): Promise<Services> {
  const holder = globalThis as Holder;
  const opened = holder[KEY] ?? open(serverEnv());
  holder[KEY] = opened;
  return opened;
}

async function openDb(env: ServerEnv): Promise<Db> {
  if (env.DATABASE_URL) return openPostgres(env.DATABASE_URL, env.DATABASE_POOL_MAX);
  if (env.DATA_DIR === "memory://") return openPglite("memory://");
  mkdirSync(`${env.DATA_DIR}/pglite`, { recursive: true, mode: 0o700 });
  return openPglite(`${env.DATA_DIR}/pglite`);
}

async function open(env: ServerEnv): Promise<Services> {
  const db = await openDb(env);
  const applied = await migrate(db);
  if (applied.length > 0) console.log(`Database: applied ${applied.join(", ")}`);
  const master = await masterSecret(db, env.SERVER_SECRET);
  const mailer = env.SMTP_URL ? await smtpMailer(env.SMTP_URL, env.MAIL_FROM) : outboxMailer(db);
  if (!env.MESSAGE_KEY && env.DATA_DIR !== "memory://") mkdirSync(env.DATA_DIR, { recursive: true, mode: 0o700 });
  const messageKey = loadMessageKey(env.MESSAGE_KEY, env.DATA_DIR);
  const minutely = new Set<(now: Date) => Promise<unknown>>();
  const timers: NodeJS.Timeout[] = [];

  return {
    env,
    db,
    mailer,
    altcha: {
      signatureKey: deriveKey(master, "altcha"),
      keySignatureKey: deriveKey(master, "altcha-key"),
      cost: env.ALTCHA_COST,
      counterMax: env.ALTCHA_COUNTER_MAX,
      expiresSeconds: env.ALTCHA_EXPIRES_SECONDS,
    },
    keys: { formToken: deriveKey(master, "form-token"), client: deriveKey(master, "client"), bookingSecret: deriveKey(master, "booking-secret") },
    messageKey,
    drafts: draftsFromEnv(env),
    minutely,
    timers,
    async close() {
      for (const timer of timers) clearInterval(timer);
      mailer.close();
      await db.close();
    },
  };
}

/** The server's upkeep: the purge now and every hour, the minutely jobs. Not for one-off scripts. */
export async function startMaintenance(s: Services): Promise<void> {
  const runPurge = () =>
    Promise.all([purge(s.db, new Date(), s.env.AUDIT_RETENTION_DAYS), s.drafts && purgeProposals(s.drafts, new Date(), s.env.PROPOSAL_RETENTION_DAYS)]).catch((error: unknown) => {
      console.error("Purge failed:", error instanceof Error ? error.message : error);
    });
  await runPurge();
  const runJobs = () => {
    for (const job of s.minutely) {
      job(new Date()).catch((error: unknown) => {
        console.error("Scheduled job failed:", error instanceof Error ? error.message : error);
      });
    }
  };
  runJobs();
  s.timers.push(setInterval(() => void runPurge(), 3_600_000), setInterval(runJobs, 60_000));
  for (const timer of s.timers) timer.unref();
}

/** Where the message key came from, for the start-up line. */
export function describeMessageKey(s: Services): string {
  const { source, path } = s.messageKey;
  if (source === "MESSAGE_KEY") return "from MESSAGE_KEY";
  if (source === "memory") return "made for this process only (DATA_DIR=memory://): messages will not open after a restart";
  const where = `${path ?? ""}${source === "file-created" ? ", created now with owner-only permissions" : ""}`;
  return s.env.DATABASE_URL ? `${where} — set MESSAGE_KEY when several instances share the database` : where;
}

/** Where the database is, for the start-up line. */
export function describeDatabase(env: ServerEnv): string {
  if (env.DATABASE_URL) return `PostgreSQL ${new URL(env.DATABASE_URL).host}`;
  return env.DATA_DIR === "memory://" ? "PGlite in memory" : `PGlite in ${env.DATA_DIR}/pglite`;
}
