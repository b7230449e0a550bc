/**
 * The booking steps' choices (clinic, visit type, day, time) carried in one opaque, sealed
 * token (`?s=…`) instead of readable query parameters, so that the browser's history and Back
 * never show what a young person booked: AES-256-GCM with a key of its own, for two hours.
 * A token that is not ours, changed or expired opens as no choice (the first step again).
 */
import { z } from "zod";
import { openJson, sealText } from "../security/sealed.ts";

export interface StepChoices {
  clinic?: string | undefined;
  type?: string | undefined;
  date?: string | undefined;
  time?: string | undefined;
}

const LIFETIME_MS = 2 * 60 * 60 * 1000;
const Sealed = z.object({
  c: z.string().max(100).optional(),
  t: z.string().max(100).optional(),
  d: z.string().max(10).optional(),
  h: z.string().max(5).optional(),
  x: z.number().int(),
});

/**
 * The choices so far as a token (base64url). The same choices within the same hour give the
 * same token (the expiry is rounded up to the hour, the nonce derived from the sealed text), so
 * a page's links stay the same on every load and a crawler's set of addresses stays finite.
 */
export function sealStep(key: string, choices: StepChoices, now: Date): string {
  const hour = 60 * 60 * 1000;
  const body = JSON.stringify({ c: choices.clinic, t: choices.type, d: choices.date, h: choices.time, x: Math.ceil((now.getTime() + LIFETIME_MS) / hour) * hour });
  return sealText(key, body, "derived");
}

/** The choices in a token; none when it is not ours, was changed or has expired. */
export function openStep(key: string, token: string, now: Date): StepChoices {
  const parsed = Sealed.safeParse(openJson(key, token));
  if (!parsed.success || parsed.data.x < now.getTime()) return {};
  return { clinic: parsed.data.c, type: parsed.data.t, date: parsed.data.d, time: parsed.data.h };
}
