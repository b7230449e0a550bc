/**
 * The proof for visitors without JavaScript, who cannot run the proof of work: a signed form
 * token that is valid only after the form has been open a few seconds (people read; scripts
 * post at once), for an hour, and once.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { Queryable } from "../db/index.ts";
import { hmacHex } from "./secrets.ts";
import { useOnce } from "./single-use.ts";

const MAX_AGE_MS = 60 * 60 * 1000;

export function newFormToken(key: string, form: string, now: Date): string {
  const body = `${String(now.getTime())}.${randomBytes(12).toString("base64url")}`;
  return `${body}.${hmacHex(key, `${form}.${body}`).slice(0, 43)}`;
}

export type FormTokenResult = "OK" | "MISSING" | "INVALID" | "TOO_FAST" | "EXPIRED" | "REPLAYED";

export async function verifyFormToken(db: Queryable, key: string, form: string, token: string | undefined, minSeconds: number, now: Date): Promise<FormTokenResult> {
  if (!token) return "MISSING";
  const match = /^(\d{13})\.([\w-]{16})\.([0-9a-f]{43})$/.exec(token);
  if (!match) return "INVALID";
  const [, issued = "", nonce = "", mac = ""] = match;
  const expected = hmacHex(key, `${form}.${issued}.${nonce}`).slice(0, 43);
  if (!timingSafeEqual(Buffer.from(mac), Buffer.from(expected))) return "INVALID";
  const age = now.getTime() - Number(issued);
  if (age < minSeconds * 1000) return "TOO_FAST";
  if (age > MAX_AGE_MS) return "EXPIRED";
  return (await useOnce(db, `form:${nonce}`, new Date(Number(issued) + MAX_AGE_MS))) ? "OK" : "REPLAYED";
}
