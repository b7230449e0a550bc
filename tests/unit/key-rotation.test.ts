/**
 * Rotating the keys, through the composed app on one database across "restarts": values sealed
 * before key ids still open; a message sealed with the old MESSAGE_KEY opens once the new key is
 * set and the old one is in MESSAGE_KEYS_OLD; the re-seal moves every value to the new key, after
 * which the old key can go; a value sealed with a key no longer configured is refused with what
 * to do. A new SERVER_SECRET leaves bookings' secrets as they are.
 */
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app/index.ts";
import { parseEnv } from "../../src/lib/config.ts";
import { localSource } from "../../src/lib/content/sources.ts";
import { migrate, openPglite, type Db } from "../../src/lib/db/index.ts";
import { decrypt, encrypt, keyId, keyring, MessageKeyError } from "../../src/lib/security/crypto.ts";
import { runCommand } from "../../scripts/commands.ts";
import { mailCatcher, TUESDAY, withToken } from "../support/app.ts";

const OLD = randomBytes(32).toString("base64");
const NEW = randomBytes(32).toString("base64");

describe("sealing with a keyring", () => {
  it("names the key a value is sealed with, opens values from before key ids, and refuses an unknown key", () => {
    const old = Buffer.from(OLD, "base64");
    const fresh = Buffer.from(NEW, "base64");
    const sealed = encrypt(old, "namn", "row-1");
    expect(sealed.startsWith(`v2.${keyId(old)}.`)).toBe(true);
    const both = keyring(fresh, [old]);
    expect(decrypt(both, sealed, "row-1")).toBe("namn");
    expect(() => decrypt(keyring(fresh), sealed, "row-1")).toThrow(MessageKeyError);
    expect(() => decrypt(keyring(fresh), sealed, "row-1")).toThrow(/MESSAGE_KEYS_OLD/);
    // A value from before key ids: v1.<nonce>.<body>, tried with each key.
    const [, , nonce, body] = sealed.split(".");
    expect(decrypt(both, `v1.${nonce ?? ""}.${body ?? ""}`, "row-1")).toBe("namn");
    // Still bound to its row.
    expect(() => decrypt(both, sealed, "row-2")).toThrow();
  });
});

