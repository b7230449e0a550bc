/** src/lib/messages/service.ts: the contact request's rules, and the service on in-memory PGlite (the form's pipeline, sealing, receipts, notices). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContactRequest, createMessages, MESSAGE_MAX, unitNotice } from "../../src/lib/messages/service.ts";
import { mailCatcher, testApp, TUESDAY, withToken, type TestApp } from "../support/app.ts";

/** The contact form's rules: what a message may hold and which details are kept. */
const base = { unit: "office-kvarnby", topic: "money", answerLocale: "so", message: "Salaan", contactMode: "code" };
const parse = (extra: Record<string, string>) => ContactRequest.safeParse({ ...base, ...extra });
const fieldsOf = (extra: Record<string, string>) => {
  const result = parse(extra);
  return result.success ? [] : [...new Set(result.error.issues.map((i) => String(i.path[0])))].sort();
};

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
    // The metrics count the message, nothing about it.
    const metrics = await t.app.metrics.text();
    expect(metrics).toContain('nara_created_total{kind="message"} 1');
    expect(metrics).not.toContain("office-norrgardet");
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
    // Past the limit (2) a wrong code is refused; the right one still opens.
    expect(await t.app.messages.readFromForm({ receipt: "ABCD-EFGH" }, "client-e", TUESDAY)).toMatchObject({ status: 429, error: "RATE_LIMITED" });
    expect(await t.app.messages.readFromForm({ receipt: sent.receipt }, "client-e", TUESDAY)).toMatchObject({ ok: true });
  });

  it("never loses a message when the mail server is down", async () => {
    const { db, content, guard } = t.app;
    const broken = createMessages({ db, content, guard, mailer: mailCatcher([], true), key: Buffer.alloc(32, 7), receiptPageKey: "k", options: { retentionDays: 90, siteUrl: "https://nara.example" } });
    const before = (await db.query("SELECT id FROM message_threads")).length;
    const sent = await broken.sendFromForm(withToken(t.app, "contact", { unit: "office-norrgardet", topic: "worried-about-child", answerLocale: "sv", message: "Hej", contactMode: "code" }), "client-f", TUESDAY);
    expect(sent.ok).toBe(true);
    expect(await db.query("SELECT id FROM message_threads")).toHaveLength(before + 1);
  });
});

describe("the contact request", () => {
  it("needs a message of 1 to 3,000 characters after trimming", () => {
    expect(parse({}).success).toBe(true);
    expect(fieldsOf({ message: "   \n " })).toEqual(["message"]);
    expect(fieldsOf({ message: "x".repeat(MESSAGE_MAX + 1) })).toEqual(["message"]);
    expect(parse({ message: "ክ".repeat(MESSAGE_MAX) }).success).toBe(true);
  });

  it("needs a phone number only for a call back, and an e-mail address only for e-mail", () => {
    expect(fieldsOf({ contactMode: "phone" })).toEqual(["phone"]);
    expect(fieldsOf({ contactMode: "phone", phone: "12" })).toEqual(["phone"]);
    expect(fieldsOf({ contactMode: "phone", phone: "call me maybe" })).toEqual(["phone"]);
    expect(parse({ contactMode: "phone", phone: "070-123 45 67" }).success).toBe(true);
    expect(parse({ contactMode: "phone", phone: "+46 70 123 45 67" }).success).toBe(true);
    expect(fieldsOf({ contactMode: "email" })).toEqual(["email"]);
    expect(fieldsOf({ contactMode: "email", email: "not-an-address" })).toEqual(["email"]);
    expect(parse({ contactMode: "email", email: "name@example.com" }).success).toBe(true);
    expect(parse({ contactMode: "code", phone: "", email: "" }).success).toBe(true);
  });

  it("refuses an answer language Nära does not have, an unknown way of answering and unknown fields", () => {
    expect(fieldsOf({ answerLocale: "de" })).toEqual(["answerLocale"]);
    expect(fieldsOf({ contactMode: "pigeon" })).toEqual(["contactMode"]);
    expect(parse({ personnummer: "19900101-1234" }).success).toBe(false);
  });
});

describe("the notice to a unit's mailbox", () => {
  it("says that a message waits and where to read it, in Swedish, with nothing of the message", () => {
    const notice = unitNotice("Områdeskontor Kvarnby", "new", "https://nara.example.se");
    expect(notice.subject).toBe("Nytt meddelande i Nära");
    expect(notice.text).toContain("Områdeskontor Kvarnby");
    expect(notice.text).toContain("https://nara.example.se/staff/messages/");
    expect(unitNotice("X", "followUp", "https://nara.example.se").subject).toBe("Nytt svar från en invånare i Nära");
  });
});
