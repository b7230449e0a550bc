/**
 * src/lib/recruitment/ through the composed app, on in-memory PGlite with a fixed clock and a mail
 * catcher: the self-check's rule, seats at an information evening through the form pipeline,
 * an interest and its status page, the recruiters' board, status changes and their e-mails,
 * export and erasure, and the upkeep's reminders and daily summary.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTranslator } from "../../src/lib/i18n/index.ts";
import { fittingRoles } from "../../src/lib/recruitment/selfcheck.ts";
import { isOverdue } from "../../src/lib/recruitment/service.ts";
import { testApp, TUESDAY, withToken, type TestApp } from "../support/app.ts";

const EVENING = "evening-2026-11-26-kvarnby";
const so = createTranslator("so");

describe("the self-check", () => {
  const questions = [
    { id: "adult", needYesFor: ["contactPerson", "contactFamily", "familyHome", "emergencyHome"] as const },
    { id: "room", needYesFor: ["familyHome", "emergencyHome"] as const },
    { id: "shortNotice", needYesFor: ["emergencyHome"] as const },
  ];
  it("rules out, for a no, the roles that need a yes; not sure and no answer rule out nothing", () => {
    expect(fittingRoles(questions, {})).toEqual(["contactPerson", "contactFamily", "familyHome", "emergencyHome"]);
    expect(fittingRoles(questions, { room: "no", shortNotice: "unsure" })).toEqual(["contactPerson", "contactFamily"]);
    expect(fittingRoles(questions, { room: "yes", shortNotice: "no" })).toEqual(["contactPerson", "contactFamily", "familyHome"]);
    expect(fittingRoles(questions, { adult: "no" })).toEqual([]);
  });
});

describe("the recruitment service", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ RATE_LIMIT_RECRUITMENT: "50" });
  }, 60_000);
  afterAll(() => t.close());

  const seatForm = (fields: Record<string, string>) => withToken(t.app, "evening", { evening: EVENING, name: "Hodan Ali", email: "hodan@example.se", persons: "2", ...fields });
  const interestForm = (fields: Record<string, string>) =>
    withToken(t.app, "interest", { name: "Hodan Ali", phone: "070-174 06 10", email: "hodan@example.se", postalCode: "99051", adults: "2", childrenAges: "4, 9", reachTimes: "Vardagar efter 16", message: "Vi har ett extra rum.", privacy: "on", ...fields });

  it("shows the roles, the self-check and the coming evenings with their seats", async () => {
    const overview = await t.app.recruitment.overview(TUESDAY);
    expect(overview.roles.map((r) => r.role)).toEqual(["contactPerson", "contactFamily", "familyHome", "emergencyHome"]);
    expect(overview.selfCheck?.questions.length).toBeGreaterThanOrEqual(10);
    expect(overview.evenings[0]).toMatchObject({ evening: { _id: EVENING }, seatsLeft: 20, full: false });
    expect(overview.contact).toEqual({ _type: "object", phone: "08-465 004 40", email: "familjehem@exempelstad.example" });
    const role = await t.app.recruitment.role("jourhem", TUESDAY);
    expect(role?.role.role).toBe("emergencyHome");
    expect(role?.evenings.every((e) => e.evening.roles.includes("emergencyHome"))).toBe(true);
    expect(await t.app.recruitment.role("finns-inte", TUESDAY)).toBeUndefined();
  });

  it("books seats through the pipeline: every field's problem, too many persons, then the seats, the e-mail and the calendar file", async () => {
    expect(await t.app.recruitment.seatFromForm(seatForm({ name: "", email: "", persons: "9" }), "so", "client-a", TUESDAY)).toEqual({
      ok: false,
      status: 422,
      error: "VALIDATION",
      fields: { name: "become.error.name", persons: "become.error.persons", email: "become.error.reach" },
    });
    expect(await t.app.recruitment.seatFromForm(seatForm({ evening: "evening-finns-inte" }), "so", "client-a", TUESDAY)).toMatchObject({ status: 422, fields: { evening: "become.error.evening" } });
    const before = t.mail.length;
    const made = await t.app.recruitment.seatFromForm(seatForm({}), "so", "client-a", TUESDAY);
    if (!made.ok) throw new Error(made.error);
    expect(made.seat).toMatchObject({ eveningId: EVENING, persons: 2, contact: { name: "Hodan Ali", email: "hodan@example.se" } });
    const [mail] = t.mail.slice(before);
    expect(mail?.to).toBe("hodan@example.se");
    expect(mail?.subject).toBe(so("become.mail.seatSubject"));
    expect(mail?.attachments?.[0]?.content).toContain("DTSTART:20261126T170000Z");
    expect((await t.app.recruitment.comingEvenings(TUESDAY))[0]?.seatsLeft).toBe(18);
    // Cancel with code and secret: the seats come back; a wrong secret opens nothing.
    expect(await t.app.recruitment.manageSeatFromForm({ code: made.seat.code, secret: "ABCDEFGHJKMNPQRSTUVWXYZ2" }, "client-a", TUESDAY)).toMatchObject({ status: 404 });
    const ics = await t.app.recruitment.manageSeatFromForm({ action: "ics", code: made.seat.code, secret: made.secret }, "client-a", TUESDAY);
    expect(ics.ok && ics.ics).toContain("BEGIN:VEVENT");
    const cancelled = await t.app.recruitment.manageSeatFromForm({ action: "cancel", code: made.seat.code, secret: made.secret }, "client-a", TUESDAY);
    expect(cancelled.ok && cancelled.done).toBe("cancelled");
    expect((await t.app.recruitment.comingEvenings(TUESDAY))[0]?.seatsLeft).toBe(20);
    // Twenty seats: 4 × 4 and 3 leave one; two persons more are refused at the field, one more fills the evening, and then it is full.
    for (let n = 0; n < 4; n++) expect((await t.app.recruitment.seatFromForm(seatForm({ persons: "4", email: `p${String(n)}@example.se` }), "sv", `client-${String(n)}`, TUESDAY)).ok).toBe(true);
    expect((await t.app.recruitment.seatFromForm(seatForm({ persons: "3", email: "", phone: "070-174 06 11" }), "sv", "client-b", TUESDAY)).ok).toBe(true);
    expect(await t.app.recruitment.seatFromForm(seatForm({ persons: "2" }), "sv", "client-b", TUESDAY)).toMatchObject({ status: 422, fields: { persons: "become.error.persons" } });
    expect((await t.app.recruitment.seatFromForm(seatForm({ persons: "1", email: "p4@example.se" }), "sv", "client-b", TUESDAY)).ok).toBe(true);
    expect(await t.app.recruitment.seatFromForm(seatForm({ persons: "1" }), "sv", "client-b", TUESDAY)).toMatchObject({ status: 422, fields: { persons: "become.error.full" } });
    expect((await t.app.recruitment.comingEvenings(TUESDAY))[0]).toMatchObject({ seatsLeft: 0, full: true });
  });

  it("registers an interest: sealed, the area from the postal code, a receipt, the promised date, and a status page with no personal details", async () => {
    expect(await t.app.recruitment.registerFromForm(interestForm({ postalCode: "123", privacy: "" }), [], ["xx"], "so", "client-i", TUESDAY)).toEqual({
      ok: false,
      status: 422,
      error: "VALIDATION",
      fields: { roles: "become.error.roles", postalCode: "become.error.postalCode", languages: "become.error.languages", privacy: "become.error.privacy" },
    });
    const before = t.mail.length;
    const made = await t.app.recruitment.registerFromForm(interestForm({}), ["familyHome", "emergencyHome"], ["so", "sv"], "so", "client-i", TUESDAY);
    if (!made.ok) throw new Error(made.error);
    expect(made.promisedBy).toBe("2026-12-08");
    const [mail] = t.mail.slice(before);
    expect(mail?.subject).toBe(so("become.mail.interestSubject"));
    expect(mail?.text).not.toMatch(/Hodan|070-|99051|990 51|rum/);
    const status = await t.app.recruitment.statusFromForm({ receipt: made.receipt.toLowerCase() }, "client-i");
    expect(status).toEqual({ ok: true, status: "received", closedReason: null, roles: ["familyHome", "emergencyHome"], promisedBy: "2026-12-08", registered: "2026-11-24", history: [{ date: "2026-11-24", status: "received" }] });
    expect(await t.app.recruitment.statusFromForm({ receipt: "ABCD-EFGH-JKMN-PQRS-TUVW" }, "client-i")).toMatchObject({ status: 404, fields: { receipt: "become.status.notFound" } });

    const board = await t.app.recruitment.board({ role: "familyHome", area: "area-kvarnby", language: "so" }, TUESDAY);
    expect(board.map((e) => e.interest.details.name)).toEqual(["Hodan Ali"]);
    expect(await t.app.recruitment.board({ language: "fi" }, TUESDAY)).toEqual([]);
  });

  it("moves an interest through its statuses, tells the person only that something changed, and shows it on the status page", async () => {
    const [entry] = await t.app.recruitment.board({}, TUESDAY);
    if (!entry) throw new Error("no interest");
    const id = entry.interest.id;
    // Not contacted by the promised date: overdue, first on the board.
    expect(isOverdue(entry.interest, "2026-12-09")).toBe(true);
    expect((await t.app.recruitment.board({}, new Date("2026-12-09T09:00:00+01:00")))[0]?.overdue).toBe(true);
    const before = t.mail.length;
    for (const status of ["contacted", "invited", "assessment"]) expect(await t.app.recruitment.changeStatus(id, status, undefined, "rita", TUESDAY)).toEqual({ ok: true, changed: true });
    expect(await t.app.recruitment.changeStatus(id, "assessment", undefined, "rita", TUESDAY)).toEqual({ ok: true, changed: false });
    expect(await t.app.recruitment.changeStatus(id, "nonsense", undefined, "rita", TUESDAY)).toMatchObject({ status: 422 });
    const mails = t.mail.slice(before);
    expect(mails).toHaveLength(3);
    expect(mails.every((m) => m.subject === so("become.mail.statusSubject") && !/Hodan|070-|familje|assessment|utredning/i.test(m.text))).toBe(true);
    expect(await t.app.recruitment.setHandling(id, "rita", "2026-12-01", TUESDAY)).toEqual({ ok: true });
    expect(await t.app.recruitment.setHandling(id, "rita", "1 december", TUESDAY)).toMatchObject({ status: 422 });
    expect(await t.app.recruitment.addNote(id, "Hembesök bokat.", "rita", TUESDAY)).toEqual({ ok: true });
    const opened = await t.app.recruitment.interest(id);
    expect(opened?.interest).toMatchObject({ status: "assessment", handler: "rita", nextContact: "2026-12-01" });
    expect(opened?.notes.map((n) => n.body)).toEqual(["Hembesök bokat."]);
    expect(opened?.history.map((h) => h.status)).toEqual(["received", "contacted", "invited", "assessment"]);
    // Past the next contact date it is overdue again.
    expect((await t.app.recruitment.board({}, new Date("2026-12-02T09:00:00+01:00")))[0]?.overdue).toBe(true);
  });

  it("exports everything held about an applicant, and erases it", async () => {
    const [entry] = await t.app.recruitment.board({}, TUESDAY);
    if (!entry) throw new Error("no interest");
    const exported = await t.app.recruitment.exportInterest(entry.interest.id);
    expect(exported?.interest.details).toMatchObject({ name: "Hodan Ali", postalCode: "990 51", childrenAges: "4, 9" });
    expect(exported?.notes).toHaveLength(1);
    expect(exported?.history).toHaveLength(4);
    expect(await t.app.recruitment.eraseInterest(entry.interest.id)).toBe(true);
    expect(await t.app.recruitment.interest(entry.interest.id)).toBeUndefined();
    expect(await t.app.recruitment.eraseInterest(entry.interest.id)).toBe(false);
    expect(await t.app.recruitment.exportInterest("not-an-id")).toBeUndefined();
  });

  it("reminds those with a seat the day before from noon, once, and sends the recruiters' summary once a day when interests are open", async () => {
    const made = await t.app.recruitment.registerFromForm(interestForm({ email: "" }), ["contactPerson"], [], "sv", "client-s", TUESDAY);
    expect(made.ok).toBe(true);
    const before = t.mail.length;
    expect(await t.app.recruitment.upkeep(new Date("2026-11-25T06:59:00+01:00"))).toEqual({ reminders: 0, summary: false });
    // The four with an e-mail address and four seats each, and the last one; not the one who gave a phone number only, nor the cancelled seat.
    expect(await t.app.recruitment.upkeep(new Date("2026-11-25T12:01:00+01:00"))).toEqual({ reminders: 5, summary: true });
    expect(await t.app.recruitment.upkeep(new Date("2026-11-25T12:02:00+01:00"))).toEqual({ reminders: 0, summary: false });
    const sent = t.mail.slice(before);
    const summary = sent.find((m) => m.to === "familjehem@exempelstad.example");
    expect(summary?.subject).toBe("Intresseanmälningar 2026-11-25: 0 väntar längre än utlovat");
    expect(summary?.text).toContain("Öppna intresseanmälningar: 1.");
    expect(summary?.text).not.toContain("Hodan");
    expect(sent.filter((m) => m.subject === "Påminnelse: informationskväll i morgon").map((m) => m.to).sort()).toEqual(["p0@example.se", "p1@example.se", "p2@example.se", "p3@example.se", "p4@example.se"]);
  });
});
