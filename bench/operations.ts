/**
 * Operations figures (`node bench/operations.ts`, also part of `npm run bench`):
 *  - time from start to ready (`/api/ready` 200), and resident memory at rest and after load
 *    (the server's own `nara_process_resident_memory_bytes`), on PGlite and on PostgreSQL;
 *  - with PostgreSQL and Debian's nginx (deploy/nginx/nara.conf): slots GET and booking POST
 *    through nginx to one instance and to two, and slots GET straight to one instance, in one
 *    run so that they compare. On two cores two instances are not expected to be faster: the
 *    figures show what the proxy and a shared database cost.
 */
import autocannon from "autocannon";
import { performance } from "node:perf_hooks";
import { solvedPayload } from "../tests/support/altcha.ts";
import { freshPostgresUrl } from "../tests/support/db.ts";
import { available as haveNginx, startNginx } from "../tests/support/nginx.ts";
import { freePort, startServer, type RunningServer } from "../tests/support/server.ts";
import { CLINIC, roomyDataset, SETTINGS, summary, type Load } from "./booking.ts";
import { benchPostgres, onEngines, writeAlone } from "./engines.ts";

const mb = (bytes: number) => Math.round(bytes / 104_857.6) / 10;

/** Resident memory, as the server reports it on its metrics port. */
async function rss(metricsPort: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${String(metricsPort)}/metrics`)).text();
  return Number(/^nara_process_resident_memory_bytes (\d+)/m.exec(text)?.[1] ?? 0);
}

/** Starts an instance and times it from the spawn to `/api/ready` 200. */
async function timedStart(env: Record<string, string>, port?: number): Promise<{ server: RunningServer; readyMs: number; metricsPort: number }> {
  const metricsPort = await freePort();
  const started = performance.now();
  const server = await startServer({ ...env, METRICS_PORT: String(metricsPort) }, { untilReady: false, ...(port ? { port } : {}) });
  for (;;) {
    const ready = await fetch(`${server.url}/api/ready`).then((r) => r.status).catch(() => 0);
    if (ready === 200) break;
    if (performance.now() - started > 120_000) throw new Error(`not ready:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return { server, readyMs: Math.round(performance.now() - started), metricsPort };
}

async function slotsLoad(base: string): Promise<Load> {
  const url = `${base}/api/clinics/${CLINIC}/slots?from=2026-11-26&to=2026-12-10&visitType=sti-test`;
  await autocannon({ url, connections: 10, duration: 2 });
  return summary(await autocannon({ url, connections: 10, duration: 10 }));
}

async function bookingLoad(base: string, count: number): Promise<Load> {
  const slots = (await (await fetch(`${base}/api/clinics/${CLINIC}/slots?visitType=sti-test`)).json()) as { slots: { start: string }[] };
  const bodies: string[] = [];
  for (let i = 0; i < count; i++) bodies.push(JSON.stringify({ clinicId: CLINIC, visitType: "sti-test", start: slots.slots[i % slots.slots.length]?.start, altcha: await solvedPayload(base) }));
  let next = 0;
  return summary(await autocannon({ url: `${base}/api/bookings`, connections: 10, amount: count, requests: [{ method: "POST", headers: { "content-type": "application/json" }, setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] ?? "" }) }] }));
}

/** Start, memory at rest, load straight to the instance, memory after. */
async function oneInstance(engine: string, env: Record<string, string>): Promise<Record<string, unknown>> {
  const { server, readyMs, metricsPort } = await timedStart(env);
  try {
    await new Promise((r) => setTimeout(r, 2000));
    const atRest = mb(await rss(metricsPort));
    const slots = await slotsLoad(server.url);
    const post = await bookingLoad(server.url, 2000);
    const afterLoad = mb(await rss(metricsPort));
    console.log(`${engine}: ready in ${String(readyMs)} ms; RSS ${String(atRest)} MB at rest, ${String(afterLoad)} MB after load (slots GET ${String(slots.reqPerSec)} req/s, booking POST ${String(post.reqPerSec)} req/s)`);
    return { readyMs, rssMbAtRest: atRest, rssMbAfterLoad: afterLoad, slotsGet: slots, bookingPost: post };
  } finally {
    await server.stop();
  }
}

/** Through nginx to one instance and to two, on one PostgreSQL database. */
async function behindNginx(url: string): Promise<Record<string, unknown>> {
  const env = { ...SETTINGS, CONTENT_DATASET: roomyDataset(), DATABASE_URL: url, TRUST_PROXY: "true", RATE_LIMIT_BOOKINGS: "1000000" };
  const a = await timedStart(env);
  const results: Record<string, unknown> = {};
  try {
    const portA = Number(new URL(a.server.url).port);
    results["direct"] = { slotsGet: await slotsLoad(a.server.url) };
    const one = await startNginx([portA, portA]);
    try {
      results["nginxOne"] = { slotsGet: await slotsLoad(one.url), bookingPost: await bookingLoad(one.url, 2000) };
    } finally {
      await one.stop();
    }
    const b = await timedStart(env);
    try {
      const two = await startNginx([portA, Number(new URL(b.server.url).port)]);
      try {
        results["nginxTwo"] = { slotsGet: await slotsLoad(two.url), bookingPost: await bookingLoad(two.url, 2000) };
      } finally {
        await two.stop();
      }
    } finally {
      await b.server.stop();
    }
  } finally {
    await a.server.stop();
  }
  console.log(`nginx: ${JSON.stringify(results)}`);
  return results;
}

export async function operationsBench(): Promise<Record<string, unknown>> {
  const results = await onEngines("nara_bench_ops", (engine, env) => oneInstance(engine, { ...SETTINGS, CONTENT_DATASET: roomyDataset(), ...env }));
  if (!benchPostgres()) console.log("nginx: skipped (needs PostgreSQL)");
  else if (!haveNginx) console.log("nginx: skipped (not installed)");
  else results["nginx"] = await behindNginx(await freshPostgresUrl("nara_bench_ops_nginx"));
  return results;
}

if (import.meta.main) writeAlone("operations", await operationsBench());
