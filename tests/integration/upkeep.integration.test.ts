/**
 * The one upkeep (src/lib/server/upkeep.ts), run as a person runs it: `npm run purge` (the
 * script, as its own process) on a database holding an expired and an unexpired row in every
 * table with a retention (night walkers and their sign-ups too), and a drafts file with an old and a new proposal. Everything past its
 * time goes — the proposers' contact details too — and nothing else.
 */
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrate, openPglite, openPostgres, type Db } from "../../src/lib/db/index.ts";
import { freshPostgresUrl, POSTGRES_URL } from "../support/db.ts";

const DAY = 86_400_000;
const now = Date.now();
const past = (days: number) => new Date(now - days * DAY);
const future = (days: number) => new Date(now + days * DAY);

/** One row past its time and one within it (`keep`), in every table with a retention. */
async function fill(db: Db): Promise<void> {
  const user = randomUUID();
  await db.query("INSERT INTO staff_users (id, username, display_name, roles) VALUES ($1, 'upkeep', 'Upkeep', '{}')", [user]);
  const bookings = { old: randomUUID(), keep: randomUUID(), keepToo: randomUUID() };
  for (const [name, id] of Object.entries(bookings)) {
    await db.query(
      // One with a plain idempotency key, as an instance of an earlier release writes it during a rolling upgrade.
      "INSERT INTO bookings (id, code, secret_hash, clinic_id, visit_type, slot_keys, starts_at, ends_at, purge_after, idempotency_key) VALUES ($1, $2, 'h', 'clinic', 'visit', '{}', $3, $3, $4, $5)",
      [id, `code-${name}`, past(40), name === "old" ? past(10) : future(10), name === "keep" ? "key-keep" : null],
    );
  }
  // Reminders of kept bookings: one past its time, one not (a reminder never outlives its booking anyway).
  await db.query("INSERT INTO booking_reminders (booking_id, email, send_at, delete_after) VALUES ($1, 'a@example.se', $2, $2)", [bookings.keep, past(2)]);
  await db.query("INSERT INTO booking_reminders (booking_id, email, send_at, delete_after) VALUES ($1, 'b@example.se', $2, $3)", [bookings.keepToo, future(1), future(2)]);
  await db.query("INSERT INTO slot_seats (clinic_id, slot_key, capacity, taken) VALUES ('clinic', $1, 2, 1), ('clinic', $2, 2, 1)", [
    past(3).toISOString().slice(0, 16),
    future(3).toISOString().slice(0, 16),
  ]);
  await db.query("INSERT INTO used_tokens (id, expires_at) VALUES ('old', $1), ('keep', $2)", [past(1), future(1)]);
  await db.query("INSERT INTO rate_limits (bucket, client, window_start, hits, expires_at) VALUES ('b', 'old', $1, 1, $1), ('b', 'keep', $2, 1, $3)", [past(1), past(0), future(1)]);
  await db.query("INSERT INTO client_keys (period, value, delete_after) VALUES (1, 'old', $1), (2, 'keep', $2)", [past(1), future(1)]);
  await db.query("INSERT INTO mail_outbox (to_address, subject, body, delete_after) VALUES ('x@example.se', 'old', 'b', $1), ('y@example.se', 'keep', 'b', $2)", [past(1), future(1)]);
  await db.query(
    "INSERT INTO mail_queue (id, mail_sealed, attempts, next_attempt_at, give_up_at, created_at) VALUES ('00000000-0000-4000-8000-00000000000a', 'old', 3, $1, $1, $1), ('00000000-0000-4000-8000-00000000000b', 'keep', 1, $2, $2, $1)",
    [past(1), future(1)],
  );
  await db.query("INSERT INTO staff_sessions (id_hash, user_id, csrf_token, expires_at) VALUES ('old', $1, 'c', $2), ('keep', $1, 'c', $3)", [user, past(1), future(1)]);
  await db.query("INSERT INTO staff_oidc_logins (id_hash, state, nonce, code_verifier, expires_at) VALUES ('old', 's', 'n', 'v', $1), ('keep', 's', 'n', 'v', $2)", [past(1), future(1)]);
  for (const [name, purgeAfter] of [["old", past(1)], ["keep", future(1)]] as const) {
    const id = randomUUID();
    await db.query(
      "INSERT INTO message_threads (id, receipt_hash, unit_id, topic, answer_locale, contact_mode, last_activity_at, purge_after) VALUES ($1, $2, 'office', 'other', 'sv', 'code', $3, $4)",
      [id, `receipt-${name}`, past(100), purgeAfter],
    );
    await db.query("INSERT INTO thread_messages (id, thread_id, author, body_sealed, created_at) VALUES ($1, $2, 'resident', 'v1.x', $3)", [randomUUID(), id, past(100)]);
  }
  for (const [name, purgeAfter] of [["old", past(1)], ["keep", future(1)]] as const) {
    const id = randomUUID();
    await db.query("INSERT INTO night_walkers (id, code, secret_hash, kind, contact_sealed, locale, purge_after) VALUES ($1, $2, 'h', 'adult', 'v1.x', 'sv', $3)", [id, `walker-${name}`, purgeAfter]);
    const signUp = randomUUID();
    await db.query("INSERT INTO night_walk_signups (id, walker_id, series_id, walk_date, walk_key, name_sealed, status) VALUES ($1, $2, 's', '2026-01-01', 's:2026-01-01', 'v1.x', 'walker')", [signUp, id]);
    // A leader's report link past its week and one within it, both of the walker who stays.
    if (name === "keep") {
      await db.query("INSERT INTO night_walk_report_links (walk_key, signup_id, secret_hash, expires_at) VALUES ('r:old', $1, 'link-old', $2), ('r:keep', $1, 'link-keep', $3)", [signUp, past(1), future(1)]);
    }
  }
  await db.query("INSERT INTO night_walk_places (walk_key, capacity, taken) VALUES ($1, 4, 1), ($2, 4, 1)", [`s:${past(3).toISOString().slice(0, 10)}`, `s:${future(3).toISOString().slice(0, 10)}`]);
  // Reports: a free text past its time and one within it; a walk-in's name from long ago and a recent one.
  for (const [name, days, notesUntil] of [["old", 200, past(1)], ["keep", 10, future(1)]] as const) {
    const walk = `s:${past(days).toISOString().slice(0, 10)}`;
    await db.query("INSERT INTO night_walk_nights (walk_key, series_id, walk_date, reported_at, notes_sealed, notes_purge_after, walkers_present) VALUES ($1, 's', $2, $3, $4, $5, 3)", [
      walk,
      walk.slice(2),
      past(days),
      `notes-${name}`,
      notesUntil,
    ]);
    await db.query("INSERT INTO night_walk_attendance (id, walk_key, name_sealed) VALUES ($1, $2, $3)", [randomUUID(), walk, `walk-in-${name}`]);
  }
  // Information evenings: a booking a month past its evening and one still to come; the count of an evening nobody holds a seat at any more.
  for (const [name, purgeAfter] of [["old", past(1)], ["keep", future(1)]] as const) {
    await db.query("INSERT INTO info_evening_bookings (id, evening_id, evening_date, code, secret_hash, persons, contact_sealed, locale, purge_after) VALUES ($1, $2, '2026-01-01', $3, 'h', 1, 'v1.x', 'sv', $4)", [
      randomUUID(),
      `evening-${name}`,
      `seat-${name}`,
      purgeAfter,
    ]);
    await db.query("INSERT INTO info_evening_seats (evening_id, capacity, taken) VALUES ($1, 10, 1)", [`evening-${name}`]);
  }
  // Interests: one past its time (with a note and its history), one within it.
  for (const [name, purgeAfter] of [["old", past(1)], ["keep", future(1)]] as const) {
    const id = randomUUID();
    await db.query(
      "INSERT INTO recruitment_interests (id, receipt_hash, status, closed_reason, roles, details_sealed, locale, promised_by, closed_at, purge_after) VALUES ($1, $2, 'closed', 'withdrawn', '{familyHome}', 'v1.x', 'sv', '2026-01-01', $3, $4)",
      [id, `interest-${name}`, past(2), purgeAfter],
    );
    await db.query("INSERT INTO recruitment_notes (id, interest_id, author, body_sealed) VALUES ($1, $2, 'rekryterare', 'v1.x')", [randomUUID(), id]);
    await db.query("INSERT INTO recruitment_history (interest_id, status, by_user) VALUES ($1, 'received', 'resident')", [id]);
  }
  await db.query("INSERT INTO recruitment_summaries (day, sent_at) VALUES ('2025-01-01', $1), ('2026-01-01', $2)", [past(500), past(1)]);
  await db.query("INSERT INTO audit_log (at, user_id, username, action) VALUES ($1, $2, 'upkeep', 'messages.read'), ($3, $2, 'upkeep', 'messages.read')", [past(400), user, past(300)]);
}

