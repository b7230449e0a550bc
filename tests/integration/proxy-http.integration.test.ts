/**
 * Two instances behind Debian's nginx (the project's own site file) on one PostgreSQL database,
 * TRUST_PROXY on: requests reach both; 200 simultaneous bookings for a slot with 3 seats give
 * exactly 3; a rate limit holds across the instances and whatever X-Forwarded-For a client
 * writes itself; a solved challenge is taken once, whichever instance sees it again; a staff
 * session made on one instance holds on the other. (Content changes between instances:
 * notify.integration.test.ts.)
 */
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { solvedPayload } from "../support/altcha.ts";
import { freshPostgresUrl, POSTGRES_URL } from "../support/db.ts";
import { available, startNginx, type Proxy } from "../support/nginx.ts";
import { freePort, startServer, type RunningServer } from "../support/server.ts";

const CLINIC = "clinic-ungdomsmottagningen-soderhojden";
const SLOT = "2026-11-26T15:00:00.000Z"; // Thursday 16:00 in Stockholm: 3 seats
const PASSWORD = "a-long-proxy-test-password";

describe.runIf(available && POSTGRES_URL)("two instances behind nginx", () => {
  let proxy: Proxy;
  const servers: RunningServer[] = [];
  const requestsTo = (server: RunningServer) => server.output().split("\n").filter((l) => l.includes('"msg":"request"')).length;

  beforeAll(async () => {
    const url = await freshPostgresUrl("nara_test_proxy");
    const ports: [number, number] = [await freePort(), await freePort()];
    proxy = await startNginx(ports);
    const env = {
      DATABASE_URL: url,
      TRUST_PROXY: "true",
      PUBLIC_SITE_URL: proxy.url,
      NARA_NOW: "2026-11-24T17:30:00+01:00",
      ALTCHA_COST: "1",
      ALTCHA_COUNTER_MAX: "10",
      RATE_LIMIT_BOOKINGS: "1000",
      RATE_LIMIT_MANAGE: "5",
      MESSAGE_KEY: "9".repeat(64),
      STAFF_PASSWORD: PASSWORD,
    };
    const made = spawnSync(process.execPath, ["scripts/staff.ts", "add", "dina", "--name", "Dina", "--role", "office:office-kvarnby"], { env: { ...process.env, ...env }, encoding: "utf8" });
    expect(made.status, made.stderr).toBe(0);
    // One after the other: the second finds the migrations done.
    for (const port of ports) servers.push(await startServer(env, { port }));
  }, 120_000);
  afterAll(async () => {
    await proxy.stop();
    for (const server of servers) await server.stop();
  });

  it("gives exactly 3 of 200 simultaneous bookings through nginx, spread over both instances", async () => {
    const before = servers.map(requestsTo);
    const payloads = await Promise.all(Array.from({ length: 200 }, () => solvedPayload(proxy.url)));
    const responses = await Promise.all(payloads.map((altcha) => fetch(`${proxy.url}/api/bookings`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ clinicId: CLINIC, visitType: "sti-test", start: SLOT, altcha }) })));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(197);
    const after = servers.map(requestsTo);
    // Both instances answered a good share of the bookings.
    for (let i = 0; i < 2; i++) expect((after[i] ?? 0) - (before[i] ?? 0)).toBeGreaterThan(50);
    expect(proxy.log()).not.toContain("[error]");
  }, 120_000);

  it("holds a rate limit across the instances, whatever X-Forwarded-For the client writes", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await fetch(`${proxy.url}/api/bookings/WXYZ-${String(1000 + i)}`, { headers: { Authorization: "Bearer not-the-secret-of-any-booking", "X-Forwarded-For": `198.51.100.${String(i)}` } });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429, 429]);
  });

  it("takes a solved challenge once, whichever instance sees it again", async () => {
    const altcha = await solvedPayload(proxy.url);
    const body = (start: string) => JSON.stringify({ clinicId: CLINIC, visitType: "talk", start, altcha });
    const slots = (await (await fetch(`${proxy.url}/api/clinics/${CLINIC}/slots?from=2026-11-26&to=2026-12-10&visitType=talk`)).json()) as { slots: { start: string }[] };
    const first = await fetch(`${proxy.url}/api/bookings`, { method: "POST", headers: { "Content-Type": "application/json" }, body: body(slots.slots[1]?.start ?? "") });
    expect(first.status).toBe(201);
    // Sent again, several times: round robin takes it to the other instance too.
    for (let i = 0; i < 3; i++) {
      const again = await fetch(`${proxy.url}/api/bookings`, { method: "POST", headers: { "Content-Type": "application/json", "Accept-Language": "en" }, body: body(slots.slots[2 + i]?.start ?? "") });
      expect(again.status).toBe(422);
      expect(((await again.json()) as { fields: Record<string, string> }).fields).toHaveProperty("altcha");
    }
  });

  it("keeps a staff session made on one instance on the other", async () => {
    const signIn = await fetch(`${proxy.url}/staff/`, { method: "POST", body: new URLSearchParams({ username: "dina", password: PASSWORD }), headers: { Origin: proxy.url }, redirect: "manual" });
    expect(signIn.status).toBe(303);
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const before = servers.map(requestsTo);
    for (let i = 0; i < 6; i++) {
      const page = await fetch(`${proxy.url}/staff/messages/`, { headers: { Cookie: cookie } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Logga ut");
    }
    const after = servers.map(requestsTo);
    for (let i = 0; i < 2; i++) expect((after[i] ?? 0) - (before[i] ?? 0)).toBeGreaterThan(0);
  });
});
