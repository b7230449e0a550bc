/**
 * Backups, and the operator's commands while the server runs, against the built server. On the
 * embedded database (one process per data directory): `npm run staff`, `purge`, `followup` and
 * `backup` are run by the running server over its control socket; a restore is refused while it
 * runs; the backup restored into a fresh data directory (with the message key kept apart) gives
 * back a booking (code and secret) and a message (receipt code) in a new instance. On PostgreSQL
 * (with TEST_DATABASE_URL): the same through pg_dump and pg_restore into a fresh database.
 */
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { solvedPayload } from "../support/altcha.ts";
import { freshPostgresUrl, POSTGRES_URL } from "../support/db.ts";
import { startServer, type RunningServer } from "../support/server.ts";

const SETTINGS = {
  NARA_NOW: "2026-11-24T17:30:00+01:00",
  FORM_MIN_SECONDS: "0",
  RATE_LIMIT_BOOKINGS: "100",
  RATE_LIMIT_MESSAGES: "100",
  ALTCHA_COST: "1",
  ALTCHA_COUNTER_MAX: "10",
  STAFF_PASSWORD: "a-long-backup-test-password",
};
const CLINIC = "clinic-ungdomsmottagningen-soderhojden";

/**
 * An operator's command, run without blocking this process: a synchronous spawn would keep the
 * test's event loop from seeing the server close an idle keep-alive connection, and the next
 * fetch would pick that dead connection ("other side closed").
 */
function npm(script: string, args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`scripts/${script}.ts`, ...args], { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => {
      resolve({ status, stdout, stderr });
    });
  });
}

/** A booking and a message made over HTTP: what a resident keeps to come back. */
async function residentData(server: RunningServer): Promise<{ code: string; secret: string; receipt: string }> {
  const slots = (await (await fetch(`${server.url}/api/clinics/${CLINIC}/slots?from=2026-11-26&to=2026-12-10&visitType=talk`)).json()) as { slots: { start: string }[] };
  const booked = await fetch(`${server.url}/api/bookings`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ clinicId: CLINIC, visitType: "talk", start: slots.slots[0]?.start, altcha: await solvedPayload(server.url) }) });
  expect(booked.status).toBe(201);
  const { code, secret } = (await booked.json()) as { code: string; secret: string };
  const page = await (await fetch(`${server.url}/sv/contact/`)).text();
  const form = new FormData();
  const fields = { unit: "office-kvarnby", topic: "money", answerLocale: "sv", message: "Säkerhetskopian ska bära det här.", contactMode: "code", formToken: /name="formToken" value="([^"]+)"/.exec(page)?.[1] ?? "", website: "" };
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const sent = await fetch(`${server.url}/sv/contact/`, { method: "POST", body: form, headers: { Origin: server.url } });
  expect(sent.status).toBe(200);
  const receipt = /data-receipt>([A-Z0-9-]+)</.exec(await sent.text())?.[1] ?? "";
  expect(receipt).not.toBe("");
  return { code, secret, receipt };
}

/** The resident's booking and message, read back from a (restored) instance. */
async function readBack(server: RunningServer, data: { code: string; secret: string; receipt: string }): Promise<void> {
  const booking = await fetch(`${server.url}/api/bookings/${data.code}`, { headers: { Authorization: `Bearer ${data.secret}` } });
  expect(booking.status).toBe(200);
  expect(await booking.json()).toMatchObject({ code: data.code, clinicId: CLINIC });
  const thread = await fetch(`${server.url}/sv/contact/answer/`, { method: "POST", body: new URLSearchParams({ action: "open", receipt: data.receipt }), headers: { Origin: server.url } });
  expect(thread.status).toBe(200);
  expect(await thread.text()).toContain("Säkerhetskopian ska bära det här.");
}

