/**
 * src/lib/nightwalks/service.ts and compensation.ts through the composed app, on in-memory PGlite
 * with a fixed clock and a mail catcher: the coming walks, sign-up through the form pipeline, the
 * walker's own nights, a cancelled night, the report, the compensation and the day-before alert.
 */
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activitiesFeed } from "../../src/lib/activities/feed.ts";
import { compensation, compensationCsv, termOf } from "../../src/lib/nightwalks/compensation.ts";
import { createTranslator } from "../../src/lib/i18n/index.ts";
import { BY_LEADER } from "../../src/lib/nightwalks/service.ts";
import { testApp, TUESDAY, withToken, type TestApp } from "../support/app.ts";

const TONIGHT = "nightwalk-extra-tallmon:2026-11-24";
const FRIDAY = "nightwalk-kvarnby:2026-11-27";

describe("compensation", () => {
  it("pays the met amount for a night with the minimum, the lower one below it, and nothing without a report", () => {
    const rules = new Map([["s", { minWalkers: 3, compensation: { perNightMet: 1000, perNightBelow: 400 } }]]);
    const rows = compensation(
      [
        { walkKey: "s:2026-09-04", seriesId: "s", date: "2026-09-04", walkersPresent: 4, associations: new Map([["a", 2], ["b", 1]]) },
        { walkKey: "s:2026-09-05", seriesId: "s", date: "2026-09-05", walkersPresent: 2, associations: new Map([["a", 2]]) },
        { walkKey: "x:2026-09-05", seriesId: "unknown", date: "2026-09-05", walkersPresent: 9, associations: new Map([["a", 9]]) },
      ],
      rules,
    );
    expect(rows).toEqual([
      { associationId: "a", nights: 2, nightsMet: 1, walkerEvenings: 4, amount: 1400 },
      { associationId: "b", nights: 1, nightsMet: 1, walkerEvenings: 1, amount: 1000 },
    ]);
    const [first] = rows;
    if (!first) throw new Error("no row");
    expect(compensationCsv([{ ...first, name: 'Förening "A"; Norr' }], termOf("2026-09-04"))).toBe('\uFEFFTermin;Förening;Kvällar;Kvällar med minsta antal;Vandrarkvällar;Ersättning (kr)\r\n2026-HT;"Förening ""A""; Norr";2;1;4;1400\r\n');
    expect(termOf("2027-03-01")).toEqual({ id: "2027-VT", from: "2027-01-01", to: "2027-07-31" });
  });
});

