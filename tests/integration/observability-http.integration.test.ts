/**
 * What an operator watches, against the built server on PGlite and (with TEST_DATABASE_URL)
 * PostgreSQL: one JSON log line per request with a request id, the route pattern, status and
 * duration — and no code, query string or address in any of them; the request id in the
 * response; the metrics in Prometheus's format behind a bearer token, or without one on a
 * loopback port: requests by route and status, latency, bookings created, the outbox, the pool.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { solvedPayload } from "../support/altcha.ts";
import { serverSetups, type Setup } from "../support/db.ts";
import { freePort, startServer, type RunningServer } from "../support/server.ts";

const TOKEN = "metrics-token-for-the-test-0123";
const CLINIC = "clinic-ungdomsmottagningen-soderhojden";

describe.each(serverSetups("nara_test_observability"))("logs and metrics on %s", (engine, make) => {
  let setup: Setup;
  let server: RunningServer;
  let metricsPort = 0;
  beforeAll(async () => {
    setup = await make();
    metricsPort = await freePort();
    server = await startServer({ NARA_NOW: "2026-11-24T17:30:00+01:00", ALTCHA_COST: "1", ALTCHA_COUNTER_MAX: "10", METRICS_TOKEN: TOKEN, METRICS_PORT: String(metricsPort), ...setup.env });
  }, 90_000);
  afterAll(async () => {
    await server.stop();
    setup.cleanup();
  });

  it("writes one JSON line per request by route pattern, with its id, and nothing that names a visitor", async () => {
    const home = await fetch(`${server.url}/sv/?from=secret-query-text`, { headers: { "X-Request-Id": "chosen-by-the-client" } });
    expect(home.status).toBe(200);
    const id = home.headers.get("x-request-id") ?? "";
    // Not trusted without TRUST_PROXY: a new id, not the one sent.
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const manage = await fetch(`${server.url}/api/bookings/QQQQ-ZZZZ`, { headers: { Authorization: "Bearer not-a-real-secret-at-all" } });
    expect(manage.status).toBe(404);
    // The log is written a few times a second.
    await new Promise((r) => setTimeout(r, 600));
    const lines = server
      .output()
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = lines.filter((l) => l["msg"] === "request");
    expect(requests.find((l) => l["req"] === id)).toMatchObject({ level: "info", service: "nara", method: "GET", route: "/[locale]", status: 200 });
    expect(requests.find((l) => l["route"] === "/api/bookings/[code]")).toMatchObject({ status: 404, method: "GET" });
    for (const line of requests) {
      expect(typeof line["ms"]).toBe("number");
      const text = JSON.stringify(line);
      for (const secret of ["QQQQ", "secret-query-text", "not-a-real-secret", "127.0.0.1", "chosen-by-the-client"]) expect(text).not.toContain(secret);
    }
    // The start is logged the same way.
    expect(lines.some((l) => typeof l["msg"] === "string" && l["msg"].includes("is listening"))).toBe(true);
  });

  it("serves the metrics with the token, or on the loopback port, never to anyone else", async () => {
    const slots = (await (await fetch(`${server.url}/api/clinics/${CLINIC}/slots?from=2026-11-26&to=2026-12-10&visitType=talk`)).json()) as { slots: { start: string }[] };
    const booked = await fetch(`${server.url}/api/bookings`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ clinicId: CLINIC, visitType: "talk", start: slots.slots[0]?.start, altcha: await solvedPayload(server.url) }) });
    expect(booked.status).toBe(201);
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, { headers: { Authorization: "Bearer wrong-token-wrong-token" } })).status).toBe(401);
    const scraped = await fetch(`${server.url}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(scraped.status).toBe(200);
    expect(scraped.headers.get("content-type")).toContain("text/plain");
    const text = await scraped.text();
    expect(text).toMatch(/nara_http_requests_total\{route="\/api\/bookings",method="POST",status="201"\} 1/);
    expect(text).toMatch(/nara_http_request_duration_seconds_bucket\{le="0\.5",route="\/api\/clinics\/\[clinicId\]\/slots",method="GET"\} \d+/);
    expect(text).toContain('nara_created_total{kind="booking"} 1');
    expect(text).toMatch(/nara_mail_outbox \d+/);
    expect(text).toMatch(/nara_content_version_age_seconds \d/);
    expect(text).toMatch(/nara_process_resident_memory_bytes \d+/);
    if (engine === "PostgreSQL") expect(text).toMatch(/nara_db_pool_connections\{state="total"\} \d+/);
    expect(text).not.toContain("QQQQ");
    const local = await fetch(`http://127.0.0.1:${String(metricsPort)}/metrics`);
    expect(local.status).toBe(200);
    expect(await local.text()).toContain("nara_http_requests_total");
  });
});
