/**
 * Booking figures (`node bench/booking.ts`, also the last part of `npm run bench`): slots GET and
 * booking POST with autocannon on loopback, PGlite and PostgreSQL side by side, and the JavaScript
 * a visitor loads on the booking form. PostgreSQL needs BENCH_DATABASE_URL (or TEST_DATABASE_URL):
 * the bench creates and drops its own database there.
 */
import autocannon from "autocannon";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { solvedPayload } from "../tests/support/altcha.ts";
import { freshPostgresUrl } from "../tests/support/db.ts";
import { startServer } from "../tests/support/server.ts";

const CLINIC = "clinic-ungdomsmottagningen-soderhojden";
const SETTINGS = { NARA_NOW: "2026-11-24T17:30:00+01:00", RATE_LIMIT_BOOKINGS: "1000000", ALTCHA_COST: "1", ALTCHA_COUNTER_MAX: "10" };
const brotli = (body: Buffer) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The demo dataset with 50 seats a slot everywhere, so that a POST run mostly books rather than meets full slots. */
function roomyDataset(): string {
  mkdirSync("bench/out", { recursive: true });
  const file = "bench/out/dataset-booking.ndjson";
  const lines = readFileSync("sanity/seed/dataset.ndjson", "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const doc = JSON.parse(l) as { bookingSchedule?: { seats: number } };
      if (doc.bookingSchedule) doc.bookingSchedule.seats = 50;
      return JSON.stringify(doc);
    });
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

interface Load {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  statuses: Record<string, number>;
}

function summary(result: autocannon.Result): Load {
  const statuses: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats as Record<string, { count: number }>)) statuses[code] = count;
  return { reqPerSec: Math.round(result.requests.average), p50Ms: result.latency.p50, p99Ms: result.latency.p99, statuses };
}

async function measure(engine: string, env: Record<string, string>): Promise<Record<string, unknown>> {
  const server = await startServer({ ...SETTINGS, CONTENT_DATASET: roomyDataset(), ...env });
  try {
    const slotsUrl = `${server.url}/api/clinics/${CLINIC}/slots?from=2026-11-26&to=2026-12-10&visitType=sti-test`;
    await autocannon({ url: slotsUrl, connections: 10, duration: 3 }); // warm-up
    const slots = summary(await autocannon({ url: slotsUrl, connections: 10, duration: 10 }));
    // The floor of this machine: the smallest request through the same server and middleware,
    // with one database round trip. Slots GET is reported as a share of it.
    const healthUrl = `${server.url}/api/health`;
    await autocannon({ url: healthUrl, connections: 10, duration: 2 });
    const health = summary(await autocannon({ url: healthUrl, connections: 10, duration: 10 }));

    // Every free start of every clinic, each with its own solved challenge, posted in turn.
    const starts: { clinicId: string; start: string; visitType: string }[] = [];
    for (const clinicId of ["clinic-ungdomsmottagningen-ekbacken", "clinic-ungdomsmottagningen-lindvallen", "clinic-ungdomsmottagningen-kvarnby", CLINIC, "clinic-ungdomsmottagningen-alvangen"]) {
      const body = (await (await fetch(`${server.url}/api/clinics/${clinicId}/slots?visitType=sti-test`)).json()) as { slots: { start: string }[] };
      for (const s of body.slots) starts.push({ clinicId, start: s.start, visitType: "sti-test" });
    }
    const count = 4000;
    const bodies: string[] = [];
    for (let i = 0; i < count; i++) bodies.push(JSON.stringify({ ...starts[i % starts.length], altcha: await solvedPayload(server.url) }));
    let next = 0;
    const post = summary(
      await autocannon({
        url: `${server.url}/api/bookings`,
        connections: 10,
        amount: count,
        requests: [{ method: "POST", headers: { "content-type": "application/json" }, setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] ?? "" }) }],
      }),
    );
    const share = Math.round((slots.reqPerSec / health.reqPerSec) * 100);
    console.log(`${engine}: health ${String(health.reqPerSec)} req/s p99 ${String(health.p99Ms)} ms; slots ${String(slots.reqPerSec)} req/s p99 ${String(slots.p99Ms)} ms (${String(share)} % of health); POST ${String(post.reqPerSec)} req/s p99 ${String(post.p99Ms)} ms ${JSON.stringify(post.statuses)}`);
    return { healthGet: health, slotsGet: slots, slotsShareOfHealthPercent: share, bookingPost: post };
  } finally {
    await server.stop();
  }
}

/** Scripts a visitor loads on the booking form: its <script>s and the proof-of-work worker they start. */
async function bookingJs(): Promise<{ files: Record<string, number>; total: number }> {
  const server = await startServer({ ...SETTINGS, DATA_DIR: "memory://" });
  try {
    const base = server.url;
    const html = await (await fetch(`${base}/sv/book/?clinic=clinic-ungdomsmottagningen-ekbacken&type=talk&date=2026-11-26&time=18:20`)).text();
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? "");
    const files: Record<string, number> = {};
    for (const url of scripts) {
      const body = Buffer.from(await (await fetch(base + url)).arrayBuffer());
      files[url] = brotli(body);
      for (const worker of body.toString("utf8").matchAll(/\/_astro\/[\w.-]*pbkdf2[\w.-]*\.js/g)) files[worker[0]] = brotli(Buffer.from(await (await fetch(base + worker[0])).arrayBuffer()));
    }
    return { files, total: Object.values(files).reduce((a, b) => a + b, 0) };
  } finally {
    await server.stop();
  }
}

export async function bookingBench(): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = { bookingJs: await bookingJs() };
  const dir = mkdtempSync(join(tmpdir(), "nara-bench-"));
  try {
    results["pglite"] = await measure("PGlite", { DATA_DIR: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pg = process.env["BENCH_DATABASE_URL"] ?? process.env["TEST_DATABASE_URL"];
  if (pg) {
    process.env["TEST_DATABASE_URL"] = pg;
    results["postgres"] = await measure("PostgreSQL", { DATABASE_URL: await freshPostgresUrl("nara_bench") });
  } else {
    console.log("PostgreSQL: skipped (set BENCH_DATABASE_URL)");
  }
  return results;
}

if (import.meta.main) {
  const results = await bookingBench();
  mkdirSync("bench/out", { recursive: true });
  writeFileSync("bench/out/booking.json", JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results, null, 2));
}
