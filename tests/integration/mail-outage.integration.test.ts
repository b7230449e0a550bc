/**
 * The mail server goes away and comes back, with the real parts: the app sends through
 * nodemailer to an SMTP server on a port where, at first, nothing listens. The send is kept
 * (sealed) and the caller goes on; the metrics count what waits; once an SMTP server listens on
 * that port again, the upkeep's next tries deliver the very mail, and nothing waits any more.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Mail } from "../../src/lib/mail/index.ts";
import { testApp, TUESDAY, type TestApp } from "../support/app.ts";
import { startSmtp, type SmtpCapture } from "../support/smtp.ts";

describe("the mail server down and back, over SMTP", () => {
  let t: TestApp;
  let port = 0;
  let smtp: SmtpCapture | undefined;
  const MAIL: Mail = { to: "resident@example.se", subject: "Påminnelse om ditt besök", text: "Välkommen på torsdag kl. 18:20." };

  beforeAll(async () => {
    // A free port: an SMTP server is started on it and stopped again, so nothing listens there now.
    const probe = await startSmtp(0);
    port = Number(new URL(probe.url).port);
    await probe.close();
    t = await testApp({ SMTP_URL: `smtp://127.0.0.1:${String(port)}`, MAIL_RETRY_HOURS: "2", LOG_LEVEL: "silent" });
  }, 60_000);
  afterAll(async () => {
    await smtp?.close();
    await t.close();
  });

  it("keeps the mail while nothing answers, and delivers it once the server is back", async () => {
    const waiting = () => t.app.db.query<{ attempts: number }>("SELECT attempts FROM mail_queue");
    // Refused: the caller is not held up, and the mail waits.
    await t.app.mailer.send(MAIL);
    expect(await waiting()).toHaveLength(1);
    expect(await t.app.metrics.text()).toContain("nara_mail_waiting 1");
    // Still down at the next try: it waits on.
    let now = new Date(TUESDAY.getTime() + 2 * 60_000);
    await t.app.upkeep.minutely(now);
    expect(await waiting()).toHaveLength(1);

    smtp = await startSmtp(port);
    for (let i = 0; i < 10 && smtp.received.length === 0; i++) {
      now = new Date(now.getTime() + 5 * 60_000);
      await t.app.upkeep.minutely(now);
    }
    const [delivered] = await smtp.waitFor(1);
    expect(delivered).toMatchObject({ to: MAIL.to, subject: MAIL.subject });
    expect(delivered?.text).toContain("18:20");
    expect(smtp.received).toHaveLength(1);
    expect(await waiting()).toEqual([]);
    expect(await t.app.metrics.text()).toContain("nara_mail_waiting 0");
    expect(await t.app.metrics.text()).toMatch(/nara_mail_failed_total [1-9]/);
  }, 60_000);
});
