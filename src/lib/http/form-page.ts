/**
 * What every public page with a form does first: a page for a known locale only, never cached,
 * and on POST the body read within its limit and handed to the form's handler. A refusal (or a
 * refusal carried by a result, as `refusal`) sets the page's status and Retry-After.
 */
import type { AstroGlobal } from "astro";
import { isLocale } from "../i18n/locales.ts";
import { readForm } from "./body.ts";
import { bodyFailure, markFailure, type Failure } from "./failure.ts";

export interface FormPage<T> {
  /** False for an unknown locale: the page answers 404. */
  valid: boolean;
  /** What the visitor sent, to put back in a refused form. */
  values: Record<string, string>;
  /** The handler's answer to a POST: a result or a refusal. */
  result?: T | Failure;
}

export async function formPage<T extends { ok: true; refusal?: Failure | undefined } | Failure>(
  astro: Pick<AstroGlobal, "params" | "request" | "response">,
  handle: (form: Record<string, string>) => Promise<T>,
): Promise<FormPage<T>> {
  const valid = isLocale(astro.params["locale"]);
  astro.response.headers.set("Cache-Control", "no-store");
  if (!valid) astro.response.status = 404;
  if (!valid || astro.request.method !== "POST") return { valid, values: {} };
  const form = await readForm(astro.request);
  const result = form.ok ? await handle(form.value) : bodyFailure(form.status);
  markFailure(astro.response, !result.ok ? result : "refusal" in result ? result.refusal : undefined);
  return { valid, values: form.ok ? form.value : {}, result };
}