describe("the embedded database: commands while the server runs, backup and restore", () => {
  const dir = mkdtempSync(join(tmpdir(), "nara-backup-"));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs staff, purge, follow-up and backup in the running server, refuses a restore, and the backup restores into a new instance", async () => {
    const first = { ...SETTINGS, DATA_DIR: join(dir, "first") };
    const server = await startServer(first);
    const archive = join(dir, "nara-backup.tar.gz");
    let data: { code: string; secret: string; receipt: string };
    try {
      data = await residentData(server);
      const added = await npm("staff", ["add", "tove", "--name", "Tove Test", "--role", "admin"], first);
      expect(added.status, added.stderr).toBe(0);
      expect(added.stdout).toContain("(run by the server that has the embedded database open)");
      expect(added.stdout).toContain("Added tove (admin)");
      const bad = await npm("staff", ["add", "tove", "--role", "king"], first);
      expect([bad.status, bad.stderr.trim()]).toEqual([1, "Not a role: king (admin, editor, general, insights, recruitment, clinic:<id>, office:<id> or nightwalks:<area id>)"]);
      const purged = await npm("purge", [], first);
      expect(purged.status, purged.stderr).toBe(0);
      expect(purged.stdout).toMatch(/Purged \(PGlite in .*\): bookings 0/);
      const rolled = await npm("followup", ["catch-up"], first);
      expect(rolled.status, rolled.stderr).toBe(0);
      const backedUp = await npm("backup", [archive], first);
      expect(backedUp.status, backedUp.stderr).toBe(0);
      expect(backedUp.stdout).toContain(`Backed up the embedded database to ${archive}`);
      expect(statSync(archive).size).toBeGreaterThan(100_000);
      const keys = await npm("keys", ["status"], first);
      expect(keys.status, keys.stderr).toBe(0);
      expect(keys.stdout).toMatch(/Sealed values: 1 with the current key, 0 with older keys\./);
      // The server still serves after all of it.
      expect((await fetch(`${server.url}/api/ready`)).status).toBe(200);
      const refused = await npm("restore", [archive, "--force"], first);
      expect([refused.status, refused.stderr.trim()]).toEqual([1, "The server is running on this data directory: stop it first, then restore."]);
    } finally {
      expect(await server.stop()).toBe(0);
    }

    // A new machine: the backup and the message key, kept apart, put back.
    const second = { ...SETTINGS, DATA_DIR: join(dir, "second") };
    const restored = await npm("restore", [archive], second);
    expect(restored.status, restored.stderr).toBe(0);
    copyFileSync(join(dir, "first", "message.key"), join(dir, "second", "message.key"));
    const again = await npm("restore", [archive], second);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("holds a database already. Nothing was changed");
    const restoredServer = await startServer(second);
    try {
      await readBack(restoredServer, data);
      const listed = await npm("staff", ["list"], second);
      expect(listed.stdout).toContain("tove\tTove Test\tadmin");
    } finally {
      await restoredServer.stop();
    }
    // Without a server, the commands open the database themselves (and say nothing of a server).
    const offline = await npm("staff", ["list"], second);
    expect(offline.status).toBe(0);
    expect(offline.stdout).not.toContain("run by the server");
    expect(existsSync(join(dir, "second", "control.sock"))).toBe(false);
  }, 240_000);
});

describe.runIf(POSTGRES_URL)("PostgreSQL: pg_dump and pg_restore through the same commands", () => {
  const dir = mkdtempSync(join(tmpdir(), "nara-backup-pg-"));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("backs up with pg_dump and restores into a fresh database that a new instance reads", async () => {
    const first = { ...SETTINGS, DATA_DIR: join(dir, "first"), DATABASE_URL: await freshPostgresUrl("nara_test_backup_a"), MESSAGE_KEY: "c".repeat(64) };
    const server = await startServer(first);
    const archive = join(dir, "nara.dump");
    let data: { code: string; secret: string; receipt: string };
    try {
      data = await residentData(server);
      const backedUp = await npm("backup", [archive], first);
      expect(backedUp.status, backedUp.stderr).toBe(0);
      expect(backedUp.stdout).toContain("pg_dump, custom format");
    } finally {
      await server.stop();
    }
    const second = { ...first, DATA_DIR: join(dir, "second"), DATABASE_URL: await freshPostgresUrl("nara_test_backup_b") };
    const restored = await npm("restore", [archive], second);
    expect(restored.status, restored.stderr).toBe(0);
    const restoredServer = await startServer(second);
    try {
      await readBack(restoredServer, data);
    } finally {
      await restoredServer.stop();
    }
  }, 240_000);
});