describe("rotating MESSAGE_KEY and SERVER_SECRET on a running service", () => {
  const dir = mkdtempSync(join(tmpdir(), "nara-keys-"));
  let db: Db;
  const compose = (env: Record<string, string>) =>
    createApp(parseEnv({ DATA_DIR: "memory://", FORM_MIN_SECONDS: "0", LOG_LEVEL: "silent", ...env }), { db, content: localSource(join(dir, "dataset.ndjson")), clock: () => TUESDAY, mailer: mailCatcher([]) });
  // The app closes the database with it: a wrapper that leaves it open between "restarts".
  const keepOpen = (inner: Db): Db => ({ ...inner, close: () => Promise.resolve() });
  let receipt = "";
  let booking = { code: "", secret: "" };

  beforeAll(async () => {
    copyFileSync("sanity/seed/dataset.ndjson", join(dir, "dataset.ndjson"));
    const inner = await openPglite("memory://");
    await migrate(inner);
    db = keepOpen(inner);
  }, 60_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("opens the old key's messages after the rotation, re-seals them all, and then needs the old key no more", async () => {
    const before: App = await compose({ MESSAGE_KEY: OLD, SERVER_SECRET: "s".repeat(40) });
    const sent = await before.messages.sendFromForm(withToken(before, "contact", { unit: "office-norrgardet", topic: "worried-about-child", answerLocale: "sv", message: "Sigillerad med den gamla nyckeln.", contactMode: "email", email: "writer@example.se" }), "client-keys", TUESDAY);
    if (!sent.ok) throw new Error("not sent");
    receipt = sent.receipt;
    const slots = await before.booking.slots("clinic-ungdomsmottagningen-soderhojden", { visitType: "talk" }, TUESDAY);
    if (!slots.ok || !slots.slots[0]) throw new Error("no slots");
    const made = await before.booking.fromForm(withToken(before, "booking", { clinicId: "clinic-ungdomsmottagningen-soderhojden", visitType: "talk", start: slots.slots[0].start }), "sv", "client-keys", TUESDAY);
    if (!made.ok) throw new Error(`not booked: ${JSON.stringify(made)}`);
    booking = { code: made.booking.code, secret: made.secret };
    expect(await before.sealedStatus()).toEqual({ current: 2, older: 0 });
    await before.close();

    // The restart with the new key, the old one kept for reading, and a new SERVER_SECRET.
    const after = await compose({ MESSAGE_KEY: NEW, MESSAGE_KEYS_OLD: OLD, SERVER_SECRET: "t".repeat(40) });
    expect(await after.sealedStatus()).toEqual({ current: 0, older: 2 });
    const read = await after.messages.readFromForm({ action: "open", receipt }, "client-keys", TUESDAY);
    expect(read.ok && read.thread.messages[0]?.body).toBe("Sigillerad med den gamla nyckeln.");
    expect((await after.booking.open(booking.code, booking.secret, "client-keys")).ok).toBe(true);
    // What is written now is sealed with the new key; the re-seal moves the rest.
    const moved = await after.reseal();
    expect(moved["message_threads"]).toBe(1);
    expect(moved["thread_messages"]).toBe(1);
    expect(await after.sealedStatus()).toEqual({ current: 2, older: 0 });
    await after.close();

    // The old key gone: everything still opens.
    const later = await compose({ MESSAGE_KEY: NEW, SERVER_SECRET: "t".repeat(40) });
    const again = await later.messages.readFromForm({ action: "open", receipt }, "client-keys", TUESDAY);
    expect(again.ok && again.thread.contact).toEqual({ email: "writer@example.se" });
    await later.close();
  });

  it("rotates the generated key file with `npm run keys -- rotate`; `status` and `reseal` say and move what the old key sealed", async () => {
    const keyDir = mkdtempSync(join(tmpdir(), "nara-keyfile-"));
    const own = keepOpen(await openPglite("memory://"));
    await migrate(own);
    // No MESSAGE_KEY: the key lives in the data directory's key file, made at the first start.
    const at = () => createApp(parseEnv({ DATA_DIR: keyDir, FORM_MIN_SECONDS: "0", LOG_LEVEL: "silent" }), { db: own, content: localSource(join(dir, "dataset.ndjson")), clock: () => TUESDAY, mailer: mailCatcher([]) });
    try {
      const first = await at();
      const sent = await first.messages.sendFromForm(withToken(first, "contact", { unit: "office-norrgardet", topic: "worried-about-child", answerLocale: "sv", message: "Före bytet av nyckelfil.", contactMode: "code" }), "client-keyfile", TUESDAY);
      if (!sent.ok) throw new Error("not sent");
      const rotated = await runCommand(first, "keys", ["rotate"]);
      expect(rotated.code).toBe(0);
      expect(rotated.lines.join(" ")).toMatch(/A new message key \(key id [0-9a-f]{8}\) is first in/);
      await first.close();

      const second = await at();
      const status = await runCommand(second, "keys", ["status"]);
      expect(status.lines.join(" ")).toMatch(/0 with the current key, [1-9]\d* with older keys \(npm run keys -- reseal moves them now\)/);
      const resealed = await runCommand(second, "keys", ["reseal"]);
      expect(resealed.code).toBe(0);
      expect(resealed.lines.at(-1)).toBe("Left with older keys: 0.");
      const read = await second.messages.readFromForm({ action: "open", receipt: sent.receipt }, "client-keyfile", TUESDAY);
      expect(read.ok && read.thread.messages[0]?.body).toBe("Före bytet av nyckelfil.");
      // With MESSAGE_KEY set there is no file to rotate: the command says what to do instead.
      const withEnv = await createApp(parseEnv({ DATA_DIR: "memory://", MESSAGE_KEY: NEW, LOG_LEVEL: "silent" }), { db: own, content: localSource(join(dir, "dataset.ndjson")), clock: () => TUESDAY, mailer: mailCatcher([]) });
      const refusedRotate = await runCommand(withEnv, "keys", ["rotate"]);
      expect(refusedRotate.code).not.toBe(0);
      expect(refusedRotate.lines.join(" ")).toContain("MESSAGE_KEYS_OLD");
      await withEnv.close();
      await second.close();
    } finally {
      rmSync(keyDir, { recursive: true, force: true });
    }
  });
});
