/**
 * Small sealed values for addresses: a text encrypted and authenticated with AES-256-GCM under a
 * key of its own purpose, as base64url. Used where a page must carry something the address bar
 * and the browser's history must not show (a booking step's choices, a receipt page's code).
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";

const keyOf = (key: string) => createHash("sha256").update(key).digest();

/**
 * The text sealed. `derived` takes the nonce from the text itself (SIV-style: the same text gives
 * the same token, never one nonce for two texts); `random` draws one.
 */
export function sealText(key: string, body: string, nonce: "derived" | "random"): string {
  const iv = nonce === "derived" ? createHmac("sha256", `${key}:nonce`).update(body).digest().subarray(0, 12) : randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyOf(key), iv);
  const sealed = Buffer.concat([cipher.update(body, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url");
}

/** The text in a token; undefined when it is not ours or was changed. */
export function openText(key: string, token: string): string | undefined {
  if (!/^[\w-]{40,600}$/.test(token)) return undefined;
  try {
    const raw = Buffer.from(token, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", keyOf(key), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return undefined;
  }
}

/** A sealed JSON value, parsed; undefined when the token does not open or is not JSON. */
export function openJson(key: string, token: string): unknown {
  const body = openText(key, token);
  if (body === undefined) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}