const COUNTS = {
  bookings: "SELECT code AS v FROM bookings ORDER BY code",
  oldIdempotencyKeys: "SELECT idempotency_key AS v FROM bookings WHERE idempotency_key IS NOT NULL",
  reminders: "SELECT email AS v FROM booking_reminders",
  seats: "SELECT count(*)::int AS v FROM slot_seats",
  tokens: "SELECT id AS v FROM used_tokens",
  rateLimits: "SELECT client AS v FROM rate_limits",
  clientKeys: "SELECT value AS v FROM client_keys",
  outbox: "SELECT subject AS v FROM mail_outbox",
  mailQueue: "SELECT mail_sealed AS v FROM mail_queue",
  sessions: "SELECT id_hash AS v FROM staff_sessions",
  signIns: "SELECT id_hash AS v FROM staff_oidc_logins",
  threads: "SELECT receipt_hash AS v FROM message_threads",
  nightWalkers: "SELECT code AS v FROM night_walkers",
  nightWalkSignUps: "SELECT count(*)::int AS v FROM night_walk_signups",
  nightWalkPlaces: "SELECT count(*)::int AS v FROM night_walk_places",
  reportLinks: "SELECT secret_hash AS v FROM night_walk_report_links ORDER BY secret_hash",
  reportNotes: "SELECT notes_sealed AS v FROM night_walk_nights WHERE notes_sealed IS NOT NULL",
  reports: "SELECT walkers_present AS v FROM night_walk_nights",
  walkIns: "SELECT name_sealed AS v FROM night_walk_attendance WHERE name_sealed IS NOT NULL",
  messages: "SELECT count(*)::int AS v FROM thread_messages",
  eveningSeats: "SELECT code AS v FROM info_evening_bookings ORDER BY code",
  eveningCounts: "SELECT evening_id AS v FROM info_evening_seats ORDER BY evening_id",
  interests: "SELECT receipt_hash AS v FROM recruitment_interests ORDER BY receipt_hash",
  interestNotes: "SELECT count(*)::int AS v FROM recruitment_notes",
  interestHistory: "SELECT count(*)::int AS v FROM recruitment_history",
  summaries: "SELECT day AS v FROM recruitment_summaries ORDER BY day",
  audit: "SELECT count(*)::int AS v FROM audit_log",
};

