/**
 * Booking and contact figures (`node bench/booking.ts`, also the last part of `npm run bench`):
 * slots GET, booking POST and contact message POST with autocannon on loopback, PGlite and PostgreSQL side by side, and the JavaScript
 * a visitor loads on the booking form. PostgreSQL needs BENCH_DATABASE_URL (or TEST_DATABASE_URL):
 * the bench creates and drops its own database there.
 */
import autocannon from "autocannon";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { solvedPayload } from "../tests/support/altcha.ts";
import { startServer } from "../tests/support/server.ts";
import { scriptWeight, total } from "./weights.ts";
import { onEngines, writeAlone } from "./engines.ts";

export const CLINIC = "clinic-ungdomsmottagningen-soderhojden";
export const SETTINGS = {
  NARA_NOW: "2026-11-24T17:30:00+01:00",
  RATE_LIMIT_BOOKINGS: "1000000",
  RATE_LIMIT_MESSAGES: "1000000",
  RATE_LIMIT_NIGHTWALKS: "1000000",
  ALTCHA_COST: "1",
  ALTCHA_COUNTER_MAX: "10",
  MESSAGE_KEY: "b".repeat(64),
};
const MESSAGE = "Hej! Jag är orolig för min granne som har det svårt med pengarna och barnen. Jag vet inte vem jag ska vända mig till, men jag vill gärna prata med någon om vad man kan göra. Ni får gärna svara på arabiska. مرحبا، شكرا لكم.";

/** The demo dataset with 50 seats a slot everywhere, so that a POST run mostly books rather than meets full slots. */
export function roomyDataset(): string {
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

export interface Load {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  statuses: Record<string, number>;
}

export function summary(result: autocannon.Result): Load {
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
    const message = await messagePosts(server.url, 2000);
    const nightWalk = await nightWalkPosts(server.url, 2000);
    const share = Math.round((slots.reqPerSec / health.reqPerSec) * 100);
    console.log(`${engine}: health ${String(health.reqPerSec)} req/s p99 ${String(health.p99Ms)} ms; slots ${String(slots.reqPerSec)} req/s p99 ${String(slots.p99Ms)} ms (${String(share)} % of health); POST ${String(post.reqPerSec)} req/s p99 ${String(post.p99Ms)} ms ${JSON.stringify(post.statuses)}; message POST ${String(message.reqPerSec)} req/s p99 ${String(message.p99Ms)} ms ${JSON.stringify(message.statuses)}; night-walk sign-up POST ${String(nightWalk.reqPerSec)} req/s p99 ${String(nightWalk.p99Ms)} ms ${JSON.stringify(nightWalk.statuses)}`);
    return { healthGet: health, slotsGet: slots, slotsShareOfHealthPercent: share, bookingPost: post, messagePost: message, nightWalkPost: nightWalk };
  } finally {
    await server.stop();
  }
}

/**
 * The contact form as a browser posts it (a form body, the widget's solved payload), each with its
 * own challenge: the rate limit, the proof, two sealed rows, the unit's notice (the outbox here),
 * and the page with the receipt code.
 */
async function messagePosts(base: string, count: number): Promise<Load> {
  const bodies: string[] = [];
  for (let i = 0; i < count; i++) {
    const fields = { unit: "office-kvarnby", topic: "money", answerLocale: "ar", message: `${MESSAGE} ${String(i)}`, contactMode: "code", altcha: await solvedPayload(base) };
    bodies.push(new URLSearchParams(fields).toString());
  }
  let next = 0;
  return summary(
    await autocannon({
      url: `${base}/sv/contact/`,
      connections: 10,
      amount: count,
      requests: [{ method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", origin: base }, setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] ?? "" }) }],
    }),
  );
}

/**
 * Night-walk sign-ups as the form posts them (multipart, the widget's payload), each for two
 * nights of Kvarnby: the limit, the proof, the walker and two places or reserves under the CHECK,
 * sealed names, and the answer page with the code. Most end as reserves: the walks fill at once.
 */
async function nightWalkPosts(base: string, count: number): Promise<Load> {
  const bodies: { body: string; type: string }[] = [];
  for (let i = 0; i < count; i++) {
    const form = new FormData();
    const fields: Record<string, string> = { kind: "adult", name: `Vandrare ${String(i)}`, phone: "070-123 45 67", adult: "on", conduct: "on", "walk:nightwalk-kvarnby:2026-11-27": "on", "walk:nightwalk-kvarnby:2026-11-28": "on", altcha: await solvedPayload(base) };
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    const request = new Request("http://x/", { method: "POST", body: form });
    bodies.push({ body: await request.text(), type: request.headers.get("content-type") ?? "" });
  }
  let next = 0;
  return summary(
    await autocannon({
      url: `${base}/sv/night-walks/`,
      connections: 10,
      amount: count,
      requests: [
        {
          method: "POST",
          setupRequest: (req) => {
            const b = bodies[next++ % bodies.length];
            return { ...req, body: b?.body ?? "", headers: { ...req.headers, "content-type": b?.type ?? "", origin: base } };
          },
        },
      ],
    }),
  );
}

/**
 * Scripts a visitor loads with a form (brotli): the booking form's details step, which starts the
 * proof of work at once, and an office page, whose contact form fetches the widget only when the
 * visitor starts to write.
 */
async function formJs(): Promise<Record<string, { initial: number; onDemand: number; files: Record<string, number> }>> {
  const server = await startServer({ ...SETTINGS, DATA_DIR: "memory://" });
  try {
    const out: Record<string, { initial: number; onDemand: number; files: Record<string, number> }> = {};
    for (const [name, path] of [
      ["booking", "/sv/book/?clinic=clinic-ungdomsmottagningen-ekbacken&type=talk&date=2026-11-26&time=18:20"],
      ["officeWithContactForm", "/sv/offices/kvarnby/"],
    ] as const) {
      const html = await (await fetch(`${server.url}${path}`)).text();
      const weight = await scriptWeight(server.url, [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? ""));
      out[name] = { initial: total(weight.initial), onDemand: total(weight.onDemand), files: { ...weight.initial, ...weight.onDemand } };
    }
    return out;
  } finally {
    await server.stop();
  }
}

export async function bookingBench(): Promise<Record<string, unknown>> {
  return { formJs: await formJs(), ...(await onEngines("nara_bench", measure)) };
}

if (import.meta.main) writeAlone("booking", await bookingBench());
