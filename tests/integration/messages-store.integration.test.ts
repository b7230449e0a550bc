/**
 * Threads in the database, sealed at rest, on PGlite and on PostgreSQL when TEST_DATABASE_URL
 * is set: writing in, reading with the receipt code, replies, inbox per unit, and the purge at
 * the end of the retention period.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/lib/db/index.ts";
import { addToThread, createThread, inbox, markHandled, threadById, threadByReceipt, transferThread } from "../../src/lib/messages/store.ts";
import { showReceipt } from "../../src/lib/security/receipts.ts";
import { purge } from "../../src/lib/server/purge.ts";
import { engines } from "../support/db.ts";

const key = randomBytes(32);
const MONDAY = new Date("2026-11-23T10:00:00Z");
const options = (now: Date) => ({ key, now, retentionDays: 90 });
const BODY = "Jag är orolig för min son. ابني لا يذهب إلى المدرسة.";

describe.each(engines("nara_test_messages"))("message threads on %s", (_, open) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });

  it("stores a message sealed, and the receipt code only as a hash", async () => {
    const { id, receipt } = await createThread(
      db,
      { unitId: "office-norr", topic: "worried-child", answerLocale: "ar", body: BODY, contactMode: "phone", contact: { phone: "070-123 45 67", callTimes: "efter 17" } },
      options(MONDAY),
    );
    const rows = await db.query("SELECT t.*, m.body_sealed FROM message_threads t JOIN thread_messages m ON m.thread_id = t.id WHERE t.id = $1", [id]);
    const stored = JSON.stringify(rows);
    for (const plain of ["orolig", "ابني", "070-123", "efter 17", receipt]) expect(stored).not.toContain(plain);
    const thread = await threadByReceipt(db, showReceipt(receipt).toLowerCase(), options(MONDAY));
    expect(thread?.messages.map((m) => [m.author, m.body])).toEqual([["resident", BODY]]);
    expect(thread?.contact).toEqual({ phone: "070-123 45 67", callTimes: "efter 17" });
    expect(thread?.status).toBe("new");
  });

  it("lets staff answer and the writer follow up; each keeps the thread alive", async () => {
    const { id, receipt } = await createThread(db, { unitId: "office-syd", topic: "money", answerLocale: "sv", body: "Hur söker jag bistånd?", contactMode: "code", contact: {} }, options(MONDAY));
    const later = new Date(MONDAY.getTime() + 3 * 86_400_000);
    await addToThread(db, id, "staff", "Välkommen att ringa oss.", null, options(later));
    expect((await threadById(db, id, options(later)))?.status).toBe("answered");
    await addToThread(db, id, "resident", "Tack!", null, options(later));
    const thread = await threadByReceipt(db, receipt, options(later));
    expect(thread?.messages.map((m) => m.author)).toEqual(["resident", "staff", "resident"]);
    expect(thread?.status).toBe("waiting");
    expect(thread?.purgeAfter.getTime()).toBe(later.getTime() + 90 * 86_400_000);
    expect(await markHandled(db, id)).toBe(true);
    expect((await threadById(db, id, options(later)))?.status).toBe("handled");
  });

  it("lists a unit's threads newest first without their text, and moves a thread to another unit", async () => {
    const a = await createThread(db, { unitId: "office-vast", topic: "housing", answerLocale: "so", body: "one", contactMode: "code", contact: {} }, options(MONDAY));
    const b = await createThread(db, { unitId: "office-vast", topic: "other", answerLocale: "fi", body: "two", contactMode: "code", contact: {} }, options(new Date(MONDAY.getTime() + 60_000)));
    const list = await inbox(db, ["office-vast"], MONDAY);
    expect(list.map((e) => e.id)).toEqual([b.id, a.id]);
    expect(JSON.stringify(list)).not.toContain("one");
    expect(await inbox(db, [], MONDAY)).toEqual([]);
    expect(await transferThread(db, a.id, "office-ost")).toBe(true);
    expect((await inbox(db, ["office-vast"], MONDAY)).map((e) => e.id)).toEqual([b.id]);
    expect((await inbox(db, ["office-ost"], MONDAY)).map((e) => e.id)).toEqual([a.id]);
    expect((await inbox(db, "*", MONDAY)).length).toBeGreaterThanOrEqual(4);
  });

  it("does not open with a wrong code, nor after the retention period, when the purge deletes it", async () => {
    const { id, receipt } = await createThread(db, { unitId: "office-purge", topic: "other", answerLocale: "uk", body: "bye", contactMode: "code", contact: {} }, options(MONDAY));
    expect(await threadByReceipt(db, receipt.replace(/^./, (c) => (c === "A" ? "B" : "A")), options(MONDAY))).toBeUndefined();
    const end = MONDAY.getTime() + 90 * 86_400_000;
    const justBefore = new Date(end - 1000);
    expect((await threadByReceipt(db, receipt, options(justBefore)))?.id).toBe(id);
    await purge(db, justBefore, 365);
    expect((await db.query("SELECT 1 FROM message_threads WHERE id = $1", [id])).length).toBe(1);
    expect(await threadByReceipt(db, receipt, options(new Date(end)))).toBeUndefined();
    const counts = await purge(db, new Date(end), 365);
    expect(counts.threads).toBeGreaterThanOrEqual(1);
    expect((await db.query("SELECT 1 FROM message_threads WHERE id = $1", [id])).length).toBe(0);
    expect((await db.query("SELECT 1 FROM thread_messages WHERE thread_id = $1", [id])).length).toBe(0);
  });
});
