/** src/lib/messages/service.ts on in-memory PGlite: the contact form's pipeline, sealing, receipts, notices. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMessages } from "../../src/lib/messages/service.ts";
import { mailCatcher, testApp, TUESDAY, withToken, type TestApp } from "../support/app.ts";

const MESSAGE = "Jag är orolig för min son. ابني لا يذهب إلى المدرسة.";

describe("the messages service", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ RATE_LIMIT_MESSAGES: "4", RATE_LIMIT_RECEIPTS: "2" });
  }, 60_000);
  afterAll(() => t.close());

  const form = (fields: Record<string, string> = {}) =>
    withToken(t.app, "contact", { unit: "office-norrgardet", topic: "worried-about-child", answerLocale: "ar", message: MESSAGE, contactMode: "email", email: "writer@example.se", ...fields });

  it("seals a message, gives a receipt code, and tells the unit's mailbox only that something waits", async () => {
    const before = t.mail.length;
    const sent = await t.app.messages.sendFromForm(form(), "client-a", TUESDAY);
    if (!sent.ok) throw new Error(sent.error);
    expect(sent.unit.id).toBe("office-norrgardet");
    const notice = t.mail.slice(before);
    expect(notice.map((m) => m.to)).toEqual(["norrgardet.omradeskontor@exempelstad.example"]);
    expect(notice[0]?.text).toContain("https://nara.example/staff/messages/");
    expect(notice[0]?.text).not.toContain("orolig");
    const rows = JSON.stringify(await t.app.db.query("SELECT * FROM message_threads t JOIN thread_messages m ON m.thread_id = t.id"));
    for (const plain of ["orolig", "ابني", "writer@example.se", sent.receipt]) expect(rows).not.toContain(plain);
  });

  it("checks the unit and the topic against the CMS, with the form's own problems, all at once", async () => {
    const refused = await t.app.messages.sendFromForm(form({ unit: "office-nowhere", topic: "nothing", contactMode: "phone", email: "" }), "client-b", TUESDAY);
    expect(refused).toEqual({ ok: false, status: 422, error: "VALIDATION", fields: { phone: "contact.error.phone", unit: "contact.error.unit", topic: "contact.error.topic" } });
  });

  it("keeps nothing of a way of answering the writer did not choose", async () => {
    const sent = await t.app.messages.sendFromForm(form({ contactMode: "code", email: "kept@example.se", name: "Anna" }), "client-c", TUESDAY);
    if (!sent.ok) throw new Error(sent.error);
    const read = await t.app.messages.readFromForm({ receipt: sent.receipt }, "client-c", TUESDAY);
    expect(read.ok && read.thread.contact).toEqual({ name: "Anna" });
  });

  it("opens a thread with its code, takes a follow-up, and gives wrong codes one answer until the limit", async () => {
    const sent = await t.app.messages.sendFromForm(form(), "client-d", TUESDAY);
    if (!sent.ok) throw new Error(sent.error);
    const followed = await t.app.messages.readFromForm({ receipt: sent.receipt, action: "reply", message: "Och en sak till." }, "client-d", TUESDAY);
    expect(followed.ok && [followed.done, followed.thread.messages.map((m) => m.body)]).toEqual(["sent", [MESSAGE, "Och en sak till."]]);
    const empty = await t.app.messages.readFromForm({ receipt: sent.receipt, action: "reply", message: "   " }, "client-d", TUESDAY);
    expect(empty.ok && empty.refusal).toMatchObject({ status: 422, fields: { message: "contact.error.message" } });

    const wrong = await t.app.messages.readFromForm({ receipt: "ABCD-EFGH" }, "client-e", TUESDAY);
    expect(wrong).toEqual({ ok: false, status: 404, error: "NOT_FOUND", message: "contact.read.notFound" });
    await t.app.messages.readFromForm({ receipt: "ABCD-EFGH" }, "client-e", TUESDAY);
    expect(await t.app.messages.readFromForm({ receipt: sent.receipt }, "client-e", TUESDAY)).toMatchObject({ status: 429, error: "RATE_LIMITED" });
  });

  it("never loses a message when the mail server is down", async () => {
    const { db, content, guard } = t.app;
    const broken = createMessages({ db, content, guard, mailer: mailCatcher([], true), key: Buffer.alloc(32, 7), options: { retentionDays: 90, siteUrl: "https://nara.example" } });
    const before = (await db.query("SELECT id FROM message_threads")).length;
    const sent = await broken.sendFromForm(withToken(t.app, "contact", { unit: "office-norrgardet", topic: "worried-about-child", answerLocale: "sv", message: "Hej", contactMode: "code" }), "client-f", TUESDAY);
    expect(sent.ok).toBe(true);
    expect(await db.query("SELECT id FROM message_threads")).toHaveLength(before + 1);
  });
});
