/**
 * Message bodies, replies and contact details are encrypted at rest with AES-256-GCM. The key
 * is `MESSAGE_KEY` (32 bytes, base64 or hex) or, in the embedded default, a file
 * `message.key` in DATA_DIR made once with owner-only permissions. Each value has its own
 * random 96-bit nonce and is bound to its thread (additional data), so a value copied to
 * another row does not open.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const VERSION = "v1";

export class MessageKeyError extends Error {
  override name = "MessageKeyError";
}

/** A key from its text form: 44 characters of base64 or 64 hex digits, 32 bytes either way. */
export function parseKey(text: string): Buffer {
  const value = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, "hex") : Buffer.from(value, "base64");
  if (key.length !== 32) throw new MessageKeyError("MESSAGE_KEY must be 32 bytes, as 64 hex digits or base64 (openssl rand -base64 32)");
  return key;
}

export interface LoadedKey {
  key: Buffer;
  /** Where the key came from, for the start-up line (never the key itself). */
  source: "MESSAGE_KEY" | "file-created" | "file" | "memory";
  path?: string;
}

/** MESSAGE_KEY, else DATA_DIR/message.key (made when missing, mode 0600), else a key for this process only. */
export function loadMessageKey(messageKey: string | undefined, dataDir: string): LoadedKey {
  if (messageKey) return { key: parseKey(messageKey), source: "MESSAGE_KEY" };
  if (dataDir === "memory://") return { key: randomBytes(32), source: "memory" };
  const path = join(dataDir, "message.key");
  if (existsSync(path)) return { key: parseKey(readFileSync(path, "utf8")), source: "file", path };
  writeFileSync(path, `${randomBytes(32).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  return { key: parseKey(readFileSync(path, "utf8")), source: "file-created", path };
}

export function encrypt(key: Buffer, plaintext: string, boundTo: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  cipher.setAAD(Buffer.from(boundTo, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${nonce.toString("base64url")}.${body.toString("base64url")}`;
}

/** The plaintext, or an error when the key, the thread or the text is not the one it was sealed with. */
export function decrypt(key: Buffer, sealed: string, boundTo: string): string {
  const [version, nonce, body] = sealed.split(".");
  if (version !== VERSION || !nonce || !body) throw new MessageKeyError("not a sealed value");
  const data = Buffer.from(body, "base64url");
  if (data.length < 16) throw new MessageKeyError("not a sealed value");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(nonce, "base64url"));
  decipher.setAAD(Buffer.from(boundTo, "utf8"));
  decipher.setAuthTag(data.subarray(data.length - 16));
  return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString("utf8");
}
