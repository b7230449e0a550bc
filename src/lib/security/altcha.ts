/**
 * ALTCHA proof of work, self-hosted: the server makes and signs challenges, the visitor's
 * browser solves one (a second or two), and the server checks the solution and refuses a
 * payload it has seen before. No third party, no cookie, no tracking.
 */
import { createChallenge, randomInt, verifySolution } from "altcha-lib";
import type { Challenge, Solution } from "altcha-lib/types";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { z } from "zod";
import type { Queryable } from "../db/index.ts";
import { useOnce } from "./single-use.ts";

export interface AltchaOptions {
  /** HMAC key for the challenge signature. */
  signatureKey: string;
  /** HMAC key for the derived-key signature (deterministic mode). */
  keySignatureKey: string;
  cost: number;
  counterMax: number;
  expiresSeconds: number;
}

export const ALTCHA_ALGORITHM = "PBKDF2/SHA-256";

/** A fresh challenge: the solver must find a counter from counterMax/2 to counterMax. */
export function newChallenge(options: AltchaOptions, now: Date): Promise<Challenge> {
  return createChallenge({
    algorithm: ALTCHA_ALGORITHM,
    cost: options.cost,
    counter: randomInt(options.counterMax, Math.max(1, Math.floor(options.counterMax / 2))),
    deriveKey,
    expiresAt: new Date(now.getTime() + options.expiresSeconds * 1000),
    hmacSignatureSecret: options.signatureKey,
    hmacKeySignatureSecret: options.keySignatureKey,
  });
}

const Payload = z.object({
  challenge: z.object({
    parameters: z.looseObject({ nonce: z.string().min(8).max(200), expiresAt: z.number().optional() }),
    signature: z.string().optional(),
  }),
  solution: z.object({ counter: z.number().int().min(0), derivedKey: z.string().max(1000), time: z.number().optional() }),
});

export type AltchaResult = "OK" | "MISSING" | "INVALID" | "EXPIRED" | "REPLAYED";

/** Checks a widget payload (base64 JSON) and marks it used. */
export async function verifyAltcha(db: Queryable, options: AltchaOptions, payload: string | undefined, now: Date): Promise<AltchaResult> {
  if (!payload) return "MISSING";
  if (payload.length > 8000) return "INVALID";
  let parsed: z.infer<typeof Payload>;
  try {
    const result = Payload.safeParse(JSON.parse(Buffer.from(payload, "base64").toString("utf8")));
    if (!result.success) return "INVALID";
    parsed = result.data;
  } catch {
    return "INVALID";
  }
  const challenge = parsed.challenge as unknown as Challenge;
  const expiresAt = parsed.challenge.parameters.expiresAt;
  if (expiresAt !== undefined && expiresAt * 1000 < now.getTime()) return "EXPIRED";
  let verified: boolean;
  try {
    const result = await verifySolution({
      challenge,
      solution: parsed.solution as Solution,
      deriveKey,
      hmacSignatureSecret: options.signatureKey,
      hmacKeySignatureSecret: options.keySignatureKey,
    });
    if (result.expired) return "EXPIRED";
    verified = result.verified;
  } catch {
    return "INVALID";
  }
  if (!verified) return "INVALID";
  const until = new Date((expiresAt ?? now.getTime() / 1000 + options.expiresSeconds) * 1000);
  return (await useOnce(db, `altcha:${parsed.challenge.parameters.nonce}`, until)) ? "OK" : "REPLAYED";
}
