import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseEnv } from "../../src/lib/config.ts";
import { decrypt, encrypt, loadMessageKey, parseKey } from "../../src/lib/security/crypto.ts";
import { hashReceipt, isReceipt, newReceipt, RECEIPT_BITS, showReceipt } from "../../src/lib/security/receipts.ts";

describe("receipt codes", () => {
  it("carry at least 96 bits, in an alphabet without look-alikes, shown in groups of four", () => {
    expect(RECEIPT_BITS).toBeGreaterThanOrEqual(96);
    const receipt = newReceipt();
    expect(receipt).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{20}$/);
    expect(showReceipt(receipt)).toMatch(/^(\w{4}-){4}\w{4}$/);
    expect(isReceipt(showReceipt(receipt).toLowerCase())).toBe(true);
    expect(isReceipt("0000-1111-IIII-LLLL-OOOO")).toBe(false);
  });
  it("differ every time: 2,000 codes, no two alike, every character used", () => {
    const codes = Array.from({ length: 2000 }, newReceipt);
    expect(new Set(codes).size).toBe(2000);
    expect(new Set(codes.join("")).size).toBe(31);
  });
  it("are kept as a hash that matches however the code is typed", () => {
    const receipt = newReceipt();
    expect(hashReceipt(receipt)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashReceipt(` ${showReceipt(receipt).toLowerCase()} `)).toBe(hashReceipt(receipt));
    expect(hashReceipt(newReceipt())).not.toBe(hashReceipt(receipt));
  });
});

describe("messages at rest", () => {
  const key = randomBytes(32);
  it("open with the key and the thread they were sealed for, and only then", () => {
    const text = "Hej! مرحبا \u202Eabc — 👋";
    const sealed = encrypt(key, text, "thread-1");
    expect(sealed).not.toContain("Hej");
    expect(decrypt(key, sealed, "thread-1")).toBe(text);
    expect(encrypt(key, text, "thread-1")).not.toBe(sealed);
    expect(() => decrypt(randomBytes(32), sealed, "thread-1")).toThrow();
    expect(() => decrypt(key, sealed, "thread-2")).toThrow();
    const [v, nonce, body = ""] = sealed.split(".");
    const flipped = `${v ?? ""}.${nonce ?? ""}.${body.slice(0, 5)}${body[5] === "A" ? "B" : "A"}${body.slice(6)}`;
    expect(() => decrypt(key, flipped, "thread-1")).toThrow();
    expect(() => decrypt(key, "plain text", "thread-1")).toThrow();
  });
  it("take the key from MESSAGE_KEY, or make a file readable by the owner only, once", () => {
    expect(parseKey(key.toString("hex"))).toEqual(key);
    expect(parseKey(key.toString("base64"))).toEqual(key);
    expect(() => parseKey("too-short")).toThrow(/32 bytes/);
    expect(loadMessageKey(key.toString("base64"), "unused").source).toBe("MESSAGE_KEY");
    const dir = mkdtempSync(join(tmpdir(), "nara-key-"));
    const first = loadMessageKey(undefined, dir);
    expect(first.source).toBe("file-created");
    expect(statSync(join(dir, "message.key")).mode & 0o777).toBe(0o600);
    const again = loadMessageKey(undefined, dir);
    expect(again.source).toBe("file");
    expect(again.key).toEqual(first.key);
    expect(readFileSync(join(dir, "message.key"), "utf8")).not.toBe("");
    expect(loadMessageKey(undefined, "memory://").source).toBe("memory");
  });
  it("refuses a MESSAGE_KEY that is not 32 bytes when the server starts", () => {
    expect(() => parseEnv({ MESSAGE_KEY: "secret" })).toThrow(/MESSAGE_KEY/);
    expect(parseEnv({ MESSAGE_KEY: key.toString("base64") }).MESSAGE_KEY).toBe(key.toString("base64"));
  });
});
