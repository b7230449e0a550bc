/**
 * The night walks' e-mail over real SMTP (a test mail server on loopback, nodemailer as in
 * production): the reserve who moves up is told, and the area office gets the day-before alert;
 * each says what is needed and nothing more (no other walker's name or number).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTranslator } from "../../src/lib/i18n/index.ts";
import { startSmtp, type SmtpCapture } from "../support/smtp.ts";
import { testApp, TUESDAY, withToken, type TestApp } from "../support/app.ts";

const TONIGHT = "nightwalk-extra-tallmon:2026-11-24";

describe("night-walk mail over SMTP", () => {
  let smtp: SmtpCapture;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await testApp({ SMTP_URL: smtp.url, RATE_LIMIT_NIGHTWALKS: "50" });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const signUp = async (n: number, email?: string) => {
    const made = await t.app.nightWalks.signUpFromForm(
      withToken(t.app, "nightwalk", { kind: "adult", name: `Vandrare ${String(n)}`, phone: `070-000 00 ${String(n).padStart(2, "0")}`, adult: "on", conduct: "on", ...(email ? { email } : {}) }),
      [TONIGHT],
      "uk",
      `client-${String(n)}`,
      TUESDAY,
    );
    if (!made.ok) throw new Error(made.error);
    return made;
  };

  it("tells the reserve who moves up, in their language, with no one else's details", async () => {
    const walkers = [];
    for (let n = 0; n < 6; n++) walkers.push(await signUp(n));
    const reserve = await signUp(6, "reserve@example.se");
    expect(reserve.signUps[0]?.status).toBe("reserve");
    const before = smtp.received.length; // the reserve's own confirmation
    const first = walkers[0];
    if (!first) throw new Error("no walker");
    await t.app.nightWalks.manageFromForm({ action: "cancel", code: first.walker.code, secret: first.secret, signUp: first.signUps[0]?.id ?? "" }, [], "client-x", TUESDAY);
    const [moved] = (await smtp.waitFor(before + 1)).slice(before);
    expect(moved?.to).toBe("reserve@example.se");
    expect(moved?.subject).toBe(createTranslator("uk")("nightwalk.mail.promotedSubject"));
    expect(moved?.text).toContain("2026-11-24");
    expect(moved?.text).toContain("https://nara.example/uk/night-walks/manage/");
    expect(moved?.text).not.toMatch(/Vandrare|070-/);
  });

  it("alerts the area office the day before a walk that is short of walkers, once", async () => {
    await signUp(20);
    const before = smtp.received.length;
    // Friday at half past noon: Saturday's walks are tomorrow.
    const sent = await t.app.nightWalks.sendAlerts(new Date("2026-11-27T12:30:00+01:00"));
    const alerts = (await smtp.waitFor(before + sent)).slice(before);
    const tallmon = alerts.find((m) => m.to === "tallmon.omradeskontor@exempelstad.example");
    expect(tallmon?.subject).toBe("Nattvandring i morgon: 0 av 3");
    expect(tallmon?.text).toContain("https://nara.example/staff/night-walks/area-tallmon");
    expect(alerts.every((m) => !/Vandrare|070-|@example\.se/.test(m.text))).toBe(true);
    expect(await t.app.nightWalks.sendAlerts(new Date("2026-11-27T13:00:00+01:00"))).toBe(0);
  });
});
