/**
 * The composition root: the one place where Nära's parts are wired together. It reads the
 * configuration, opens the database (PGlite in DATA_DIR, or PostgreSQL with DATABASE_URL) with
 * its migrations applied, derives the keys, and makes the mailer, the content store, the clock,
 * the guard and each domain's service from a factory that names only what that domain uses.
 *
 * Only the middleware (which puts the app on `Astro.locals`) and the scripts import this;
 * nothing under `src/lib` does (a unit test keeps that rule).
 */
import { mkdirSync } from "node:fs";
import { createProposals } from "../lib/activities/proposals.ts";
import { createBooking } from "../lib/booking/service.ts";
import { clockNow, serverEnv, type ServerEnv } from "../lib/config.ts";
import { draftsFromEnv, type DraftStore } from "../lib/content/drafts.ts";
import { createContentStore, type ContentStore } from "../lib/content/load.ts";
import { sourceFromEnv, type ContentSource } from "../lib/content/sources.ts";
import { migrate, migrationIds, openPglite, openPostgres, type Db } from "../lib/db/index.ts";
import { listenPostgres } from "../lib/db/notify.ts";
import { countFailures, outboxMailer, smtpMailer, type Mailer } from "../lib/mail/index.ts";
import { createMessages } from "../lib/messages/service.ts";
import { createTranslations } from "../lib/translations/service.ts";
import { createFollowup } from "../lib/followup/service.ts";
import { createNightWalks } from "../lib/nightwalks/service.ts";
import { createRecruitment } from "../lib/recruitment/service.ts";
import { decrypt, encrypt, loadMessageKey, type LoadedKey } from "../lib/security/crypto.ts";
import { createMailQueue } from "../lib/server/mail-queue.ts";
import { resealAll, sealedStatus } from "../lib/server/reseal.ts";
import { createGuard } from "../lib/security/guards.ts";
import { clientAddress, clientKey } from "../lib/security/rate-limit.ts";
import { createClientKeys } from "../lib/security/client-keys.ts";
import { deriveKey, masterSecret } from "../lib/security/secrets.ts";
import { createUpkeep } from "../lib/server/upkeep.ts";
import { createLog, type Log } from "../lib/server/log.ts";
import { createMetrics } from "../lib/server/metrics.ts";
import { createStaff } from "../lib/staff/service.ts";

/** Parts a test or a tool may hand in instead of the ones the configuration names. */
export interface AppParts {
  db?: Db;
  content?: ContentSource;
  drafts?: DraftStore | undefined;
  mailer?: Mailer;
  /** The domain's clock (NARA_NOW, or the real one); limits and proofs always use the real clock. */
  clock?: () => Date;
}

export type App = Awaited<ReturnType<typeof createApp>>;

async function openDb(env: ServerEnv, log: Log): Promise<Db> {
  if (env.DATABASE_URL) return openPostgres(env.DATABASE_URL, env.DATABASE_POOL_MAX, (line) => {
    log.warn(line);
  });
  if (env.DATA_DIR === "memory://") return openPglite("memory://");
  mkdirSync(`${env.DATA_DIR}/pglite`, { recursive: true, mode: 0o700 });
  return openPglite(`${env.DATA_DIR}/pglite`);
}

