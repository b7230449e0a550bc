/**
 * Activity figures (`node bench/activities.ts`, also part of `npm run bench`):
 *  - from an editor's approval to the activity's page answering (the embedded default: the
 *    dataset file is rewritten and the server reads it again), and from an edit of the dataset
 *    file to the page showing it, each the median of several runs;
 *  - feed generation with 5,000 activities: the area feed over HTTP (first and later requests)
 *    and the feed of all 5,000 built in-process;
 *  - `astro build` with the 5,000-activity dataset (pages render on demand, so the build should
 *    not grow with the content).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { activitiesFeed } from "../src/lib/activities/feed.ts";
import { Activity } from "../src/lib/content/schemas.ts";
import { startServer } from "../tests/support/server.ts";
import { generateDataset } from "./generate-dataset.ts";

const PASSWORD = "bench-editor-password";
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const round = (ms: number) => Math.round(ms * 10) / 10;

async function until(check: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function approvalToPage(runs: number): Promise<{ approvalToPageMs: number[]; editToPageMs: number[] }> {
  const dir = mkdtempSync(join(tmpdir(), "nara-bench-activities-"));
  const dataset = join(dir, "dataset.ndjson");
  copyFileSync("sanity/seed/dataset.ndjson", dataset);
  const env = { DATA_DIR: dir, CONTENT_DATASET: dataset, FORM_MIN_SECONDS: "0", RATE_LIMIT_PROPOSALS: "1000", STAFF_PASSWORD: PASSWORD, NARA_NOW: "2026-11-24T17:30:00+01:00", MESSAGE_KEY: "d".repeat(64) };
  const made = spawnSync(process.execPath, ["scripts/staff.ts", "add", "editor", "--name", "Editor", "--role", "editor"], { env: { ...process.env, ...env }, encoding: "utf8" });
  if (made.status !== 0) throw new Error(made.stderr);
  const server = await startServer(env);
  const post = (path: string, body: FormData | URLSearchParams, cookie = "") =>
    fetch(`${server.url}${path}`, { method: "POST", body, redirect: "manual", headers: { Origin: server.url, Cookie: cookie } });
  try {
    const signIn = await post("/staff/", new URLSearchParams({ username: "editor", password: PASSWORD }));
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const approvalToPageMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await (await fetch(`${server.url}/sv/propose/`)).text();
      const form = new FormData();
      const fields: Record<string, string> = {
        association: "Språkvänner",
        contactName: "Bench",
        contactEmail: "bench@example.com",
        title: `Språkcafé ${String(i)}`,
        description: "Vi pratar svenska tillsammans.",
        category: "languageCafe",
        area: "kvarnby",
        place: "Biblioteket",
        street: "Kvarnvägen 10",
        postalCode: "990 51",
        date: "2026-12-03",
        start: "17:00",
        end: "19:00",
        repeat: "once",
        ageGroup: "all",
        lang_sv: "on",
        cost: "0",
        formToken: /name="formToken" value="([^"]+)"/.exec(page)?.[1] ?? "",
      };
      for (const [k, v] of Object.entries(fields)) form.set(k, v);
      if ((await post("/sv/propose/", form)).status !== 200) throw new Error("the proposal was refused");
      const list = await (await fetch(`${server.url}/staff/proposals/`, { headers: { Cookie: cookie } })).text();
      const link = /href="(\/staff\/proposals\/drafts\.[^"]+)"/.exec(list)?.[1] ?? "";
      const detail = await (await fetch(`${server.url}${link}`, { headers: { Cookie: cookie } })).text();
      const csrf = /name="csrf" value="([^"]+)"/.exec(detail)?.[1] ?? "";
      const drafts = readFileSync(join(dir, "drafts.ndjson"), "utf8");
      const slug = /"current":"([^"]+)"/.exec(drafts)?.[1] ?? "";
      const started = performance.now();
      const approved = await post(link, new URLSearchParams({ csrf, action: "approve", svTitle: `Språkcafé ${String(i)}`, svSummary: "Vi pratar svenska.", association: "association-sprakvanner", lat: "60.03", lng: "15.11" }), cookie);
      if (approved.status !== 303) throw new Error(`approval answered ${String(approved.status)}`);
      await until(async () => (await fetch(`${server.url}/sv/activities/${slug}/`)).status === 200);
      approvalToPageMs.push(round(performance.now() - started));
    }
    // An edit of the embedded dataset (as an editor's export or a sync would write it).
    const editToPageMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const marker = `Kvällsvandring ${String(i)} ${String(Date.now())}`;
      const text = readFileSync(dataset, "utf8")
        .split("\n")
        .map((line) => {
          if (!line.includes('"_id":"activity-kvallsvandring-kvarnby"')) return line;
          const doc = JSON.parse(line) as { title: { language: string; value: string }[] };
          for (const item of doc.title) if (item.language === "sv") item.value = marker;
          return JSON.stringify(doc);
        })
        .join("\n");
      const started = performance.now();
      writeFileSync(dataset, text);
      await until(async () => (await (await fetch(`${server.url}/sv/activities/kvallsvandring-kvarnby/`)).text()).includes(marker));
      editToPageMs.push(round(performance.now() - started));
    }
    return { approvalToPageMs, editToPageMs };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function feeds(large: string): Promise<Record<string, number>> {
  const activities = readFileSync(large, "utf8")
    .split("\n")
    .filter((l) => l.includes('"_type":"activity"'))
    .map((l) => Activity.parse(JSON.parse(l)));
  const started = performance.now();
  const all = activitiesFeed(activities, "sv", "https://nara.example.se", new Date(), "Alla");
  const inProcessAllMs = round(performance.now() - started);
  const server = await startServer({ DATA_DIR: "memory://", CONTENT_DATASET: large, MESSAGE_KEY: "d".repeat(64) });
  try {
    const timed = async (path: string) => {
      const t0 = performance.now();
      const body = await (await fetch(`${server.url}${path}`)).text();
      return { ms: round(performance.now() - t0), bytes: body.length };
    };
    const first = await timed("/api/calendar/areas/kvarnby.ics");
    const later: number[] = [];
    for (let i = 0; i < 10; i++) later.push((await timed(`/api/calendar/areas/kvarnby.ics?lang=${i % 2 ? "sv" : "ar"}`)).ms);
    const one = await timed(`/api/calendar/activities/kvallsvandring-kvarnby.ics`);
    return {
      activities: activities.length,
      inProcessAllMs,
      allFeedKb: Math.round(all.length / 1024),
      areaFeedFirstMs: first.ms,
      areaFeedLaterMedianMs: median(later),
      areaFeedKb: Math.round(first.bytes / 1024),
      activityFeedMs: one.ms,
    };
  } finally {
    await server.stop();
  }
}

function build(large: string): { buildMs: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build"], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", CONTENT_DATASET: large }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(result.stderr);
  return { buildMs: Math.round(performance.now() - started) };
}

export async function activitiesBench(): Promise<Record<string, unknown>> {
  mkdirSync("bench/out", { recursive: true });
  const large = "bench/out/dataset-5000.ndjson";
  writeFileSync(large, generateDataset(readFileSync("sanity/seed/dataset.ndjson", "utf8"), 5000));
  const changes = await approvalToPage(5);
  const results = {
    approvalToPageMedianMs: median(changes.approvalToPageMs),
    editToPageMedianMs: median(changes.editToPageMs),
    ...changes,
    feeds5000: await feeds(large),
    build5000: build(large),
  };
  console.log(JSON.stringify(results, null, 2));
  return results;
}

if (import.meta.main) {
  const results = await activitiesBench();
  writeFileSync("bench/out/activities.json", JSON.stringify(results, null, 2));
}
