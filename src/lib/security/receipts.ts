/**
 * Receipt codes: what an anonymous writer keeps to read the answer. 20 characters from the
 * booking alphabet (no look-alikes) ≈ 99 bits, shown once in groups of four, stored only as a
 * SHA-256 hash. The code alone opens the thread, so it is long enough never to be guessed; failed
 * attempts are throttled besides.
 */
import { createHash, randomInt } from "node:crypto";
import { ALPHABET, group, normalize } from "./codes.ts";

export const RECEIPT_LENGTH = 20;
export const RECEIPT_BITS = RECEIPT_LENGTH * Math.log2(ALPHABET.length);

export function newReceipt(): string {
  let out = "";
  for (let i = 0; i < RECEIPT_LENGTH; i++) out += ALPHABET.charAt(randomInt(ALPHABET.length));
  return out;
}

export const isReceipt = (value: string) => new RegExp(`^[${ALPHABET}]{${String(RECEIPT_LENGTH)}}$`).test(normalize(value));

export function hashReceipt(receipt: string): string {
  return createHash("sha256").update(`nara-receipt:${normalize(receipt)}`).digest("hex");
}

/** For showing: `K7MQ-4XRT-…`. */
export const showReceipt = (receipt: string) => group(normalize(receipt));