describe("the night-walks service", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ RATE_LIMIT_NIGHTWALKS: "20" });
  }, 60_000);
  afterAll(() => t.close());

  const form = (fields: Record<string, string>) => withToken(t.app, "nightwalk", { kind: "adult", name: "Sara", phone: "070-123 45 67", adult: "on", conduct: "on", ...fields });

  it("puts an area's night walks in its calendar feed, an evening past midnight ending the next day", async () => {
    const feed = activitiesFeed([], "sv", "https://nara.example", TUESDAY, "Kvarnby", await t.app.nightWalks.feedEvents("kvarnby", "sv"));
    const events = new ICAL.Component(ICAL.parse(feed) as unknown[]).getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.summary).sort()).toEqual(["Nattvandring i Kvarnby", "Nattvandring i Kvarnby – skolavslutningen"]);
    const weekly = events.find((e) => e.summary === "Nattvandring i Kvarnby");
    expect(String(weekly?.component.getFirstPropertyValue("rrule"))).toContain("BYDAY=FR,SA");
    const risk = events.find((e) => e.summary.endsWith("skolavslutningen"));
    expect(risk?.startDate.toJSDate().toISOString()).toBe("2027-06-11T18:00:00.000Z");
    expect(risk?.endDate.toJSDate().toISOString()).toBe("2027-06-11T23:00:00.000Z");
  });

  it("lists the coming walks, those most in need of people first within a date", async () => {
    const { walks } = await t.app.nightWalks.upcoming(TUESDAY);
    expect(walks[0]).toMatchObject({ key: TONIGHT, walkers: 0, needed: 3 });
    const friday = walks.filter((w) => w.date === "2026-11-27");
    expect(friday.map((w) => w.needed)).toEqual([...friday.map((w) => w.needed)].sort((a, b) => b - a));
    expect((await t.app.nightWalks.upcoming(TUESDAY, { area: "kvarnby" })).walks.every((w) => w.area.slug.current === "kvarnby")).toBe(true);
  });

  it("signs up through the pipeline: every field's problem, a walk that does not exist, then places and a confirmation", async () => {
    expect(await t.app.nightWalks.signUpFromForm(form({ phone: "12", adult: "" }), [], "sv", "client-a", TUESDAY)).toEqual({
      ok: false,
      status: 422,
      error: "VALIDATION",
      fields: { phone: "nightwalk.error.phone", walks: "nightwalk.error.walks", adult: "nightwalk.error.adult" },
    });
    expect(await t.app.nightWalks.signUpFromForm(form({}), ["nightwalk-kvarnby:2026-11-26"], "sv", "client-a", TUESDAY)).toMatchObject({ status: 422, fields: { walks: "nightwalk.error.walks" } });
    const before = t.mail.length;
    const made = await t.app.nightWalks.signUpFromForm(form({ email: "sara@example.se" }), [FRIDAY], "fi", "client-a", TUESDAY);
    if (!made.ok) throw new Error(made.error);
    expect(made.signUps.map((s) => `${s.walkKey} ${s.status}`)).toEqual([`${FRIDAY} walker`]);
    const [mail] = t.mail.slice(before);
    expect(mail?.to).toBe("sara@example.se");
    expect(mail?.text).toContain("https://nara.example/fi/night-walks/manage/");
    // The calendar file: Friday 20:00–23:30 in Stockholm, at the meeting point.
    const ics = mail?.attachments?.[0]?.content ?? "";
    expect(ics).toContain("DTSTART:20261127T190000Z");
    expect(ics).toContain("DTEND:20261127T223000Z");
    expect(ics).toContain("LOCATION:Kvarnby fritidsgård");
  });

  it("opens a walker's nights with code and secret, adds one and cancels one; the first reserve moves up and is told", async () => {
    // Tonight takes six: six walk, the seventh waits.
    const people = [];
    for (let n = 0; n < 7; n++) {
      const made = await t.app.nightWalks.signUpFromForm(form({ name: `P${String(n)}`, email: `p${String(n)}@example.se` }), [TONIGHT], "sv", `client-${String(n)}`, TUESDAY);
      if (!made.ok) throw new Error(made.error);
      people.push(made);
    }
    expect(people.map((p) => p.signUps[0]?.status)).toEqual(["walker", "walker", "walker", "walker", "walker", "walker", "reserve"]);
    const first = people[0];
    if (!first) throw new Error("no walker");
    const opened = await t.app.nightWalks.manageFromForm({ code: first.walker.code, secret: first.secret }, [], "client-x", TUESDAY);
    expect(opened.ok && opened.signUps.map((s) => s.walkKey)).toEqual([TONIGHT]);
    const added = await t.app.nightWalks.manageFromForm({ action: "add", code: first.walker.code, secret: first.secret }, [FRIDAY], "client-x", TUESDAY);
    expect(added.ok && [added.done, added.signUps.map((s) => s.walkKey)]).toEqual(["added", [TONIGHT, FRIDAY]]);
    const before = t.mail.length;
    const cancelled = await t.app.nightWalks.manageFromForm({ action: "cancel", code: first.walker.code, secret: first.secret, signUp: first.signUps[0]?.id ?? "" }, [], "client-x", TUESDAY);
    expect(cancelled.ok && cancelled.done).toBe("cancelled");
    expect(t.mail.slice(before).map((m) => m.to)).toEqual(["p6@example.se"]);
    expect(await t.app.nightWalks.manageFromForm({ code: first.walker.code, secret: "ABCDEFGHJKMNPQRSTUVWXYZ2" }, [], "client-x", TUESDAY)).toMatchObject({ status: 404 });
  });

  it("cancels a night for the coordinator, telling everyone still signed up", async () => {
    const before = t.mail.length;
    expect(await t.app.nightWalks.cancelNight(FRIDAY, TUESDAY)).toBe(2);
    expect(await t.app.nightWalks.cancelNight(FRIDAY, TUESDAY)).toBe(0);
    expect(t.mail.slice(before).map((m) => m.to).sort()).toEqual(["p0@example.se", "sara@example.se"]);
    const season = await t.app.nightWalks.season("area-kvarnby", TUESDAY);
    expect(season.nights.find((n) => n.key === FRIDAY)?.night?.cancelledAt).toBeInstanceOf(Date);
    // The public list says so, and takes no sign-up for it.
    expect((await t.app.nightWalks.upcoming(TUESDAY, { area: "kvarnby" })).walks.find((w) => w.key === FRIDAY)?.cancelled).toBe(true);
    expect(await t.app.nightWalks.signUpFromForm(form({ name: "Late" }), [FRIDAY], "sv", "client-late", TUESDAY)).toMatchObject({ status: 422, fields: { walks: "nightwalk.error.walks" } });
  });

  it("files the report with who walked and pays the association by the rule", async () => {
    const association = await t.app.nightWalks.signUpFromForm(
      form({ kind: "association", association: "association-trygga-kvallar", walkerNames: "A\nB" }),
      ["nightwalk-tallmon:2026-11-28"],
      "sv",
      "client-z",
      TUESDAY,
    );
    if (!association.ok) throw new Error(association.error);
    const tonight = (await t.app.nightWalks.season("area-tallmon", TUESDAY)).nights.find((n) => n.key === TONIGHT);
    const present = Object.fromEntries((tonight?.signUps ?? []).filter((s) => s.status === "walker").map((s) => [`present:${s.id}`, "on"]));
    expect(await t.app.nightWalks.report(TONIGHT, { started: "20:00", ended: "23:40", route: "Torget", youngPeople: "-1" }, "nora", TUESDAY)).toMatchObject({ status: 422 });
    expect(await t.app.nightWalks.report(TONIGHT, { ...present, started: "20:00", ended: "23:40", route: "Torget", youngPeople: "12", "happening:calm": "on", notes: "Lugnt.", walkIns: "Extra Person" }, "nora", TUESDAY)).toEqual({ ok: true });
    const season = await t.app.nightWalks.season("area-tallmon", TUESDAY);
    const report = season.nights.find((n) => n.key === TONIGHT)?.night?.report;
    expect(report).toMatchObject({ youngPeople: 12, happenings: ["calm"], notes: "Lugnt.", walkersPresent: 7 });
    // Tonight's walkers signed up as adults: no association is paid for it.
    expect((await t.app.nightWalks.compensation("2026-11-24")).rows).toEqual([]);
  });

  it("gives the walk leader a report link: mailed in their language, names only, each field's problem, replaced and expiring", async () => {
    // Tonight is full: the leader is one of its walkers (P1, who signed up in Swedish with an e-mail address).
    const mine = (await t.app.nightWalks.season("area-tallmon", TUESDAY)).nights.find((n) => n.key === TONIGHT)?.signUps.find((s) => s.name === "P1" && s.status === "walker");
    if (!mine) throw new Error("no walker P1");
    // Not someone who is not on the night.
    expect(await t.app.nightWalks.leaderLink(FRIDAY, mine.id)).toMatchObject({ status: 404 });
    const before = t.mail.length;
    const given = await t.app.nightWalks.leaderLink(TONIGHT, mine.id);
    if (!given.ok) throw new Error(given.error);
    expect(given).toMatchObject({ mailed: true, leader: "P1" });
    const secret = /\/sv\/night-walks\/report\/([2-9A-Z]{24})\/$/.exec(given.url)?.[1] ?? "";
    expect(secret).not.toBe("");
    const [mail] = t.mail.slice(before);
    expect(mail?.to).toBe("p1@example.se");
    expect(mail?.subject).toBe(createTranslator("sv")("nightwalk.mail.reportLinkSubject"));
    expect(mail?.text).toContain(given.url);
    expect(mail?.text).not.toMatch(/070-|@example/);

    const opened = await t.app.nightWalks.leaderNight(secret, "client-l", TUESDAY);
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.walk.key).toBe(TONIGHT);
    // The night's walkers by name, nothing else of them.
    expect(opened.walkers.find((w) => w.id === mine.id)).toEqual({ id: mine.id, name: "P1" });
    expect(Object.keys(opened.walkers[0] ?? {}).sort()).toEqual(["id", "name"]);

    const refused = await t.app.nightWalks.leaderReport(secret, { started: "8 pm", ended: "23:30", route: "", youngPeople: "" }, "client-l", TUESDAY);
    expect(refused.ok && refused.refusal?.fields).toEqual({
      started: "nightwalk.report.error.started",
      route: "nightwalk.report.error.route",
      youngPeople: "nightwalk.report.error.youngPeople",
    });
    const filed = await t.app.nightWalks.leaderReport(secret, { [`present:${mine.id}`]: "on", started: "20:05", ended: "23:30", route: "Torget", youngPeople: "9", "happening:helpedHome": "on" }, "client-l", TUESDAY);
    expect(filed.ok && filed.filed).toBe(true);
    const night = (await t.app.nightWalks.season("area-tallmon", TUESDAY)).nights.find((n) => n.key === TONIGHT);
    expect(night?.night?.report).toMatchObject({ reportedBy: BY_LEADER, started: "20:05", youngPeople: 9, happenings: ["helpedHome"], walkersPresent: 1 });
    expect(night?.leaderLink?.signUpId).toBe(mine.id);

    // A new link replaces the last; a link stops working a week after the walk.
    const again = await t.app.nightWalks.leaderLink(TONIGHT, mine.id);
    expect(await t.app.nightWalks.leaderNight(secret, "client-l", TUESDAY)).toMatchObject({ status: 404, message: "nightwalk.report.notFound" });
    const fresh = again.ok ? (again.url.split("/").at(-2) ?? "") : "";
    expect((await t.app.nightWalks.leaderNight(fresh, "client-l", new Date("2026-12-01T23:00:00+01:00"))).ok).toBe(true);
    expect(await t.app.nightWalks.leaderNight(fresh, "client-l", new Date("2026-12-02T00:00:01+01:00"))).toMatchObject({ status: 404 });
    // A night still to come cannot be reported.
    const friday = await t.app.nightWalks.signUpFromForm(form({ name: "Ola" }), ["nightwalk-norrgardet:2026-12-04"], "sv", "client-o", TUESDAY);
    const coming = friday.ok ? friday.signUps[0] : undefined;
    const early = coming && (await t.app.nightWalks.leaderLink(coming.walkKey, coming.id));
    const earlySecret = early?.ok ? (early.url.split("/").at(-2) ?? "") : "";
    expect(await t.app.nightWalks.leaderReport(earlySecret, { started: "20:00", ended: "23:00", route: "Torget", youngPeople: "1" }, "client-o", TUESDAY)).toMatchObject({ refusal: { status: 404, message: "nightwalk.report.notFound" } });
  });

  it("alerts the area office the day before, from noon, once, when a walk is short of walkers", async () => {
    const morning = new Date("2026-11-27T09:00:00+01:00");
    const noon = new Date("2026-11-27T12:30:00+01:00");
    expect(await t.app.nightWalks.sendAlerts(morning)).toBe(0);
    const before = t.mail.length;
    const sent = await t.app.nightWalks.sendAlerts(noon);
    expect(sent).toBeGreaterThan(0);
    const alerts = t.mail.slice(before);
    expect(alerts.some((m) => m.subject === "Nattvandring i morgon: 2 av 3" && m.to.includes("tallmon"))).toBe(true);
    expect(alerts.every((m) => !m.text.includes("@example.se") && !m.text.includes("070-"))).toBe(true);
    expect(await t.app.nightWalks.sendAlerts(new Date("2026-11-27T12:31:00+01:00"))).toBe(0);
    // The association's walkers on Saturday gave no e-mail address; nobody else walks then: no reminders to walkers.
    expect(alerts.filter((m) => m.subject.startsWith("Påminnelse"))).toEqual([]);
  });

  it("reminds each walker with an e-mail address the day before, once, with the calendar file", async () => {
    const made = await t.app.nightWalks.signUpFromForm(form({ name: "Rami", email: "rami@example.se" }), ["nightwalk-norrgardet:2026-12-04"], "ar", "client-r", TUESDAY);
    expect(made.ok).toBe(true);
    const before = t.mail.length;
    await t.app.nightWalks.sendAlerts(new Date("2026-12-03T12:05:00+01:00"));
    const reminders = t.mail.slice(before).filter((m) => m.to === "rami@example.se");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.attachments?.[0]?.content).toContain("DTSTART:20261204T190000Z");
    await t.app.nightWalks.sendAlerts(new Date("2026-12-03T13:05:00+01:00"));
    expect(t.mail.slice(before).filter((m) => m.to === "rami@example.se")).toHaveLength(1);
  });
});