/** Builds the app for a configuration; `parts` replace what the configuration would open. */
export async function createApp(env: ServerEnv, parts: AppParts = {}) {
  // Content first: a broken dataset stops the start before the database is opened.
  const content: ContentStore = createContentStore(parts.content ?? sourceFromEnv(env));
  const log = createLog(env.LOG_LEVEL);
  const db = parts.db ?? (await openDb(env, log));
  const applied = await migrate(db);
  if (applied.length > 0) log.info(`Database: applied ${applied.join(", ")}`);
  // Several instances on one PostgreSQL: a content change told to one (a webhook, an approval) is
  // passed to all over LISTEN/NOTIFY, and each reads afresh within a second.
  const notices = env.DATABASE_URL
    ? await listenPostgres(
        env.DATABASE_URL,
        "nara_content",
        () => {
          content.refresh();
        },
        (line) => {
          log.warn(line);
        },
      )
    : undefined;
  content.onChanged(() => {
    notices?.notify("changed").catch((error: unknown) => {
      log.warn(`Content notices: the other instances could not be told (${error instanceof Error ? error.message : String(error)})`);
    });
  });
  const master = await masterSecret(db, env.SERVER_SECRET);
  const keys = { formToken: deriveKey(master, "form-token"), bookingSecret: deriveKey(master, "booking-secret"), idempotency: deriveKey(master, "idempotency"), bookingStep: deriveKey(master, "booking-step") };
  if (!env.MESSAGE_KEY && env.DATA_DIR !== "memory://") mkdirSync(env.DATA_DIR, { recursive: true, mode: 0o700 });
  const messageKey: LoadedKey = loadMessageKey(env.MESSAGE_KEY, env.DATA_DIR, env.MESSAGE_KEYS_OLD);
  const metrics = createMetrics({
    outbox: async () => Number((await db.query<{ n: string | number }>("SELECT count(*) AS n FROM mail_outbox"))[0]?.n ?? 0),
    mailWaiting: () => mailQueue.waiting(),
    pool: db.pool,
    contentVersion: () => content.source.version(),
  });
  // Mail: SMTP (or the outbox table), failures counted, and a send that fails kept and tried again.
  const mailQueue = createMailQueue(
    countFailures(parts.mailer ?? (env.SMTP_URL ? await smtpMailer(env.SMTP_URL, env.MAIL_FROM) : outboxMailer(db, (line) => { log.info(line); })), () => {
      metrics.mailFailed();
    }),
    {
      db,
      seal: (plain, id) => encrypt(messageKey.key, plain, `mail:${id}`),
      open: (sealed, id) => decrypt(messageKey.key, sealed, `mail:${id}`),
      clock: () => clock(),
      log: (line) => {
        log.warn(line);
      },
      options: { retryHours: env.MAIL_RETRY_HOURS },
    },
  );
  const mailer = mailQueue.mailer;
  const drafts = "drafts" in parts ? parts.drafts : draftsFromEnv(env);
  const clock = parts.clock ?? (() => clockNow(env));

  const clientKeys = createClientKeys(db, env.RATE_LIMIT_WINDOW_SECONDS);
  const guard = createGuard({
    db,
    options: {
      limits: {
        bookings: env.RATE_LIMIT_BOOKINGS,
        manage: env.RATE_LIMIT_MANAGE,
        signIn: env.RATE_LIMIT_SIGN_IN,
        messages: env.RATE_LIMIT_MESSAGES,
        proposals: env.RATE_LIMIT_PROPOSALS,
        receipts: env.RATE_LIMIT_RECEIPTS,
        nightWalks: env.RATE_LIMIT_NIGHTWALKS,
        recruitment: env.RATE_LIMIT_RECRUITMENT,
      },
      windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
      altcha: {
        signatureKey: deriveKey(master, "altcha"),
        keySignatureKey: deriveKey(master, "altcha-key"),
        cost: env.ALTCHA_COST,
        counterMax: env.ALTCHA_COUNTER_MAX,
        expiresSeconds: env.ALTCHA_EXPIRES_SECONDS,
      },
      formTokenKey: keys.formToken,
      formMinSeconds: env.FORM_MIN_SECONDS,
    },
  });
  const booking = createBooking({
    db,
    content,
    guard,
    mailer,
    keys: { bookingSecret: keys.bookingSecret, idempotency: keys.idempotency, step: keys.bookingStep },
    created: () => {
      metrics.created("booking");
    },
    options: { retentionDays: env.BOOKING_RETENTION_DAYS, reminderHoursBefore: env.REMINDER_HOURS_BEFORE, icsTitle: env.BOOKING_ICS_TITLE, siteUrl: env.PUBLIC_SITE_URL },
  });
  const messages = createMessages({ db, content, guard, mailer, key: messageKey.key, receiptPageKey: deriveKey(master, "contact-receipt"), created: () => { metrics.created("message"); }, options: { retentionDays: env.MESSAGE_RETENTION_DAYS, siteUrl: env.PUBLIC_SITE_URL } });
  const nightWalks = createNightWalks({ db, content, guard, mailer, key: messageKey.key, options: { retentionDays: env.NIGHTWALK_RETENTION_DAYS, reportNotesDays: env.NIGHTWALK_REPORT_NOTES_DAYS, siteUrl: env.PUBLIC_SITE_URL } });
  const recruitment = createRecruitment({
    db,
    content,
    guard,
    mailer,
    key: messageKey.key,
    options: { retentionDays: env.RECRUITMENT_RETENTION_DAYS, responseDays: env.RECRUITMENT_RESPONSE_DAYS, siteUrl: env.PUBLIC_SITE_URL },
  });
  const followup = createFollowup({ db, content, offered: (date) => booking.offered(date), options: { minCell: env.FOLLOWUP_MIN_CELL } });
  const proposals = createProposals({ drafts, content, guard, mailer, received: (areaId, now) => followup.countEvent("proposals.received", areaId, now), options: { retentionDays: env.PROPOSAL_RETENTION_DAYS } });
  const translations = createTranslations({ content, drafts });
  const staff = createStaff({ db, guard, booking, messages, proposals, nightWalks, recruitment, followup, translations, options: { sessionHours: env.STAFF_SESSION_HOURS, oidc: env } });
  const upkeep = createUpkeep({
    db,
    auditRetentionDays: env.AUDIT_RETENTION_DAYS,
    nightWalkRetentionDays: env.NIGHTWALK_RETENTION_DAYS,
    proposals,
    booking,
    nightWalks,
    recruitment,
    followup,
    log: (line) => { log.error(line); },
    mail: mailQueue,
    // With older keys configured, what they sealed moves to the current key a little at a time.
    reseal: messageKey.key.keys.size > 1 ? (now) => resealAll(db, messageKey.key, 500).then(() => now) : undefined,
    purged: (counts) => { metrics.purged(counts); },
  });
  let stopUpkeep: (() => void) | undefined;

  return {
    env,
    db,
    content,
    clock,
    log,
    metrics,
    mailer,
    guard,
    booking,
    messages,
    nightWalks,
    recruitment,
    followup,
    proposals,
    staff,
    upkeep,
    /**
     * How rate limits know a client now: an HMAC of its address with this period's key (deleted
     * when the period ends), never the address.
     */
    async clientKeyer(): Promise<(socketAddress: string, forwardedFor: string | null) => string> {
      const key = await clientKeys.current();
      return (socketAddress, forwardedFor) => clientKey(key, clientAddress(socketAddress, forwardedFor, env.TRUST_PROXY));
    },
    /** Whether the database answers (the health check). */
    async healthy(): Promise<boolean> {
      try {
        await db.query("SELECT 1 AS ok WHERE $1::int = 1", [1]);
        return true;
      } catch {
        return false;
      }
    },
    /** Sealed values: how many are sealed with the current key and how many with older ones. */
    sealedStatus: () => sealedStatus(db, messageKey.key),
    /** Moves every value sealed with an older key to the current one; the counts by table. */
    reseal: () => resealAll(db, messageKey.key),
    /**
     * Whether this instance can serve (the readiness check): the database answers, every
     * migration this release has is applied, and the content can be read.
     */
    async readiness(): Promise<{ ready: boolean; checks: Record<"database" | "migrations" | "content", boolean> }> {
      const checks = { database: false, migrations: false, content: false };
      try {
        const rows = await db.query<{ id: string }>("SELECT id FROM schema_migrations");
        checks.database = true;
        const applied = new Set(rows.map((r) => r.id));
        checks.migrations = migrationIds().every((id) => applied.has(id));
      } catch {
        // Unreachable: both stay false.
      }
      try {
        await content.loadQuery("settings");
        checks.content = true;
      } catch {
        // Unreadable content: stays false.
      }
      return { ready: checks.database && checks.migrations && checks.content, checks };
    },
    /** The server's upkeep: the purge now and hourly, the minutely jobs. Not for one-off scripts. */
    async startUpkeep(): Promise<void> {
      stopUpkeep ??= await upkeep.start();
    },
    describe: {
      database: () => describeDatabase(env),
      messageKey: () => describeMessageKey(messageKey, env),
      mail: () => (mailer.kind === "smtp" ? "SMTP" : "outbox table (no SMTP_URL)"),
      content: () => (content.source.kind === "local" ? `embedded dataset ${env.CONTENT_DATASET}` : "Sanity"),
    },
    async close(): Promise<void> {
      stopUpkeep?.();
      metrics.close();
      await notices?.close();
      mailer.close();
      await db.close();
    },
  };
}

