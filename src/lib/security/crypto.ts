/**
 * Message bodies, replies and contact details are encrypted at rest with AES-256-GCM. The key
 * is `MESSAGE_KEY` (32 bytes, base64 or hex) or, in the embedded default, a file
 * `message.key` in DATA_DIR made once with owner-only permissions. Each value has its own
 * random 96-bit nonce and is bound to its thread (additional data), so a value copied to
 * another row does not open.
 *
 * Keys can be rotated: a keyring holds the current key, which seals, and older ones, which only
 * open (MESSAGE_KEYS_OLD, or the file's later lines). A value names the key it was sealed with
 * (`v2.<key id>.…`, the id a hash of the key, never the key); values from before key ids
 * (`v1.…`) are tried with each key. A re-seal moves old values to the current key.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const VERSION = "v2";

/** A key's id: the first 8 hex digits of its SHA-256 (names the key, reveals nothing of it). */
export const keyId = (key: Buffer): string => createHash("sha256").update(key).digest("hex").slice(0, 8);

/** The current key, which seals, and every key that opens (the current one included). */
export interface Keyring {
  readonly current: Buffer;
  readonly currentId: string;
  readonly keys: ReadonlyMap<string, Buffer>;
}

export function keyring(current: Buffer, old: readonly Buffer[] = []): Keyring {
  return { current, currentId: keyId(current), keys: new Map([current, ...old].map((k) => [keyId(k), k])) };
}

/** What seals and opens: a keyring, or one key alone. */
export type SealingKey = Buffer | Keyring;
const ring = (key: SealingKey): Keyring => (Buffer.isBuffer(key) ? keyring(key) : key);

/** Whether a sealed value is sealed with the keyring's current key (else a re-seal moves it). */
export const sealedWithCurrent = (key: SealingKey, sealed: string): boolean => sealed.startsWith(`${VERSION}.${ring(key).currentId}.`);

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
  key: Keyring;
  /** Where the key came from, for the start-up line (never the key itself). */
  source: "MESSAGE_KEY" | "file-created" | "file" | "memory";
  path?: string;
}

/** The keys of a key file: one a line, the current first; empty lines and `#` comments skipped. */
const fileKeys = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map(parseKey);

/**
 * MESSAGE_KEY (with MESSAGE_KEYS_OLD, comma-separated, for reading), else DATA_DIR/message.key
 * (made when missing, mode 0600; its first line the current key, the others old ones), else a
 * key for this process only.
 */
export function loadMessageKey(messageKey: string | undefined, dataDir: string, oldKeys?: string): LoadedKey {
  const old = (oldKeys ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter((k) => k !== "")
    .map(parseKey);
  if (messageKey) return { key: keyring(parseKey(messageKey), old), source: "MESSAGE_KEY" };
  if (dataDir === "memory://") return { key: keyring(randomBytes(32), old), source: "memory" };
  const path = join(dataDir, "message.key");
  const source = existsSync(path) ? "file" : "file-created";
  if (source === "file-created") writeFileSync(path, `${randomBytes(32).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  const [current, ...fromFile] = fileKeys(readFileSync(path, "utf8"));
  if (!current) throw new MessageKeyError(`${path} holds no key`);
  return { key: keyring(current, [...fromFile, ...old]), source, path };
}

/** Puts a new current key first in a key file, keeping the others for reading. The new key's id. */
export function rotateKeyFile(path: string): string {
  const fresh = randomBytes(32);
  const before = existsSync(path) ? readFileSync(path, "utf8") : "";
  writeFileSync(`${path}.new`, `${fresh.toString("base64")}\n${before}`, { mode: 0o600 });
  renameSync(`${path}.new`, path);
  return keyId(fresh);
}

/** Seals with the current key, naming it. */
export function encrypt(key: SealingKey, plaintext: string, boundTo: string): string {
  const { current, currentId } = ring(key);
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", current, nonce);
  cipher.setAAD(Buffer.from(boundTo, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${currentId}.${nonce.toString("base64url")}.${body.toString("base64url")}`;
}

function open(key: Buffer, nonce: string, body: string, boundTo: string): string {
  const data = Buffer.from(body, "base64url");
  if (data.length < 16) throw new MessageKeyError("not a sealed value");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(nonce, "base64url"));
  decipher.setAAD(Buffer.from(boundTo, "utf8"));
  decipher.setAuthTag(data.subarray(data.length - 16));
  return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString("utf8");
}

/** The plaintext, or an error when the key, the thread or the text is not the one it was sealed with. */
export function decrypt(key: SealingKey, sealed: string, boundTo: string): string {
  const keys = ring(key);
  const parts = sealed.split(".");
  if (parts[0] === VERSION && parts.length === 4) {
    const [, id = "", nonce = "", body = ""] = parts;
    const named = keys.keys.get(id);
    if (!named) throw new MessageKeyError(`sealed with a key that is not configured (key id ${id}): add it to MESSAGE_KEYS_OLD or the key file`);
    return open(named, nonce, body, boundTo);
  }
  // Before key ids: each key in turn, the current first.
  const [version, nonce, body] = parts;
  if (version !== "v1" || !nonce || !body || parts.length !== 3) throw new MessageKeyError("not a sealed value");
  let failure: unknown;
  for (const candidate of [keys.current, ...[...keys.keys.values()].filter((k) => k !== keys.current)]) {
    try {
      return open(candidate, nonce, body, boundTo);
    } catch (error) {
      failure = error;
    }
  }
  throw failure instanceof Error ? failure : new MessageKeyError("not a sealed value");
}
