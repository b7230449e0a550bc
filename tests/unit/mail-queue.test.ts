/**
 * Mail when the mail server is down, through the composed app: the send that fails is kept
 * (sealed: no address or text readable in the table) and the caller carries on; the minutely
 * upkeep tries it again after a pause that doubles, sends it once the server is back (the same
 * mail, calendar file included), and gives up — and deletes it — after MAIL_RETRY_HOURS. The
 * metrics show the failed sends and what waits.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app/index.ts";
import { parseEnv } from "../../src/lib/config.ts";
import { localSource } from "../../src/lib/content/sources.ts";
import type { Mail } from "../../src/lib/mail/index.ts";
import { retryDelayMs } from "../../src/lib/server/mail-queue.ts";
import { mailCatcher } from "../support/app.ts";

describe("mail while the mail server is down", () => {
  const dir = mkdtempSync(join(tmpdir(), "nara-mailq-"));
  const sent: Mail[] = [];
  let down = true;
  let now = new Date("2026-11-24T17:30:00+01:00");
  const later = (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000));
  // The mail server: down until the test says it is back.
  const server = mailCatcher(sent, () => down);
  let app: App;
  const queue = () => app.db.query<{ mail_sealed: string; attempts: number }>("SELECT mail_sealed, attempts FROM mail_queue ORDER BY created_at");
  const MAIL: Mail = { to: "resident@example.se", subject: "Din bokning", text: "Välkommen på torsdag.", attachments: [{ filename: "besok.ics", content: "BEGIN:VCALENDAR", contentType: "text/calendar" }] };

  beforeAll(async () => {
    copyFileSync("sanity/seed/dataset.ndjson", join(dir, "dataset.ndjson"));
    app = await createApp(parseEnv({ DATA_DIR: "memory://", MAIL_RETRY_HOURS: "2", LOG_LEVEL: "silent" }), { content: localSource(join(dir, "dataset.ndjson")), clock: () => now, mailer: server });
  }, 60_000);
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("doubles the pause from a minute to at most an hour", () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 60, 60, 60]);
  });

  it("keeps a mail that could not be sent, sealed, and the caller goes on", async () => {
    await expect(app.mailer.send(MAIL)).resolves.toBeUndefined();
    const rows = await queue();
    expect(rows).toHaveLength(1);
    for (const secret of ["resident@example.se", "Välkommen", "Din bokning"]) expect(rows[0]?.mail_sealed).not.toContain(secret);
    const metrics = await app.metrics.text();
    expect(metrics).toContain("nara_mail_failed_total 1");
    expect(metrics).toContain("nara_mail_waiting 1");
  });

  it("tries again after the pause, and sends the same mail once the server is back", async () => {
    await app.upkeep.minutely(later(0.5));
    expect((await queue())[0]?.attempts).toBe(1);
    await app.upkeep.minutely(later(1));
    expect((await queue())[0]?.attempts).toBe(2);
    down = false;
    // The next attempt is due two minutes after the last.
    await app.upkeep.minutely(later(1));
    expect(sent).toHaveLength(0);
    await app.upkeep.minutely(later(1.5));
    expect(sent).toEqual([MAIL]);
    expect(await queue()).toEqual([]);
    expect(await app.metrics.text()).toContain("nara_mail_waiting 0");
  });

  it("gives up after MAIL_RETRY_HOURS and deletes it", async () => {
    down = true;
    await app.mailer.send({ ...MAIL, subject: "Påminnelse" });
    for (let minute = 0; minute < 180; minute++) await app.upkeep.minutely(later(1));
    expect(await queue()).toEqual([]);
    expect(sent).toHaveLength(1);
    expect(await app.metrics.text()).toMatch(/nara_mail_failed_total [5-9]/);
  }, 120_000);
});
