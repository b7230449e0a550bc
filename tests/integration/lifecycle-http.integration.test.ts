/**
 * An instance's life as an orchestrator sees it, on the built server, on PGlite and (with
 * TEST_DATABASE_URL) PostgreSQL: while it starts the port answers, `/api/health` says alive and
 * `/api/ready` and every page say 503 (never a stack trace); once ready, `/api/ready` lists its
 * checks; SIGTERM in the middle of a burst of bookings lets every request already accepted
 * finish, refuses new connections, and exits 0 — and the bookings in the database afterwards are
 * exactly those answered 201: nothing the server took on was left without its answer.
 */
import { Agent, request } from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { solvedPayload } from "../support/altcha.ts";
import { serverSetups, type Setup } from "../support/db.ts";
import { startServer } from "../support/server.ts";

const SETTINGS = { NARA_NOW: "2026-11-24T17:30:00+01:00", RATE_LIMIT_BOOKINGS: "10000", ALTCHA_COST: "1", ALTCHA_COUNTER_MAX: "10", SHUTDOWN_GRACE_SECONDS: "20" };
const CLINIC = "clinic-ungdomsmottagningen-soderhojden";

/** One request on a fresh connection (or on the agent's kept-alive one): its status and body, or the connection error's code. */
function call(url: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}, agent?: Agent): Promise<{ status?: number; body?: string; error?: string }> {
  return new Promise((resolve) => {
    const req = request(url, { method: init.method ?? "GET", headers: agent ? { ...init.headers } : { Connection: "close", ...init.headers }, agent: agent ?? false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, body });
      });
      res.on("error", (error: NodeJS.ErrnoException) => {
        resolve({ error: error.code ?? error.message });
      });
    });
    req.on("error", (error: NodeJS.ErrnoException) => {
      resolve({ error: error.code ?? error.message });
    });
    req.end(init.body);
  });
}

describe.each(serverSetups("nara_test_lifecycle"))("the server's lifecycle on %s", (_, make) => {
  let setup: Setup | undefined;
  afterAll(() => setup?.cleanup());

  it("answers 503 while starting, then ready with its checks; SIGTERM during a burst finishes every accepted booking and exits 0", async () => {
    setup = await make();
    const server = await startServer({ ...SETTINGS, ...setup.env }, { untilReady: false });
    // While it starts: alive, not ready, and a page gets a short 503 that says to try again.
    let early: { status?: number; body?: string; error?: string } = { error: "ECONNREFUSED" };
    for (let i = 0; i < 200 && early.error; i++) {
      early = await call(`${server.url}/api/ready`);
      if (early.error) await new Promise((r) => setTimeout(r, 25));
    }
    expect(early.status).toBe(503);
    expect(JSON.parse(early.body ?? "{}")).toEqual({ status: "starting" });
    const page = await call(`${server.url}/sv/`);
    const health = await call(`${server.url}/api/health`);
    // The start may have finished in between; if not, these are the starting answers.
    if (page.status === 503) expect(page.body).toContain("Försök igen om en liten stund");
    expect(health.status).toBe(200);

    for (let i = 0; i < 600; i++) {
      if ((await call(`${server.url}/api/ready`)).status === 200) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const ready = await call(`${server.url}/api/ready`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body ?? "{}")).toEqual({ status: "ready", checks: { database: true, migrations: true, content: true } });

    // A monitor's connection, kept open: it asks for readiness again once the shutdown has begun.
    const monitor = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await call(`${server.url}/api/health`, {}, monitor)).status).toBe(200);
    let readyWhileStopping: Promise<{ status?: number; body?: string; error?: string }> | undefined;

    // A burst of bookings, each with its own solved challenge; SIGTERM once the first is answered.
    const slots = JSON.parse((await call(`${server.url}/api/clinics/${CLINIC}/slots?from=2026-11-26&to=2026-12-10&visitType=talk`)).body ?? "{}") as { slots: { start: string }[] };
    const payloads = await Promise.all(Array.from({ length: 80 }, () => solvedPayload(server.url)));
    let signalled = false;
    const results = await Promise.all(
      payloads.map(async (altcha, i) => {
        // Spread over the burst: some are sent after the signal, on a connection that is refused.
        await new Promise((r) => setTimeout(r, i * 4));
        const result = await call(`${server.url}/api/bookings`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ clinicId: CLINIC, visitType: "talk", start: slots.slots[i % slots.slots.length]?.start, altcha }) });
        if (!signalled) {
          signalled = true;
          server.signal("SIGTERM");
          // Asked again and again from the signal on: the first answer that is not 200 is the one that counts.
          readyWhileStopping = (async () => {
            for (let i = 0; i < 400; i++) {
              const answer = await call(`${server.url}/api/ready`, {}, monitor);
              if (answer.status !== 200) return answer;
              await new Promise((r) => setTimeout(r, 5));
            }
            return { error: "still ready" };
          })();
        }
        return result;
      }),
    );
    expect(await server.exited).toBe(0);
    // From the moment the shutdown began, readiness said 503 (on the connection it already had).
    const stoppingReady = await readyWhileStopping;
    monitor.destroy();
    expect(stoppingReady?.status).toBe(503);
    // "stopping", or "unavailable" when the shutdown began while that answer's checks ran.
    expect(["stopping", "unavailable"]).toContain((JSON.parse(stoppingReady?.body ?? "{}") as { status: string }).status);
    // Each request either got its whole answer or never reached the server: refused once the
    // listener had closed, or reset while still in the kernel's queue of connections not yet
    // taken (never read, so never done; a client retries it with its idempotency key).
    const errors = results.filter((r) => r.error).map((r) => r.error);
    expect(errors.every((e) => e === "ECONNREFUSED" || e === "ECONNRESET")).toBe(true);
    expect(server.output()).toContain("Stopped: every request finished.");
    const answered = results.filter((r) => r.status !== undefined);
    expect(answered.every((r) => r.status === 201 || r.status === 409 || r.status === 503)).toBe(true);
    // The code as shown (XXXX-XXXX) and as stored (without the dash).
    const booked = answered.filter((r) => r.status === 201).map((r) => (JSON.parse(r.body ?? "{}") as { code: string }).code.replace("-", ""));
    expect(booked.length).toBeGreaterThan(0);
    expect(server.output()).toContain("SIGTERM: not ready");
    // Everything answered 201 is in the database.
    const db = await setup.open();
    try {
      const rows = await db.query<{ code: string }>("SELECT code FROM bookings");
      expect(rows.map((r) => r.code).sort()).toEqual([...booked].sort());
    } finally {
      await db.close();
    }
  }, 180_000);
});
