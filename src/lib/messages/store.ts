/**
 * Threads and their messages in the database. Everything a person wrote is sealed before it is
 * stored and opened only here; callers see plain values. Statuses: `new` (nobody has answered),
 * `answered` (staff wrote last), `waiting` (the writer followed up), `handled` (closed by staff;
 * a follow-up opens it again).
 */
import { randomUUID } from "node:crypto";
import type { Db, Queryable } from "../db/index.ts";
import { decrypt, encrypt, type SealingKey } from "../security/crypto.ts";
import { hashReceipt, newReceipt } from "../security/receipts.ts";

export type ContactMode = "code" | "phone" | "email";
export type ThreadStatus = "new" | "answered" | "waiting" | "handled";

export interface Contact {
  name?: string | undefined;
  phone?: string | undefined;
  callTimes?: string | undefined;
  email?: string | undefined;
}

export interface NewThread {
  unitId: string;
  topic: string;
  answerLocale: string;
  body: string;
  contactMode: ContactMode;
  contact: Contact;
}

export interface ThreadMessage {
  id: string;
  author: "resident" | "staff";
  body: string;
  createdAt: Date;
}

export interface Thread {
  id: string;
  unitId: string;
  topic: string;
  answerLocale: string;
  contactMode: ContactMode;
  contact: Contact;
  status: ThreadStatus;
  createdAt: Date;
  lastActivityAt: Date;
  purgeAfter: Date;
  messages: ThreadMessage[];
}

export interface MessageOptions {
  key: SealingKey;
  now: Date;
  /** Days without activity after which the thread is deleted. */
  retentionDays: number;
}

interface ThreadRow {
  id: string;
  unit_id: string;
  topic: string;
  answer_locale: string;
  contact_mode: ContactMode;
  contact_sealed: string | null;
  status: ThreadStatus;
  created_at: Date | string;
  last_activity_at: Date | string;
  purge_after: Date | string;
}

const purgeAfter = (options: MessageOptions) => new Date(options.now.getTime() + options.retentionDays * 86_400_000);
const hasContact = (c: Contact) => Object.values(c).some((v) => v !== undefined && v !== "");

async function addMessage(db: Queryable, threadId: string, author: "resident" | "staff", body: string, staffUserId: string | null, options: MessageOptions): Promise<void> {
  await db.query("INSERT INTO thread_messages (id, thread_id, author, staff_user_id, body_sealed, created_at) VALUES ($1, $2, $3, $4, $5, $6)", [
    randomUUID(),
    threadId,
    author,
    staffUserId,
    encrypt(options.key, body, threadId),
    options.now,
  ]);
}

