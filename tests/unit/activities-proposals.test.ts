/** src/lib/activities/proposals.ts through the composed app: the form's pipeline into a draft, approve, reject, purge. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proposalForm, testApp, TUESDAY, type TestApp } from "../support/app.ts";

describe("the proposals service", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ RATE_LIMIT_PROPOSALS: "3" });
  }, 60_000);
  afterAll(() => t.close());

  const form = (fields: Record<string, string> = {}) => proposalForm(t.app, fields);

  it("writes a draft with who sent it, and nothing is published", async () => {
    expect(await t.app.proposals.fromForm(form(), "so", "client-a", TUESDAY)).toEqual({ ok: true });
    const [proposal] = await t.app.proposals.list();
    expect(proposal?.proposal).toMatchObject({ contactEmail: "sara@example.se", locale: "so" });
    expect(proposal?.languages).toEqual(["sv", "so"]);
    expect(proposal?.signUpRequired).toBe(false);
    expect(await t.app.content.loadQuery("activity", { slug: proposal?._id ?? "" })).toBeNull();
    // The follow-up counts it for its area and day ("proposals in"), and nothing about who sent it.
    expect(await t.app.db.query("SELECT day, measure, unit, dimension, value::int AS value FROM followup_events")).toEqual([{ day: "2026-11-24", measure: "proposals.received", unit: "area-norrgardet", dimension: "", value: 1 }]);
  });

  it("keeps the box that says a sign-up is required", async () => {
    expect(await t.app.proposals.fromForm(form({ signUp: "on", title: "Simskola" }), "sv", "client-f", TUESDAY)).toEqual({ ok: true });
    const proposal = (await t.app.proposals.list()).find((p) => p.title[0]?.value === "Simskola");
    expect(proposal?.signUpRequired).toBe(true);
    // Rejected again, so that the tests below find only the first proposal.
    const found = await t.app.proposals.get(proposal?._id ?? "");
    if (!found) throw new Error("no proposal");
    expect(await t.app.proposals.decide(found.draft, { action: "reject", reason: "Test." })).toEqual({ ok: true, done: "rejected" });
  });

  it("checks the area and the postal code against the CMS beside the form's own problems", async () => {
    const refused = await t.app.proposals.fromForm(form({ area: "atlantis", end: "15:00" }), "sv", "client-b", TUESDAY);
    expect(refused).toEqual({ ok: false, status: 422, error: "VALIDATION", fields: { end: "propose.error.end", area: "propose.error.area" } });
    // A postal code of another municipality: checked once the form itself is right.
    expect(await t.app.proposals.fromForm(form({ postalCode: "111 22" }), "sv", "client-b", TUESDAY)).toEqual({ ok: false, status: 422, error: "VALIDATION", fields: { postalCode: "propose.error.postalCode" } });
  });

  it("approves: publishes with the Swedish texts, without the proposer, and the site reads it at once", async () => {
    const [proposal] = await t.app.proposals.list();
    const found = await t.app.proposals.get(proposal?._id ?? "");
    if (!found) throw new Error("no proposal");
    const missing = await t.app.proposals.decide(found.draft, { action: "approve" });
    // Each missing field is a problem of its own, so that the page shows it at the field and links to it.
    expect(missing).toMatchObject({ ok: false, status: 422, fields: { svTitle: "proposals.svTitle", svSummary: "proposals.svSummary", association: "proposals.association" } });
    expect(await t.app.proposals.decide(found.draft, { action: "approve", svTitle: "Läxhjälp", svSummary: "Läxhjälp för barn.", association: "association-trygga-kvallar", lat: "norr", lng: "15.1" })).toMatchObject({ status: 422, fields: { lat: "proposals.lat" } });
    const decided = await t.app.proposals.decide(found.draft, { action: "approve", svTitle: "Läxhjälp", svSummary: "Läxhjälp för barn.", association: "association-trygga-kvallar", lat: "60.05", lng: "15.1" });
    if (!decided.ok) throw new Error(`${decided.error}: ${(decided.details ?? []).join("; ")}`);
    const published = await t.app.content.loadQuery("activity", { slug: decided.slug ?? "" });
    expect(published?.activity.title.find((v) => v.language === "sv")?.value).toBe("Läxhjälp");
    expect(JSON.stringify(published)).not.toContain("sara@example.se");
    expect(await t.app.proposals.list()).toEqual([]);
  });

  it("rejects: mails the reason in the proposer's language, then deletes the proposal and its contact details", async () => {
    expect(await t.app.proposals.fromForm(form({ contactEmail: "amina@example.se" }), "ar", "client-c", TUESDAY)).toEqual({ ok: true });
    const [proposal] = await t.app.proposals.list();
    const found = await t.app.proposals.get(proposal?._id ?? "");
    if (!found) throw new Error("no proposal");
    expect(await t.app.proposals.decide(found.draft, { action: "reject", reason: " " })).toMatchObject({ status: 422, fields: { reason: "proposals.reason" } });
    const before = t.mail.length;
    expect(await t.app.proposals.decide(found.draft, { action: "reject", reason: "Vi har redan läxhjälp där." })).toEqual({ ok: true, done: "rejected" });
    const [mail] = t.mail.slice(before);
    expect(mail?.to).toBe("amina@example.se");
    expect(mail?.text).toContain("Vi har redan läxhjälp där.");
    expect(await t.app.proposals.list()).toEqual([]);
  });

  it("purges undecided proposals past their time, and limits proposals per client", async () => {
    expect(await t.app.proposals.fromForm(form(), "sv", "client-d", TUESDAY)).toEqual({ ok: true });
    expect(await t.app.proposals.purge(new Date(TUESDAY.getTime() + 29 * 86_400_000))).toBe(0);
    expect(await t.app.proposals.purge(new Date(TUESDAY.getTime() + 31 * 86_400_000))).toBe(1);
    for (let i = 0; i < 3; i++) await t.app.proposals.fromForm(form(), "sv", "client-e", TUESDAY);
    expect(await t.app.proposals.fromForm(form(), "sv", "client-e", TUESDAY)).toMatchObject({ status: 429, error: "RATE_LIMITED" });
  });
});
