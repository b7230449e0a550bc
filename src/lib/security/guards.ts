/**
 * What every public form and the API check before doing anything: the client's rate limits
 * and the proof that a person sent it (ALTCHA, or the no-JavaScript form token, and the
 * honeypot). Limits and proofs run on the real clock, also when NARA_NOW fixes the time the
 * domain sees.
 */
import type { Queryable } from "../db/index.ts";
import { fail, type Failure } from "../http/failure.ts";
import { newChallenge, verifyAltcha, type AltchaOptions } from "./altcha.ts";
import { newFormToken, verifyFormToken } from "./form-token.ts";
import { hit, type Limit } from "./rate-limit.ts";

export type LimitName = "bookings" | "manage" | "signIn" | "messages" | "proposals" | "receipts" | "nightWalks" | "recruitment";

export interface GuardOptions {
  /** How many requests of each kind one client may make per window. */
  limits: Record<LimitName, number>;
  windowSeconds: number;
  altcha: AltchaOptions;
  formTokenKey: string;
  /** Without JavaScript a form must have been open this long. */
  formMinSeconds: number;
}

export interface HumanProof {
  altcha?: string | undefined;
  /** Only forms carry these: the no-JavaScript token and the field people never see. */
  formToken?: string | undefined;
  honeypot?: string | undefined;
}

export type GuardError = "RATE_LIMITED" | "VALIDATION";

export interface Guard {
  /** Counts a request against a limit; a failure with Retry-After when it is over. */
  limit(which: LimitName, client: string): Promise<Failure<"RATE_LIMITED"> | undefined>;
  /**
   * A lookup by a secret (a code, a receipt): a lookup that finds nothing counts as a failure,
   * and past the limit of failures it is refused (429). A right code always goes through: with
   * codes this long the limit guards the load, not the secret, and everyone behind one shared
   * address (a school, a housing area) must not be locked out by someone else's mistakes.
   */
  lookup<T>(which: LimitName, client: string, find: () => Promise<T | undefined>): Promise<{ ok: true; value: T } | { ok: false; refused?: Failure<"RATE_LIMITED"> }>;
  /** ALTCHA when the browser ran it; otherwise (forms only) the slower no-JavaScript token. */
  checkHuman(form: string, proof: HumanProof): Promise<Failure<"VALIDATION"> | undefined>;
  /** The no-JavaScript token a form carries, bound to the form's name. */
  formToken(form: string): string;
  /** A fresh proof-of-work challenge for the widget. */
  challenge(): ReturnType<typeof newChallenge>;
}

const BUCKETS: Record<LimitName, string> = { bookings: "bookings", manage: "manage", signIn: "sign-in", messages: "messages", proposals: "proposals", receipts: "receipts", nightWalks: "night-walks", recruitment: "recruitment" };

const rateLimited = (retryAfter: number) => fail(429, "RATE_LIMITED", "error.rateLimited", { retryAfter });

export function createGuard({ db, options }: { db: Queryable; options: GuardOptions }): Guard {
  const limitOf = (which: LimitName): Limit => ({ bucket: BUCKETS[which], max: options.limits[which], windowSeconds: options.windowSeconds });
  const refuse = fail(422, "VALIDATION", undefined, { fields: { altcha: "book.error.human" } });
  return {
    async limit(which, client) {
      const result = await hit(db, limitOf(which), client, new Date());
      return result.ok ? undefined : rateLimited(result.retryAfter);
    },
    async lookup(which, client, find) {
      const value = await find();
      if (value !== undefined) return { ok: true, value };
      // A failed attempt counts; past the limit it is refused.
      const counted = await hit(db, limitOf(which), client, new Date());
      return counted.ok ? { ok: false } : { ok: false, refused: rateLimited(counted.retryAfter) };
    },
    async checkHuman(form, proof) {
      const now = new Date();
      if (proof.honeypot) return refuse;
      if (proof.altcha) return (await verifyAltcha(db, options.altcha, proof.altcha, now)) === "OK" ? undefined : refuse;
      if (proof.formToken !== undefined) {
        const result = await verifyFormToken(db, options.formTokenKey, form, proof.formToken, options.formMinSeconds, now);
        return result === "OK" ? undefined : refuse;
      }
      return refuse;
    },
    formToken: (form) => newFormToken(options.formTokenKey, form, new Date()),
    challenge: () => newChallenge(options.altcha, new Date()),
  };
}