const KEY = Symbol.for("nara.app");
interface Holder {
  [KEY]?: Promise<App>;
}

/**
 * The process's app, made on first use from `process.env`. Kept on globalThis, so that the
 * server script and the built pages (a separate bundle of the same modules) share one.
 */
export function processApp(): Promise<App> {
  const holder = globalThis as Holder;
  const made = holder[KEY] ?? createApp(serverEnv());
  holder[KEY] = made;
  return made;
}

/** Where the message key came from, for the start-up line. */
function describeMessageKey({ source, path, key }: LoadedKey, env: ServerEnv): string {
  const ids = `key id ${key.currentId}${key.keys.size > 1 ? `, and ${String(key.keys.size - 1)} older key(s) that only open` : ""}`;
  if (source === "MESSAGE_KEY") return `from MESSAGE_KEY (${ids})`;
  if (source === "memory") return "made for this process only (DATA_DIR=memory://): messages will not open after a restart";
  const where = `${path ?? ""} (${ids})${source === "file-created" ? ", created now with owner-only permissions" : ""}`;
  return env.DATABASE_URL ? `${where} — set MESSAGE_KEY when several instances share the database` : where;
}

/** Where the database is, for the start-up line. */
function describeDatabase(env: ServerEnv): string {
  if (env.DATABASE_URL) return `PostgreSQL ${new URL(env.DATABASE_URL).host}`;
  return env.DATA_DIR === "memory://" ? "PGlite in memory" : `PGlite in ${env.DATA_DIR}/pglite`;
}
