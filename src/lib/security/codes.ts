/**
 * Booking codes and manage secrets. Both use an alphabet without look-alikes (no 0/O, 1/I/L)
 * so that they can be read aloud and written down. The code is short and names the booking;
 * the secret (24 characters ≈ 119 bits) proves the right to see and change it and is stored
 * only as a SHA-256 hash.
 */
import { createHash, createHmac, randomInt, timingSafeEqual } from "node:crypto";

export const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const CODE_LENGTH = 8;
export const SECRET_LENGTH = 24;
/** Bits of randomness in a secret: 24 × log2(31). */
export const SECRET_BITS = SECRET_LENGTH * Math.log2(ALPHABET.length);

function randomChars(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET.charAt(randomInt(ALPHABET.length));
  return out;
}

/** Groups of four, for reading: `K7MQ-4XRT`. */
export function group(value: string): string {
  return value.match(/.{1,4}/g)?.join("-") ?? value;
}

/** What a person typed, as stored: capitals, no spaces or dashes. */
export function normalize(input: string): string {
  return input.toUpperCase().replace(/[\s\-–—_.]/g, "");
}

export const isCode = (value: string) => new RegExp(`^[${ALPHABET}]{${String(CODE_LENGTH)}}$`).test(value);
export const isSecret = (value: string) => new RegExp(`^[${ALPHABET}]{${String(SECRET_LENGTH)}}$`).test(value);

export const newCode = () => randomChars(CODE_LENGTH);
export const newSecret = () => randomChars(SECRET_LENGTH);

/**
 * The secret of a booking made with an idempotency key: derived from it with the server's key,
 * so that a repeated request gets the same booking and the same secret without the secret
 * ever being stored.
 */
export function derivedSecret(key: string, idempotencyKey: string): string {
  // 64 bytes: two for each character, so that the modulo's bias is negligible (< 0.05 %).
  const bytes = createHmac("sha512", key).update(idempotencyKey).digest();
  let out = "";
  for (let i = 0; i < SECRET_LENGTH; i++) out += ALPHABET.charAt(bytes.readUInt16BE(2 * i) % ALPHABET.length);
  return out;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(`nara-booking:${normalize(secret)}`).digest("hex");
}

export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
