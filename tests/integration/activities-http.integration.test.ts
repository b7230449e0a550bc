/**
 * Activities over HTTP against the built server, on a copy of the demo dataset: the Sanity
 * webhook refuses bad signatures and changes nothing; a proposal in Somali waits as a draft,
 * unseen, until an editor approves it, and then shows on its page, in the calendar and in the
 * area's feed (read back with ical.js); a rejected proposal's reason reaches the proposer by
 * real SMTP in their language, and the proposal is gone; non-editors are refused.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from "@sanity/webhook";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDrafts } from "../../src/lib/content/drafts.ts";
import { purgeProposals } from "../../src/lib/activities/proposals.ts";
import { createTranslator } from "../../src/lib/i18n/index.ts";
import { startServer, type RunningServer } from "../support/server.ts";
import { startSmtp, type SmtpCapture } from "../support/smtp.ts";

const SECRET = "a-webhook-secret-for-tests";
const PASSWORD = "a-long-test-password";

describe("activities over HTTP", () => {
  let dir = "";
  let server: RunningServer;
  let smtp: SmtpCapture;
  const settings = () => ({
    NARA_NOW: "2026-11-24T17:30:00+01:00",
    FORM_MIN_SECONDS: "0",
    DATA_DIR: dir,
    CONTENT_DATASET: join(dir, "dataset.ndjson"),
    SANITY_WEBHOOK_SECRET: SECRET,
    STAFF_PASSWORD: PASSWORD,
    MESSAGE_KEY: "c".repeat(64),
  });
  const post = (path: string, body: FormData | URLSearchParams | string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { method: "POST", body, headers: { Origin: server.url, ...headers }, redirect: "manual" });
  const token = async (path: string) => /name="formToken" value="([^"]+)"/.exec(await (await fetch(`${server.url}${path}`)).text())?.[1] ?? "";
  const signIn = async (username: string) => {
    const response = await post("/staff/", new URLSearchParams({ username, password: PASSWORD }));
    return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  };
  const propose = async (title: string) => {
    const form = new FormData();
    const fields: Record<string, string> = {
      association: "Somaliska föräldraföreningen",
      contactName: "Hodan Ali",
      contactEmail: "hodan@example.com",
      title,
      description: "Kulan toddobaadle ah oo loogu talagalay waalidiinta. Waxaan ka hadlaynaa dugsiga.",
      category: "parentGroup",
      area: "kvarnby",
      place: "Kvarnby bibliotek",
      street: "Kvarnvägen 10",
      postalCode: "990 51",
      date: "2026-12-03",
      start: "17:00",
      end: "19:00",
      repeat: "weekly",
      until: "2027-05-27",
      ageGroup: "parents",
      lang_so: "on",
      cost: "0",
      formToken: await token("/so/propose/"),
    };
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    return post("/so/propose/", form);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "nara-activities-"));
    copyFileSync("sanity/seed/dataset.ndjson", join(dir, "dataset.ndjson"));
    smtp = await startSmtp();
    for (const [name, role] of [
      ["erik", "editor"],
      ["anna", "clinic:clinic-ungdomsmottagningen-ekbacken"],
    ] as const) {
      const made = spawnSync(process.execPath, ["scripts/staff.ts", "add", name, "--name", name, "--role", role], { env: { ...process.env, ...settings() }, encoding: "utf8" });
      expect(made.status, made.stderr).toBe(0);
    }
    server = await startServer({ ...settings(), SMTP_URL: smtp.url });
  }, 90_000);
  afterAll(async () => {
    await server.stop();
    await smtp.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a webhook call without the right signature, and takes a signed one", async () => {
    const body = JSON.stringify({ _id: "activity-kvallsvandring-kvarnby", _type: "activity" });
    const call = (headers: Record<string, string>) => fetch(`${server.url}/api/sanity/webhook`, { method: "POST", body, headers: { "Content-Type": "application/json", ...headers } });
    expect((await call({})).status).toBe(401);
    expect((await call({ [SIGNATURE_HEADER_NAME]: "t=1,v1=bm90LWl0" })).status).toBe(401);
    expect((await call({ [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), "another-secret-entirely") })).status).toBe(401);
    expect((await call({ [SIGNATURE_HEADER_NAME]: "garbage" })).status).toBe(401);
    const good = await call({ [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), SECRET) });
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({ ok: true, changed: ["activity-kvallsvandring-kvarnby"] });
  });

  it("keeps a proposal as an unseen draft until an editor approves it; then it is on its page, in the calendar and in the feed", async () => {
    const sent = await propose("Kulan waalidiinta");
    expect(sent.status).toBe(200);
    const drafts = readFileSync(join(dir, "drafts.ndjson"), "utf8");
    expect(drafts).toContain("Kulan waalidiinta");
    expect(readFileSync(join(dir, "dataset.ndjson"), "utf8")).not.toContain("Kulan waalidiinta");
    expect(await (await fetch(`${server.url}/so/calendar/?week=next&area=kvarnby`)).text()).not.toContain("Kulan waalidiinta");

    // Not for clinic staff.
    const anna = await signIn("anna");
    expect((await fetch(`${server.url}/staff/proposals/`, { headers: { Cookie: anna } })).status).toBe(403);

    const erik = await signIn("erik");
    const list = await (await fetch(`${server.url}/staff/proposals/`, { headers: { Cookie: erik } })).text();
    const link = /href="(\/staff\/proposals\/drafts\.[^"]+)"/.exec(list)?.[1] ?? "";
    const page = await (await fetch(`${server.url}${link}`, { headers: { Cookie: erik } })).text();
    expect(page).toContain("hodan@example.com");
    const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? "";
    const association = /<option value="(association-[^"]+)" selected/.exec(page)?.[1] ?? "";
    expect(association).toBe("association-somaliska-foraldraforeningen");

    // Without a Swedish title nothing is published.
    const missing = await post(link, new URLSearchParams({ csrf, action: "approve", svTitle: "", svSummary: "", association, lat: "60.03", lng: "15.11" }), { Cookie: erik });
    expect(missing.status).toBe(422);
    // A point outside the municipality is refused by the same schema as all content.
    const outside = await post(link, new URLSearchParams({ csrf, action: "approve", svTitle: "Föräldraträff", svSummary: "Varje torsdag.", association, lat: "59.3", lng: "18.0" }), { Cookie: erik });
    expect(outside.status).toBe(422);
    expect(await outside.text()).toContain("utanför kommunen");

    const approved = await post(link, new URLSearchParams({ csrf, action: "approve", svTitle: "Föräldraträff på somaliska", svSummary: "Veckoträff för föräldrar.", association, lat: "60.03", lng: "15.11" }), { Cookie: erik });
    expect(approved.status).toBe(303);
    expect(readFileSync(join(dir, "drafts.ndjson"), "utf8")).not.toContain("Kulan waalidiinta");
    const dataset = readFileSync(join(dir, "dataset.ndjson"), "utf8");
    expect(dataset).toContain("Föräldraträff på somaliska");
    expect(dataset).not.toContain("hodan@example.com");

    const slug = /"current":"(kulan-waalidiinta-[0-9a-f]+)"/.exec(dataset)?.[1] ?? "";
    expect((await fetch(`${server.url}/sv/activities/${slug}/`)).status).toBe(200);
    expect(await (await fetch(`${server.url}/so/activities/${slug}/`)).text()).toContain("Kulan waalidiinta");
    expect(await (await fetch(`${server.url}/sv/calendar/?week=next&area=kvarnby`)).text()).toContain("Föräldraträff på somaliska");

    const feed = new ICAL.Component(ICAL.parse(await (await fetch(`${server.url}/api/calendar/areas/kvarnby.ics?lang=so`)).text()) as unknown[]);
    const event = feed.getAllSubcomponents("vevent").find((e) => e.getFirstPropertyValue("summary") === "Kulan waalidiinta");
    expect(event?.getFirstPropertyValue("url")).toContain(`/so/activities/${slug}/`);
    expect(String(event?.getFirstPropertyValue("rrule"))).toContain("FREQ=WEEKLY");
  });

  it("mails the reason of a rejection to the proposer in their language, and deletes the proposal", async () => {
    expect((await propose("Kulan kale")).status).toBe(200);
    const erik = await signIn("erik");
    const list = await (await fetch(`${server.url}/staff/proposals/`, { headers: { Cookie: erik } })).text();
    const link = /href="(\/staff\/proposals\/drafts\.[^"]+)"/.exec(list)?.[1] ?? "";
    const csrf = /name="csrf" value="([^"]+)"/.exec(await (await fetch(`${server.url}${link}`, { headers: { Cookie: erik } })).text())?.[1] ?? "";
    const rejected = await post(link, new URLSearchParams({ csrf, action: "reject", reason: "Lokalen är inte tillgänglig på torsdagar." }), { Cookie: erik });
    expect(rejected.status).toBe(303);
    const [mail] = await smtp.waitFor(1);
    expect(mail?.to).toBe("hodan@example.com");
    expect(mail?.subject).toBe(createTranslator("so")("propose.mail.subject", { title: "Kulan kale" }));
    expect(mail?.text).toContain("Lokalen är inte tillgänglig på torsdagar.");
    expect(mail?.text).toContain("Hodan Ali");
    expect(readFileSync(join(dir, "drafts.ndjson"), "utf8")).not.toContain("hodan@example.com");
  });
});

describe("proposals nobody decides on", () => {
  it("are deleted with their contact details after the retention period, not before", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nara-drafts-"));
    try {
      copyFileSync("sanity/seed/dataset.ndjson", join(dir, "dataset.ndjson"));
      const drafts = localDrafts(join(dir, "dataset.ndjson"));
      const received = "2026-11-01T10:00:00.000Z";
      await drafts.create({ _id: "drafts.activity-proposal-old", _type: "activity", proposal: { contactEmail: "a@example.com", receivedAt: received } });
      await drafts.create({ _id: "drafts.activity-other", _type: "activity" });
      expect(await purgeProposals(drafts, new Date("2026-12-01T09:59:00Z"), 30)).toBe(0);
      expect(await purgeProposals(drafts, new Date("2026-12-01T10:00:01Z"), 30)).toBe(1);
      expect((await drafts.list("activity")).map((d) => d._id)).toEqual(["drafts.activity-other"]);
      expect(existsSync(join(dir, "drafts.ndjson"))).toBe(true);
      // Proposers' contact details: for the server's user only.
      expect(statSync(join(dir, "drafts.ndjson")).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
