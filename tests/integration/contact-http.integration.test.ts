/**
 * The contact part over HTTP against the built server, with a real SMTP server on loopback, on
 * PGlite and (with TEST_DATABASE_URL) PostgreSQL: a message sent without JavaScript, the notice
 * to the unit (no content), bad input kept and answered in the writer's language, a staff reply
 * with the writer's notice (no content), reading and following up with the code, another unit's
 * thread refused, and wrong codes throttled.
 */
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTranslator } from "../../src/lib/i18n/index.ts";
import { serverSetups, type Setup } from "../support/db.ts";
import { startServer, type RunningServer } from "../support/server.ts";
import { startSmtp, type SmtpCapture } from "../support/smtp.ts";

const UNIT = "office-kvarnby";
const MAILBOX = "kvarnby.omradeskontor@exempelstad.example";
const PASSWORD = "a-long-test-password";
const SETTINGS = {
  NARA_NOW: "2026-11-24T17:30:00+01:00",
  FORM_MIN_SECONDS: "0",
  RATE_LIMIT_MESSAGES: "1000",
  RATE_LIMIT_RECEIPTS: "5",
  MESSAGE_KEY: "a".repeat(64),
  STAFF_PASSWORD: PASSWORD,
};

const setups = serverSetups("nara_test_contact");

