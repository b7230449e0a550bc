/**
 * The one way a public form (or the JSON API behind one) is taken: its fields parsed with zod,
 * each problem as a translated message at its field; then checked against the CMS (a unit, a
 * clinic, an area that exists); then the client's rate limit; then the proof that a person sent
 * it; and only then the domain's store call. Booking, contact and proposals each give their
 * schema, their check and their store; the order, and so the answers, are the same for all.
 */
import type { z } from "zod";
import { fieldProblems, invalid, type Outcome } from "../http/failure.ts";
import type { UiKey } from "../i18n/index.ts";
import type { Guard, GuardError, HumanProof, LimitName } from "../security/guards.ts";

/** What a form's own check found: what the store needs (the clinic, the unit, the area), or more field problems. */
export interface Checked<C> {
  context?: C | undefined;
  fields?: Record<string, UiKey>;
}

export interface PublicForm<I, R, C, T extends object, E extends string> {
  /** Bound into the no-JavaScript token, so that one form's token does not pass another. */
  name: string;
  limit: LimitName;
  schema: z.ZodType<R>;
  /** A message per field of the schema. */
  fieldKeys: Readonly<Record<string, UiKey>>;
  /** The input as the schema reads it (the form's own fields picked out, and nothing else). */
  fields?(input: I): unknown;
  /** The check against the content, on what parsed; also run when other fields failed, so that every problem shows at once. */
  check(request: R | undefined, input: I): Promise<Checked<C>>;
  proof(request: R, input: I): HumanProof;
  /** True when the request repeats one already taken (an idempotency key): its proof was used by the first. */
  repeated?(request: R): Promise<boolean>;
  store(request: R, context: C): Promise<Outcome<T, E>>;
}

export type FormOutcome<T extends object, E extends string> = Outcome<T, E | GuardError | "UNKNOWN_FIELDS">;

/** Runs a form through the pipeline for one client. */
export async function submitForm<I, R, C, T extends object, E extends string>(guard: Guard, form: PublicForm<I, R, C, T, E>, input: I, client: string): Promise<FormOutcome<T, E>> {
  const parsed = form.schema.safeParse(form.fields ? form.fields(input) : input);
  const problems = parsed.success ? {} : fieldProblems(parsed.error, form.fieldKeys);
  if (problems === undefined) return invalid("UNKNOWN_FIELDS");
  const checked = await form.check(parsed.success ? parsed.data : undefined, input);
  // The schema's message first where both found something; the summary keeps the schema's order.
  const fields = { ...problems };
  for (const [field, key] of Object.entries(checked.fields ?? {})) fields[field] ??= key;
  if (!parsed.success || Object.keys(fields).length > 0) return invalid(fields);
  const request = parsed.data;
  const context = checked.context;
  if (context === undefined) throw new Error(`The check of form "${form.name}" passed without what the store needs.`);
  const limited = await guard.limit(form.limit, client);
  if (limited) return limited;
  const repeated = form.repeated ? await form.repeated(request) : false;
  const refused = repeated ? undefined : await guard.checkHuman(form.name, form.proof(request, input));
  if (refused) return refused;
  return form.store(request, context);
}

/** The proof a browser form carries: the widget's payload, the no-JavaScript token, the honeypot. */
export const formProof = (altcha: string | undefined, form: Record<string, string>): HumanProof => ({ altcha, formToken: form["formToken"] ?? "", honeypot: form["website"] });
