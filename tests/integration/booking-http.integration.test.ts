/**
 * The booking API over HTTP against the built server, on PGlite and (with TEST_DATABASE_URL)
 * PostgreSQL: 200 simultaneous bookings of a slot with 3 seats, each with its own solved
 * challenge, give exactly 3; and every kind of bad request gets a clear 4xx. The test turns
 * limits through the same environment variables a deployment uses.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { solvedPayload } from "../support/altcha.ts";
import { serverSetups, type Setup } from "../support/db.ts";
import { startServer, type RunningServer } from "../support/server.ts";

// Söderhöjden's youth clinic: 3 seats a slot, Thursday evenings; the clock is Tuesday 24 Nov 2026.
const CLINIC = "clinic-ungdomsmottagningen-soderhojden";
const SLOT = "2026-11-26T15:00:00.000Z"; // Thursday 16:00 in Stockholm
const SETTINGS = { NARA_NOW: "2026-11-24T17:30:00+01:00", RATE_LIMIT_BOOKINGS: "1000", RATE_LIMIT_MANAGE: "5", ALTCHA_COST: "1", ALTCHA_COUNTER_MAX: "10" };

const setups = serverSetups("nara_test_http");

describe.each(setups)("booking API on %s", (_, make) => {
  let setup: Setup;
  let server: RunningServer;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/bookings`, { method: "POST", headers: { "Content-Type": "application/json", "Accept-Language": "en", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

  beforeAll(async () => {
    setup = await make();
    server = await startServer({ ...SETTINGS, ...setup.env });
  }, 90_000);
  afterAll(async () => {
    await server.stop();
    setup.cleanup();
  });

  it("answers the health check with 200 and nothing about the data", async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
    expect(response.headers.get("cache-control")).toBe("no-store");
    // Metrics are off unless METRICS_TOKEN or METRICS_PORT is set: nothing there.
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
  });

  it("gives exactly 3 of 200 simultaneous bookings for a slot with 3 seats; 197 answer 409", async () => {
    const payloads = await Promise.all(Array.from({ length: 200 }, () => solvedPayload(server.url)));
    const responses = await Promise.all(payloads.map((altcha) => post({ clinicId: CLINIC, visitType: "sti-test", start: SLOT, altcha })));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(197);
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as Record<string, unknown>[];
    expect(new Set(bodies.filter((b) => !("code" in b)).map((b) => b["error"]))).toEqual(new Set(["SLOT_FULL"]));
    const slots = (await (await fetch(`${server.url}/api/clinics/${CLINIC}/slots?from=2026-11-26&to=2026-11-26&visitType=sti-test`)).json()) as { slots: { start: string }[] };
    expect(slots.slots.map((s) => s.start)).not.toContain(SLOT);
    expect(slots.slots).toHaveLength(8);
  }, 120_000);

  it("answers a repeated request (same idempotency key, a new proof) with the same booking and secret; the key alone gives nothing", async () => {
    const body = { clinicId: CLINIC, visitType: "talk", start: "2026-11-26T16:00:00.000Z", idempotencyKey: "same-request-0001" };
    const first = await post({ ...body, altcha: await solvedPayload(server.url) });
    const replayedProof = await post({ ...body, altcha: "" });
    const again = await post({ ...body, altcha: await solvedPayload(server.url) });
    expect([first.status, replayedProof.status, again.status]).toEqual([201, 422, 200]);
    expect(await replayedProof.text()).not.toMatch(/"code"|"secret"/);
    expect(await again.json()).toEqual(await first.json());
    // A used key with other fields is answered as a key that is no key at all (409 before: it told which keys exist).
    const other = await post({ ...body, start: "2026-11-26T16:40:00.000Z", altcha: await solvedPayload(server.url) });
    const noKey = await post({ ...body, start: "2026-11-26T16:40:00.000Z", idempotencyKey: "x", altcha: await solvedPayload(server.url) });
    expect([other.status, noKey.status]).toEqual([422, 422]);
    expect(await other.json()).toEqual(await noKey.json());
  });

  it("refuses a used or missing proof, unknown fields, bad values, malformed JSON and big bodies with a clear 4xx", async () => {
    const altcha = await solvedPayload(server.url);
    const ok = await post({ clinicId: CLINIC, visitType: "sti-test", start: "2026-11-26T16:20:00.000Z", altcha });
    expect(ok.status).toBe(201);
    const cases: [unknown, number, string][] = [
      [{ clinicId: CLINIC, visitType: "sti-test", start: "2026-11-26T16:40:00.000Z", altcha }, 422, "altcha"],
      [{ clinicId: CLINIC, visitType: "sti-test", start: "2026-11-26T16:40:00.000Z" }, 422, "altcha"],
      [{ clinicId: CLINIC, visitType: "sti-test", start: "2026-11-26T16:40:00.000Z", altcha: await solvedPayload(server.url), name: "Anna" }, 422, "UNKNOWN_FIELDS"],
      [{ clinicId: CLINIC, visitType: "sti-test", start: "2026-11-26T16:45:00.000Z", altcha: await solvedPayload(server.url) }, 422, "start"],
      [{ clinicId: CLINIC, visitType: "sti-test", start: "2026-11-19T15:00:00.000Z", altcha: await solvedPayload(server.url) }, 422, "start"],
      [{ clinicId: "clinic-nowhere", visitType: "sti-test", start: SLOT, altcha: await solvedPayload(server.url) }, 422, "clinicId"],
      [{ clinicId: CLINIC, visitType: "x-ray", start: SLOT, altcha: await solvedPayload(server.url) }, 422, "visitType"],
      [{ clinicId: CLINIC, visitType: "sti-test", start: "tomorrow", altcha: await solvedPayload(server.url) }, 422, "start"],
      ["{not json", 400, "BAD_REQUEST"],
      ["[]", 400, "BAD_REQUEST"],
      [JSON.stringify({ clinicId: CLINIC, pad: "x".repeat(17_000) }), 413, "TOO_LARGE"],
    ];
    for (const [body, status, where] of cases) {
      const response = await post(body);
      const text = await response.text();
      expect([response.status, text.includes(where)], text).toEqual([status, true]);
      expect(text).not.toMatch(/at \w+ \(|node_modules|SELECT|INSERT/);
    }
  });

  it("shows, moves and cancels with the secret; a wrong secret answers like an unknown code and is throttled", async () => {
    const made = (await (await post({ clinicId: CLINIC, visitType: "sti-test", start: "2026-11-26T17:00:00.000Z", altcha: await solvedPayload(server.url) })).json()) as { code: string; secret: string };
    const call = (method: string, secret: string, code = made.code, body?: unknown) =>
      fetch(`${server.url}/api/bookings/${code}`, { method, headers: { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" }, ...(body ? { body: JSON.stringify(body) } : {}) });
    expect((await call("GET", made.secret)).status).toBe(200);
    const moved = await call("PATCH", made.secret, made.code, { start: "2026-11-26T17:20:00.000Z" });
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as { start: string }).start).toBe("2026-11-26T17:20:00.000Z");
    const cancelled = await call("DELETE", made.secret);
    expect(((await cancelled.json()) as { status: string }).status).toBe("cancelled");
    expect((await call("DELETE", made.secret)).status).toBe(409);
    const wrong = await call("GET", "2222-2222-2222-2222-2222-2222");
    const unknown = await call("GET", made.secret, "2222-2222");
    expect([wrong.status, unknown.status]).toEqual([404, 404]);
    expect(await wrong.text()).toBe(await unknown.text());
    // RATE_LIMIT_MANAGE is 5 failed attempts an hour here: after them a wrong secret waits…
    for (let i = 0; i < 3; i++) expect((await call("GET", "3333-3333-3333-3333-3333-3333")).status).toBe(404);
    const throttled = await call("GET", "4444-4444-4444-4444-4444-4444");
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
    // …and the right one still opens: someone else behind the same address is not locked out.
    expect((await call("GET", made.secret)).status).toBe(200);
  });

  it("holds exactly the bookings it answered 201 for, and no address", async () => {
    await server.stop();
    const db = await setup.open();
    try {
      const rows = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM bookings WHERE starts_at = $1 AND status = 'booked'", [SLOT]);
      expect(rows[0]?.n).toBe(3);
      const columns = await db.query<{ column_name: string }>("SELECT column_name FROM information_schema.columns WHERE table_name = 'bookings'");
      const names = columns.map((c) => c.column_name);
      expect(names).toContain("nickname");
      for (const personal of ["ip", "ip_address", "name", "personal_number", "email", "user_agent"]) expect(names).not.toContain(personal);
      const limits = await db.query<{ client: string }>("SELECT client FROM rate_limits");
      for (const { client } of limits) expect(client).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      await db.close();
    }
    server = await startServer({ ...SETTINGS, ...setup.env });
  }, 90_000);
});