async function remaining(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(COUNTS)) out[name] = (await db.query<{ v: unknown }>(sql)).map((r) => r.v);
  return out;
}

const proposal = (id: string, receivedAt: Date) =>
  JSON.stringify({ _id: `drafts.${id}`, _type: "activity", _createdAt: receivedAt.toISOString(), proposal: { association: "Förening", contactName: "Namn", contactEmail: `${id}@example.se`, locale: "sv", receivedAt: receivedAt.toISOString() } });

interface Engine {
  env: Record<string, string>;
  open: () => Promise<Db>;
}

const dirs: string[] = [];
const engines: [string, () => Promise<Engine>][] = [
  [
    "PGlite",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "nara-upkeep-db-"));
      dirs.push(dir);
      return Promise.resolve({ env: { DATA_DIR: dir }, open: () => openPglite(join(dir, "pglite")) });
    },
  ],
];
if (POSTGRES_URL) {
  engines.push([
    "PostgreSQL",
    async () => {
      const url = await freshPostgresUrl("nara_test_upkeep");
      return { env: { DATABASE_URL: url, MESSAGE_KEY: "0".repeat(64) }, open: () => openPostgres(url, 2) };
    },
  ]);
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe.each(engines)("npm run purge on %s", (_, make) => {
  it("removes what is past its retention in every table and the drafts, and nothing else", async () => {
    const engine = await make();
    const content = mkdtempSync(join(tmpdir(), "nara-upkeep-content-"));
    dirs.push(content);
    copyFileSync("sanity/seed/dataset.ndjson", join(content, "dataset.ndjson"));
    writeFileSync(join(content, "drafts.ndjson"), `${proposal("old-proposal", past(31))}\n${proposal("new-proposal", past(29))}\n`);

    const db = await engine.open();
    await migrate(db);
    await fill(db);
    const before = await remaining(db);
    await db.close();

    const run = spawnSync(process.execPath, ["scripts/purge.ts"], {
      env: { ...process.env, ...engine.env, CONTENT_DATASET: join(content, "dataset.ndjson"), ASTRO_TELEMETRY_DISABLED: "1" },
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Purged \(.+\): bookings 1, oldIdempotencyKeys 1, reminders 1, seats 1, tokens 1, rateLimits 1, clientKeys 1, outbox 1, mailQueue 1, sessions 1, signIns 1, threads 1, nightWalkers 1, nightWalkPlaces 1, walkIns 1, reportLinks 1, eveningSeats 1, eveningCounts 1, interests 1, summaries 1, nightWalkNotes 1, audit 1, proposals 1/);

    const after = await (async () => {
      const reopened = await engine.open();
      try {
        return await remaining(reopened);
      } finally {
        await reopened.close();
      }
    })();
    expect(before).toEqual({
      bookings: ["code-keep", "code-keepToo", "code-old"],
      oldIdempotencyKeys: ["key-keep"],
      reminders: ["a@example.se", "b@example.se"],
      seats: [2],
      tokens: ["old", "keep"],
      rateLimits: ["old", "keep"],
      clientKeys: ["old", "keep"],
      outbox: ["old", "keep"],
      mailQueue: ["old", "keep"],
      sessions: ["old", "keep"],
      signIns: ["old", "keep"],
      threads: ["receipt-old", "receipt-keep"],
      nightWalkers: ["walker-old", "walker-keep"],
      nightWalkSignUps: [2],
      nightWalkPlaces: [2],
      reportLinks: ["link-keep", "link-old"],
      reportNotes: ["notes-old", "notes-keep"],
      reports: [3, 3],
      walkIns: ["walk-in-old", "walk-in-keep"],
      messages: [2],
      eveningSeats: ["seat-keep", "seat-old"],
      eveningCounts: ["evening-keep", "evening-old"],
      interests: ["interest-keep", "interest-old"],
      interestNotes: [2],
      interestHistory: [2],
      summaries: ["2025-01-01", "2026-01-01"],
      audit: [2],
    });
    expect(after).toEqual({
      bookings: ["code-keep", "code-keepToo"],
      oldIdempotencyKeys: [],
      reminders: ["b@example.se"],
      seats: [1],
      tokens: ["keep"],
      rateLimits: ["keep"],
      clientKeys: ["keep"],
      outbox: ["keep"],
      mailQueue: ["keep"],
      sessions: ["keep"],
      signIns: ["keep"],
      threads: ["receipt-keep"],
      nightWalkers: ["walker-keep"],
      nightWalkSignUps: [1],
      nightWalkPlaces: [1],
      reportLinks: ["link-keep"],
      reportNotes: ["notes-keep"],
      reports: [3, 3],
      walkIns: ["walk-in-keep"],
      messages: [1],
      eveningSeats: ["seat-keep"],
      eveningCounts: ["evening-keep"],
      interests: ["interest-keep"],
      interestNotes: [1],
      interestHistory: [1],
      summaries: ["2026-01-01"],
      audit: [1],
    });
    const drafts = readFileSync(join(content, "drafts.ndjson"), "utf8");
    expect(drafts).toContain("new-proposal@example.se");
    expect(drafts).not.toContain("old-proposal@example.se");
  }, 120_000);
});
