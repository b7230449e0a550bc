/**
 * The database goes away and comes back, under load, against the built server on a PostgreSQL
 * server of the test's own: while it is stopped, readiness says 503, pages get a short translated
 * 503 page and the API a 503 with JSON — never a stack trace or SQL — and the process stays up;
 * once it is started again, the same instance serves again by itself, with no restart.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { solvedPayload } from "../support/altcha.ts";
import { available, startCluster, type Cluster } from "../support/pg-cluster.ts";
import { startServer, type RunningServer } from "../support/server.ts";

const CLINIC = "clinic-ungdomsmottagningen-soderhojden";

describe.runIf(available)("the database stopped and started under load", () => {
  let cluster: Cluster;
  let server: RunningServer;
  beforeAll(async () => {
    cluster = await startCluster();
    server = await startServer({ DATABASE_URL: cluster.url, NARA_NOW: "2026-11-24T17:30:00+01:00", ALTCHA_COST: "1", ALTCHA_COUNTER_MAX: "10", RATE_LIMIT_BOOKINGS: "1000", MESSAGE_KEY: "f".repeat(64) });
  }, 120_000);
  afterAll(async () => {
    await server.stop();
    cluster.remove();
  });

  it("answers 503 while it is gone and serves again by itself when it is back", async () => {
    const slotsUrl = `${server.url}/api/clinics/${CLINIC}/slots?from=2026-11-26&to=2026-12-10&visitType=talk`;
    const slots = (await (await fetch(slotsUrl)).json()) as { slots: { start: string }[] };
    const book = async (i: number) =>
      fetch(`${server.url}/api/bookings`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ clinicId: CLINIC, visitType: "talk", start: slots.slots[i % slots.slots.length]?.start, altcha: await solvedPayload(server.url) }) });
    expect((await book(0)).status).toBe(201);

    // Load while the server is stopped: readiness, a page, the API.
    const load = Array.from({ length: 20 }, (_, i) => fetch(i % 2 === 0 ? slotsUrl : `${server.url}/sv/book/`).then(async (r) => ({ status: r.status, body: await r.text() })));
    cluster.stop();
    await Promise.all(load);
    const ready = await fetch(`${server.url}/api/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "unavailable", checks: { database: false } });
    // Alive all the same: liveness must not have the orchestrator restart an instance that recovers by itself.
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", database: "down" });
    const api = await fetch(slotsUrl, { headers: { "Accept-Language": "en" } });
    expect(api.status).toBe(503);
    const apiBody = (await api.json()) as { error: string; message: string };
    expect(apiBody.error).toBe("UNAVAILABLE");
    expect(apiBody.message).toBe("We have a temporary technical fault on our side, and nothing was saved. Please try again in a little while.");
    const page = await fetch(`${server.url}/ar/book/manage/`, { method: "POST", body: new URLSearchParams({ code: "AAAA-BBBB", secret: "x".repeat(24) }), headers: { Origin: server.url } });
    expect(page.status).toBe(503);
    const html = await page.text();
    for (const leak of ["at ", "ECONNREFUSED", "SELECT", "node_modules", "Error:"]) expect(html).not.toContain(leak);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("112");
    const posted = await book(1).catch(() => undefined);
    expect(posted?.status).toBe(503);

    // Back: the same process serves again within seconds, without a restart.
    cluster.start();
    let back = 0;
    for (let i = 0; i < 100 && back !== 200; i++) {
      back = (await fetch(`${server.url}/api/ready`)).status;
      if (back !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(back).toBe(200);
    expect((await fetch(slotsUrl)).status).toBe(200);
    expect((await book(2)).status).toBe(201);
    expect(server.output()).toContain("database out of reach");
  }, 180_000);
});
