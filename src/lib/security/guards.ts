/**
 * What every public form and the API check before doing anything: the client's rate limits
 * and the proof that a person sent it (ALTCHA, or the no-JavaScript form token, and the
 * honeypot). Limits and proofs run on the real clock, also when NARA_NOW fixes the time the
 * domain sees.
 */
import type { Failure } from "../http/failure.ts";
import type { Services } from "../server/services.ts";
import { verifyAltcha } from "./altcha.ts";
import { verifyFormToken } from "./form-token.ts";
import { exhausted, hit, type Limit } from "./rate-limit.ts";

export const LIMITS = {
  bookings: (s: Services): Limit => ({ bucket: "bookings", max: s.env.RATE_LIMIT_BOOKINGS, windowSeconds: s.env.RATE_LIMIT_WINDOW_SECONDS }),
  manage: (s: Services): Limit => ({ bucket: "manage", max: s.env.RATE_LIMIT_MANAGE, windowSeconds: s.env.RATE_LIMIT_WINDOW_SECONDS }),
  signIn: (s: Services): Limit => ({ bucket: "sign-in", max: s.env.RATE_LIMIT_SIGN_IN, windowSeconds: s.env.RATE_LIMIT_WINDOW_SECONDS }),
  messages: (s: Services): Limit => ({ bucket: "messages", max: s.env.RATE_LIMIT_MESSAGES, windowSeconds: s.env.RATE_LIMIT_WINDOW_SECONDS }),
  proposals: (s: Services): Limit => ({ bucket: "proposals", max: s.env.RATE_LIMIT_PROPOSALS, windowSeconds: s.env.RATE_LIMIT_WINDOW_SECONDS }),
  receipts: (s: Services): Limit => ({ bucket: "receipts", max: s.env.RATE_LIMIT_RECEIPTS, windowSeconds: s.env.RATE_LIMIT_WINDOW_SECONDS }),
};
export type LimitName = keyof typeof LIMITS;

const rateLimited = (retryAfter: number): Failure => ({ ok: false, status: 429, error: "RATE_LIMITED", message: "error.rateLimited", retryAfter });

/** Counts a request against a limit; a Failure with Retry-After when it is over. */
export async function limit(services: Services, which: LimitName, client: string): Promise<Failure | undefined> {
  const result = await hit(services.db, LIMITS[which](services), client, new Date());
  return result.ok ? undefined : rateLimited(result.retryAfter);
}

/** For limits that count only failures: refused when the client has used them up, without counting this one. */
export async function overLimit(services: Services, which: LimitName, client: string): Promise<Failure | undefined> {
  const result = await exhausted(services.db, LIMITS[which](services), client, new Date());
  return result.ok ? undefined : rateLimited(result.retryAfter);
}

export interface HumanProof {
  altcha?: string | undefined;
  /** Only forms carry these: the no-JavaScript token and the field people never see. */
  formToken?: string | undefined;
  honeypot?: string | undefined;
}

/** ALTCHA when the browser ran it; otherwise (forms only) the slower no-JavaScript token. */
export async function checkHuman(services: Services, form: string, proof: HumanProof): Promise<Failure | undefined> {
  const now = new Date();
  const refuse: Failure = { ok: false, status: 422, error: "VALIDATION", fields: { altcha: "book.error.human" } };
  if (proof.honeypot) return refuse;
  if (proof.altcha) return (await verifyAltcha(services.db, services.altcha, proof.altcha, now)) === "OK" ? undefined : refuse;
  if (proof.formToken !== undefined) {
    const result = await verifyFormToken(services.db, services.keys.formToken, form, proof.formToken, services.env.FORM_MIN_SECONDS, now);
    return result === "OK" ? undefined : refuse;
  }
  return refuse;
}
