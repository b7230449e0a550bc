/**
 * src/lib/staff/service.ts through the composed app: who may do what to which unit, the 403 and
 * 404 it answers, and the audit line of every read, change and refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUser, type StaffUser } from "../../src/lib/staff/accounts.ts";
import { proposalForm, testApp, TUESDAY, withToken, type TestApp } from "../support/app.ts";

const CLINIC = "clinic-ungdomsmottagningen-soderhojden";
const OTHER_CLINIC = "clinic-ungdomsmottagningen-ekbacken";

describe("the staff service", () => {
  let t: TestApp;
  let nurse: StaffUser;
  let officer: StaffUser;
  let editor: StaffUser;
  const actions = async () => (await t.app.db.query<{ username: string; action: string; unit_id: string | null }>("SELECT username, action, unit_id FROM audit_log ORDER BY id")).map((r) => `${r.username} ${r.action} ${r.unit_id ?? "-"}`);

  beforeAll(async () => {
    t = await testApp({ RATE_LIMIT_SIGN_IN: "3" });
    nurse = await addUser(t.app.db, { username: "nurse", displayName: "Nurse", roles: [`clinic:${CLINIC}`], password: "a long password 1" });
    officer = await addUser(t.app.db, { username: "officer", displayName: "Officer", roles: ["office:office-norrgardet"], password: undefined });
    editor = await addUser(t.app.db, { username: "editor", displayName: "Editor", roles: ["editor"], password: undefined });
  }, 60_000);
  afterAll(() => t.close());

  it("signs in with the same answer for an unknown user and a wrong password, then limits the client", async () => {
    expect(await t.app.staff.signIn("nurse", "wrong password!", "client-a", true)).toEqual({ ok: false, status: 401, error: "WRONG_CREDENTIALS", message: "signIn.wrong" });
    expect(await t.app.staff.signIn("nobody", "a long password 1", "client-a", true)).toEqual({ ok: false, status: 401, error: "WRONG_CREDENTIALS", message: "signIn.wrong" });
    // A name no account can have (a NUL byte made the database refuse the query: a 500) is just a wrong name.
    expect(await t.app.staff.signIn("nur\u0000se", "a long password 1", "client-b", true)).toEqual({ ok: false, status: 401, error: "WRONG_CREDENTIALS", message: "signIn.wrong" });
    const ok = await t.app.staff.signIn(" Nurse ", "a long password 1", "client-a", true);
    expect(ok.ok && ok.cookie).toMatch(/^nara_staff=[\w-]{43}; Path=\/staff; HttpOnly; SameSite=Strict; Expires=.+; Secure$/);
    expect(await t.app.staff.signIn("nurse", "a long password 1", "client-a", true)).toMatchObject({ status: 429, error: "RATE_LIMITED", message: "signIn.rateLimited" });
    const value = ok.ok ? (/nara_staff=([\w-]+)/.exec(ok.cookie)?.[1] ?? "") : "";
    expect((await t.app.staff.session(value))?.user.username).toBe("nurse");
    expect(await actions()).toContain("nurse staff.sign_in -");
  });

  it("shows a clinic's day to its own staff only, audits the read and the refusal, and 404s a clinic that does not exist", async () => {
    const made = await t.app.booking.fromForm(withToken(t.app, "booking", { clinicId: CLINIC, visitType: "talk", start: "2026-11-26T15:00:00.000Z" }), "sv", "client-b", TUESDAY);
    if (!made.ok) throw new Error(made.error);
    const day = await t.app.staff.bookings.day(nurse, CLINIC, "2026-11-26");
    expect(day.ok && day.bookings.map((b) => b.code)).toEqual([made.booking.code]);
    expect(await t.app.staff.bookings.day(nurse, OTHER_CLINIC, "2026-11-26")).toEqual({ ok: false, status: 403, error: "FORBIDDEN", message: "error.forbidden" });
    expect(await t.app.staff.bookings.day(nurse, "clinic-nowhere", "2026-11-26")).toEqual({ ok: false, status: 404, error: "NOT_FOUND" });
    expect(await t.app.staff.bookings.mark(officer, CLINIC, made.booking.id, "arrived", TUESDAY)).toMatchObject({ status: 403 });
    expect(await t.app.staff.bookings.mark(nurse, CLINIC, made.booking.id, "teleported", TUESDAY)).toMatchObject({ status: 422, message: "bookings.unknownAction" });
    expect(await t.app.staff.bookings.mark(nurse, CLINIC, made.booking.id, "arrived", TUESDAY)).toMatchObject({ ok: true });
    const after = await t.app.staff.bookings.day(nurse, CLINIC, "2026-11-26");
    expect(after.ok && after.bookings[0]?.status).toBe("arrived");
    expect(await actions()).toEqual(
      expect.arrayContaining([`nurse bookings.read ${CLINIC}`, `nurse bookings.denied ${OTHER_CLINIC}`, `officer bookings.denied ${CLINIC}`, `nurse bookings.arrived ${CLINIC}`]),
    );
  });

  it("opens a thread for its unit only, replies (the writer told by e-mail, without the answer) and transfers (the new unit told)", async () => {
    const sent = await t.app.messages.sendFromForm(
      withToken(t.app, "contact", { unit: "office-norrgardet", topic: "worried-about-child", answerLocale: "en", message: "Help, please.", contactMode: "email", email: "writer@example.se" }),
      "client-c",
      TUESDAY,
    );
    if (!sent.ok) throw new Error(sent.error);
    const [entry] = await t.app.staff.messages.inbox(officer, TUESDAY);
    if (!entry) throw new Error("no thread in the inbox");
    expect(await t.app.staff.messages.open(nurse, entry.id, TUESDAY)).toMatchObject({ status: 403, error: "FORBIDDEN" });
    expect(await t.app.staff.messages.open(officer, "00000000-0000-4000-8000-000000000000", TUESDAY)).toMatchObject({ status: 404 });
    const opened = await t.app.staff.messages.open(officer, entry.id, TUESDAY);
    if (!opened.ok) throw new Error(opened.error);
    expect(await t.app.staff.messages.act(officer, opened, { action: "reply", reply: "" }, TUESDAY)).toMatchObject({ status: 422, fields: { reply: "messages.reply" } });
    const before = t.mail.length;
    expect(await t.app.staff.messages.act(officer, opened, { action: "reply", reply: "We will call you." }, TUESDAY)).toEqual({ ok: true, done: "replied" });
    expect(await t.app.staff.messages.act(officer, opened, { action: "transfer", unit: "office-tallmon" }, TUESDAY)).toEqual({ ok: true, done: "transferred" });
    const mail = t.mail.slice(before);
    expect(mail.map((m) => m.to)).toEqual(["writer@example.se", "tallmon.omradeskontor@exempelstad.example"]);
    expect(mail[0]?.text).toContain("https://nara.example/en/contact/answer/");
    expect(mail[0]?.text).not.toContain("We will call you.");
    expect(await t.app.staff.messages.open(officer, entry.id, TUESDAY)).toMatchObject({ status: 403 });
    expect(await actions()).toEqual(
      expect.arrayContaining(["officer messages.list office-norrgardet", "nurse messages.denied office-norrgardet", "officer messages.read office-norrgardet", "officer messages.reply office-norrgardet", "officer messages.transfer office-norrgardet", "officer messages.denied office-tallmon"]),
    );
  });

  it("lets editors only decide on proposals, and audits the list, the read and the decision", async () => {
    expect(await t.app.staff.proposals.list(nurse)).toMatchObject({ status: 403 });
    expect(await t.app.staff.proposals.open(nurse, "drafts.x")).toMatchObject({ status: 403 });
    expect(await t.app.staff.proposals.open(editor, "drafts.x")).toMatchObject({ status: 404 });
    const proposal = proposalForm(t.app, { title: "Språkcafé", description: "Vi pratar svenska.", category: "languageCafe", ageGroup: "adults" });
    expect(await t.app.proposals.fromForm(proposal, "sv", "client-d", TUESDAY)).toEqual({ ok: true });
    const listed = await t.app.staff.proposals.list(editor);
    const id = listed.ok ? (listed.proposals[0]?._id ?? "") : "";
    const opened = await t.app.staff.proposals.open(editor, id);
    if (!opened.ok) throw new Error(opened.error);
    expect(await t.app.staff.proposals.decide(editor, opened.draft, { action: "reject", reason: "Finns redan." })).toEqual({ ok: true, done: "rejected" });
    expect(await actions()).toEqual(expect.arrayContaining(["editor proposals.list -", "editor proposals.read -", "editor proposals.reject area-norrgardet"]));
  });

  it("refuses a recruiter's change at the field it is about, and 404s an interest that does not exist", async () => {
    const recruiter = await addUser(t.app.db, { username: "recruiter", displayName: "Recruiter", roles: ["recruitment"], password: undefined });
    const form = withToken(t.app, "interest", { name: "Hodan Ali", phone: "070-174 06 10", email: "hodan@example.se", postalCode: "99051", adults: "2", reachTimes: "Vardagar efter 16", privacy: "on" });
    const made = await t.app.recruitment.registerFromForm(form, ["familyHome"], ["sv"], "sv", "client-r", TUESDAY);
    if (!made.ok) throw new Error(made.error);
    const [row] = await t.app.db.query<{ id: string }>("SELECT id FROM recruitment_interests");
    const id = row?.id ?? "";
    expect(await t.app.staff.recruitment.act(recruiter, id, { action: "status", status: "nonsense" }, TUESDAY)).toMatchObject({ status: 422, fields: { status: "recruitment.invalidStatus" } });
    expect(await t.app.staff.recruitment.act(recruiter, id, { action: "handling", handler: "Rita", nextContact: "next week" }, TUESDAY)).toMatchObject({ status: 422, fields: { nextContact: "recruitment.invalidDate" } });
    expect(await t.app.staff.recruitment.act(recruiter, id, { action: "note", note: " " }, TUESDAY)).toMatchObject({ status: 422, fields: { note: "recruitment.invalidNote" } });
    expect(await t.app.staff.recruitment.act(recruiter, "00000000-0000-4000-8000-000000000000", { action: "note", note: "Ringt." }, TUESDAY)).toMatchObject({ status: 404, message: "recruitment.notFound" });
    expect(await t.app.staff.recruitment.act(recruiter, id, { action: "note", note: "Ringt." }, TUESDAY)).toEqual({ ok: true, done: "note" });
  });
});