/** A new thread with its first message; the receipt code is returned once and kept only as a hash. */
export async function createThread(db: Db, input: NewThread, options: MessageOptions): Promise<{ id: string; receipt: string }> {
  const id = randomUUID();
  const receipt = newReceipt();
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO message_threads (id, receipt_hash, unit_id, topic, answer_locale, contact_mode, contact_sealed, last_activity_at, purge_after, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $8)`,
      [id, hashReceipt(receipt), input.unitId, input.topic, input.answerLocale, input.contactMode, hasContact(input.contact) ? encrypt(options.key, JSON.stringify(input.contact), id) : null, options.now, purgeAfter(options)],
    );
    await addMessage(tx, id, "resident", input.body, null, options);
  });
  return { id, receipt };
}

async function readThread(db: Queryable, row: ThreadRow, key: SealingKey): Promise<Thread> {
  const messages = await db.query<{ id: string; author: "resident" | "staff"; body_sealed: string; created_at: Date | string }>(
    "SELECT id, author, body_sealed, created_at FROM thread_messages WHERE thread_id = $1 ORDER BY created_at, seq",
    [row.id],
  );
  return {
    id: row.id,
    unitId: row.unit_id,
    topic: row.topic,
    answerLocale: row.answer_locale,
    contactMode: row.contact_mode,
    contact: row.contact_sealed ? (JSON.parse(decrypt(key, row.contact_sealed, row.id)) as Contact) : {},
    status: row.status,
    createdAt: new Date(row.created_at),
    lastActivityAt: new Date(row.last_activity_at),
    purgeAfter: new Date(row.purge_after),
    messages: messages.map((m) => ({ id: m.id, author: m.author, body: decrypt(key, m.body_sealed, row.id), createdAt: new Date(m.created_at) })),
  };
}

/** The thread a receipt code opens, if it has not expired. */
export async function threadByReceipt(db: Queryable, receipt: string, options: Pick<MessageOptions, "key" | "now">): Promise<Thread | undefined> {
  const row = (await db.query<ThreadRow>("SELECT * FROM message_threads WHERE receipt_hash = $1 AND purge_after > $2", [hashReceipt(receipt), options.now]))[0];
  return row ? readThread(db, row, options.key) : undefined;
}

export async function threadById(db: Queryable, id: string, options: Pick<MessageOptions, "key" | "now">): Promise<Thread | undefined> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
  const row = (await db.query<ThreadRow>("SELECT * FROM message_threads WHERE id = $1 AND purge_after > $2", [id, options.now]))[0];
  return row ? readThread(db, row, options.key) : undefined;
}

/** A follow-up from the writer, or a reply from staff; either keeps the thread alive for another retention period. */
export async function addToThread(db: Db, threadId: string, author: "resident" | "staff", body: string, staffUserId: string | null, options: MessageOptions): Promise<void> {
  const status: ThreadStatus = author === "staff" ? "answered" : "waiting";
  await db.transaction(async (tx) => {
    await addMessage(tx, threadId, author, body, staffUserId, options);
    await tx.query("UPDATE message_threads SET status = $2, last_activity_at = $3, purge_after = $4 WHERE id = $1", [threadId, status, options.now, purgeAfter(options)]);
  });
}

export async function markHandled(db: Queryable, threadId: string): Promise<boolean> {
  return (await db.query("UPDATE message_threads SET status = 'handled' WHERE id = $1 RETURNING 1", [threadId])).length === 1;
}

export async function transferThread(db: Queryable, threadId: string, unitId: string): Promise<boolean> {
  return (await db.query("UPDATE message_threads SET unit_id = $2 WHERE id = $1 RETURNING 1", [threadId, unitId])).length === 1;
}

export interface InboxEntry {
  id: string;
  unitId: string;
  topic: string;
  answerLocale: string;
  contactMode: ContactMode;
  status: ThreadStatus;
  createdAt: Date;
  lastActivityAt: Date;
}

/** The threads of some units (all units: `"*"`), newest activity first; no message text. */
export async function inbox(db: Queryable, units: string[] | "*", now: Date, limit = 200): Promise<InboxEntry[]> {
  if (units !== "*" && units.length === 0) return [];
  const rows = await db.query<ThreadRow>(
    units === "*"
      ? "SELECT * FROM message_threads WHERE purge_after > $1 ORDER BY last_activity_at DESC LIMIT $2"
      : "SELECT * FROM message_threads WHERE purge_after > $1 AND unit_id = ANY($3::text[]) ORDER BY last_activity_at DESC LIMIT $2",
    units === "*" ? [now, limit] : [now, limit, units],
  );
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    topic: r.topic,
    answerLocale: r.answer_locale,
    contactMode: r.contact_mode,
    status: r.status,
    createdAt: new Date(r.created_at),
    lastActivityAt: new Date(r.last_activity_at),
  }));
}

/** How many threads of some units wait for staff (`new` or `waiting`): for the staff overview, without reading any. */
export async function waitingCount(db: Queryable, units: string[] | "*", now: Date): Promise<number> {
  if (units !== "*" && units.length === 0) return 0;
  const rows = await db.query<{ n: number | string }>(
    units === "*"
      ? "SELECT count(*) AS n FROM message_threads WHERE purge_after > $1 AND status IN ('new', 'waiting')"
      : "SELECT count(*) AS n FROM message_threads WHERE purge_after > $1 AND status IN ('new', 'waiting') AND unit_id = ANY($2::text[])",
    units === "*" ? [now] : [now, units],
  );
  return Number(rows[0]?.n ?? 0);
}