describe.each(setups)("contact over HTTP on %s", (_, make) => {
  let setup: Setup;
  let server: RunningServer;
  let smtp: SmtpCapture;
  let receipt = "";

  const token = async (path: string) => {
    const html = await (await fetch(`${server.url}${path}`)).text();
    return /name="formToken" value="([^"]+)"/.exec(html)?.[1] ?? "";
  };
  const post = (path: string, body: FormData | URLSearchParams | string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { method: "POST", body, headers: { Origin: server.url, ...headers }, redirect: "manual" });
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    return data;
  };
  const signIn = async (username: string) => {
    const response = await post("/staff/", new URLSearchParams({ username, password: PASSWORD }));
    expect(response.status).toBe(303);
    return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  };
  const unescape = (html: string) => html.replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n))).replace(/&quot;/g, '"').replace(/&amp;/g, "&");

  beforeAll(async () => {
    setup = await make();
    smtp = await startSmtp();
    for (const [name, role] of [
      ["dina", `office:${UNIT}`],
      ["bo", "clinic:clinic-ungdomsmottagningen-ekbacken"],
    ] as const) {
      const made = spawnSync(process.execPath, ["scripts/staff.ts", "add", name, "--name", name, "--role", role], { env: { ...process.env, ...SETTINGS, ...setup.env }, encoding: "utf8" });
      expect(made.status, made.stderr).toBe(0);
    }
    server = await startServer({ ...SETTINGS, ...setup.env, SMTP_URL: smtp.url });
  }, 90_000);
  afterAll(async () => {
    await server.stop();
    await smtp.close();
    setup.cleanup();
  });

  it("takes a message without JavaScript and tells the unit's mailbox that one waits, and nothing else", async () => {
    const response = await post(
      "/sv/contact/",
      form({
        unit: UNIT,
        topic: "violence",
        answerLocale: "ar",
        message: "رسالة سرية: ابني لا يذهب إلى المدرسة",
        contactMode: "email",
        email: "writer@example.se",
        name: "Samira",
        formToken: await token("/sv/contact/"),
        website: "",
      }),
    );
    // Post/redirect/get: the answer is a redirect to the receipt page, whose address holds the code sealed.
    expect(response.status).toBe(303);
    const location = response.headers.get("location") ?? "";
    expect(location).toMatch(/^\/sv\/contact\/sent\/\?r=[\w-]{40,}$/);
    const receiptPage = await fetch(`${server.url}${location}`);
    expect(receiptPage.status).toBe(200);
    expect(receiptPage.headers.get("cache-control")).toBe("no-store");
    const html = await receiptPage.text();
    receipt = /data-receipt>([A-Z0-9-]+)</.exec(html)?.[1] ?? "";
    expect(receipt.replace(/-/g, "")).toHaveLength(20);
    expect(location.toUpperCase()).not.toContain(receipt.replace(/-/g, ""));
    // The same page again (a reload) shows the same code and sends nothing more.
    expect(/data-receipt>([A-Z0-9-]+)</.exec(await (await fetch(`${server.url}${location}`)).text())?.[1]).toBe(receipt);

    const [notice] = await smtp.waitFor(1);
    expect(notice?.to).toBe(MAILBOX);
    expect(notice?.subject).toBe("Nytt meddelande i Nära");
    expect(notice?.text).toContain("/staff/messages/");
    for (const secret of ["رسالة", "Samira", "writer@example.se", "Våld", "violence", receipt]) expect(notice?.text).not.toContain(secret);
  });

  it("answers bad input in the writer's language, on each field, and keeps what was typed", async () => {
    const response = await post(
      "/en/contact/",
      form({ unit: "no-such-unit", topic: "money", answerLocale: "en", message: "Please keep this text", contactMode: "email", email: "not-an-address", formToken: await token("/en/contact/") }),
    );
    expect(response.status).toBe(422);
    const html = unescape(await response.text());
    expect(html).toContain("Choose who you want to write to.");
    expect(html).toContain("Enter an e-mail address like name@example.com.");
    expect(html).toMatch(/<textarea[^>]*>Please keep this text<\/textarea>/);
    expect(html).toContain('value="not-an-address"');

    const empty = await post("/en/contact/", form({ unit: UNIT, topic: "money", answerLocale: "en", message: "   ", contactMode: "phone", phone: "12", formToken: await token("/en/contact/") }));
    expect(empty.status).toBe(422);
    const emptyHtml = unescape(await empty.text());
    expect(emptyHtml).toContain("Write your message, at most 3,000 characters.");
    expect(emptyHtml).toContain("Enter a phone number we can call");

    const huge = await post("/en/contact/", form({ unit: UNIT, topic: "money", answerLocale: "en", message: "x".repeat(17 * 1024), contactMode: "code" }));
    expect(huge.status).toBe(413);
    const hugeHtml = await huge.text();
    expect(hugeHtml).toContain("too large");
    expect(hugeHtml).not.toMatch(/at .*\.(ts|js|mjs):\d+/);
    expect(smtp.received).toHaveLength(1);
  });

  it("lets staff reply; the writer is told by e-mail without the reply, reads it with the code and follows up", async () => {
    const cookie = await signIn("dina");
    const inbox = await (await fetch(`${server.url}/staff/messages/`, { headers: { Cookie: cookie } })).text();
    const link = /href="(\/staff\/messages\/[0-9a-f-]{36})"/.exec(inbox)?.[1] ?? "";
    expect(link).not.toBe("");
    const thread = await (await fetch(`${server.url}${link}`, { headers: { Cookie: cookie } })).text();
    expect(thread).toContain("رسالة سرية");
    expect(thread).toContain("writer@example.se");
    const csrf = /name="csrf" value="([^"]+)"/.exec(thread)?.[1] ?? "";

    // Without the session's CSRF token nothing happens.
    expect((await post(link, new URLSearchParams({ action: "reply", reply: "no token" }), { Cookie: cookie })).status).toBe(403);
    const replied = await post(link, new URLSearchParams({ csrf, action: "reply", reply: "Hej! Välkommen att ringa oss. Svar-7Q" }), { Cookie: cookie });
    expect(replied.status).toBe(303);

    const mails = await smtp.waitFor(2);
    const toWriter = mails[1];
    expect(toWriter?.to).toBe("writer@example.se");
    // In the language the writer asked for the answer in.
    expect(toWriter?.subject).toBe(createTranslator("ar")("contact.mail.subject"));
    expect(toWriter?.text).toContain("/ar/contact/answer/");
    expect(toWriter?.text).not.toContain("Svar-7Q");
    expect(toWriter?.text).not.toContain(receipt);

    const read = await post("/ar/contact/answer/", new URLSearchParams({ action: "open", receipt: receipt.toLowerCase().replace(/-/g, " ") }));
    expect(read.status).toBe(200);
    const readHtml = await read.text();
    expect(readHtml).toContain("Svar-7Q");
    expect(readHtml).toContain("رسالة سرية");

    const more = await post("/ar/contact/answer/", form({ action: "reply", receipt, message: "شكرا، سأتصل غدا" }));
    expect(more.status).toBe(200);
    expect(await more.text()).toContain("شكرا، سأتصل غدا");
    const followNotice = (await smtp.waitFor(3))[2];
    expect(followNotice?.to).toBe(MAILBOX);
    expect(followNotice?.text).not.toContain("شكرا");

    // Staff of another unit: 403, and the refusal is in the audit log with the reads.
    const other = await signIn("bo");
    const denied = await fetch(`${server.url}${link}`, { headers: { Cookie: other } });
    expect(denied.status).toBe(403);
    expect(await denied.text()).not.toContain("رسالة");
    expect(await (await fetch(`${server.url}/staff/messages/`, { headers: { Cookie: other } })).text()).not.toContain(link);
  });

  it("lets staff mark a thread handled and transfer it; the new unit's mailbox is told, and the old unit loses it", async () => {
    const cookie = await signIn("dina");
    const inbox = await (await fetch(`${server.url}/staff/messages/`, { headers: { Cookie: cookie } })).text();
    const link = /href="(\/staff\/messages\/[0-9a-f-]{36})"/.exec(inbox)?.[1] ?? "";
    const csrf = /name="csrf" value="([^"]+)"/.exec(await (await fetch(`${server.url}${link}`, { headers: { Cookie: cookie } })).text())?.[1] ?? "";
    expect((await post(link, new URLSearchParams({ csrf, action: "handled" }), { Cookie: cookie })).status).toBe(303);
    expect(await (await fetch(`${server.url}/staff/messages/`, { headers: { Cookie: cookie } })).text()).toContain("<td>Klart</td>");

    // Not to the same unit, nor to one that does not exist.
    for (const unit of [UNIT, "office-nowhere"]) expect((await post(link, new URLSearchParams({ csrf, action: "transfer", unit }), { Cookie: cookie })).status).toBe(422);
    const before = smtp.received.length;
    const moved = await post(link, new URLSearchParams({ csrf, action: "transfer", unit: "office-tallmon" }), { Cookie: cookie });
    expect(moved.status).toBe(303);
    const notice = (await smtp.waitFor(before + 1))[before];
    expect(notice?.to).toBe("tallmon.omradeskontor@exempelstad.example");
    expect(notice?.text).not.toContain("رسالة");
    expect((await fetch(`${server.url}${link}`, { headers: { Cookie: cookie } })).status).toBe(403);
    expect(await (await fetch(`${server.url}/staff/messages/`, { headers: { Cookie: cookie } })).text()).not.toContain(link);
  });

  it("gives wrong, malformed and unknown codes one answer, and throttles them", async () => {
    const answer = async (code: string) => {
      const response = await post("/sv/contact/answer/", new URLSearchParams({ action: "open", receipt: code }));
      const html = await response.text();
      return { status: response.status, message: /<div class="error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? "" };
    };
    const wrong = receipt.replace(/^./, (c) => (c === "A" ? "B" : "A"));
    const first = await answer(wrong);
    expect(first.status).toBe(404);
    expect(first.message).toContain("Vi hittar ingen tråd med den koden");
    expect(await answer("ABCD")).toEqual(first);
    expect(await answer("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ")).toEqual(first);
    await answer(wrong);
    await answer(wrong);
    // The sixth failure in the window is refused, with when to try again…
    const refused = await post("/sv/contact/answer/", new URLSearchParams({ action: "open", receipt: wrong }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // …while the right code still opens: someone else behind the same address is not locked out.
    expect((await post("/sv/contact/answer/", new URLSearchParams({ action: "open", receipt }))).status).toBe(200);
  });

  it("keeps the message sealed in the database, and no IP address", async () => {
    await server.stop();
    const db = await setup.open();
    try {
      const rows = await db.query<{ body_sealed: string }>("SELECT body_sealed FROM thread_messages");
      expect(rows.length).toBe(3);
      // Sealed, naming the key it was sealed with (never the key itself).
      for (const row of rows) expect(row.body_sealed).toMatch(/^v2\.[0-9a-f]{8}\./);
      const all = JSON.stringify(await db.query("SELECT * FROM message_threads"));
      expect(all).not.toContain("writer@example.se");
      expect(all).not.toContain("127.0.0.1");
      const audit = await db.query<{ action: string; username: string }>("SELECT action, username FROM audit_log WHERE action LIKE 'messages.%' ORDER BY id");
      expect(audit.map((a) => `${a.username} ${a.action}`)).toEqual(
        expect.arrayContaining(["dina messages.list", "dina messages.read", "dina messages.reply", "dina messages.handled", "dina messages.transfer", "dina messages.denied", "bo messages.denied"]),
      );
    } finally {
      await db.close();
      server = await startServer({ ...SETTINGS, ...setup.env, SMTP_URL: smtp.url });
    }
    // A stop, the database opened by the test (PGlite takes seconds), and a start again.
  }, 90_000);
});
