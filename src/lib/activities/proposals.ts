/**
 * Associations propose activities; staff decide. A proposal is parsed with zod, rate-limited and
 * proven human like every public form, and written as a draft `activity` document in the content
 * store, in the proposer's language, with who sent it kept beside it (never published). Staff
 * approve it — adding the Swedish title and summary every published text needs, the association
 * and the place on the map — which publishes it through the same store; or reject it with a
 * reason that is e-mailed to the proposer. Undecided proposals are deleted after a while.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { areaForPostalCode, normalizePostalCode } from "../areas/index.ts";
import type { SanityDocument } from "../content/dataset.ts";
import { DRAFT_PREFIX, type DraftStore } from "../content/drafts.ts";
import type { ContentStore } from "../content/load.ts";
import { text } from "../content/localize.ts";
import { DATE, TIME, minutesOf } from "../content/rules.ts";
import { buildRule, REPEATS } from "../recurrence/rules.ts";
import { Activity, ACTIVITY_CATEGORIES, AGE_GROUPS } from "../content/schemas.ts";
import { addDays, daysBetween, stockholmNow } from "../dates.ts";
import { filledFields } from "../http/body.ts";
import { fail, type Failure, type FormError } from "../http/failure.ts";
import { submitForm, formProof, type FormOutcome } from "../forms/pipeline.ts";
import { createTranslator, type UiKey } from "../i18n/index.ts";
import type { StaffKey } from "../i18n/staff.ts";
import type { Mailer } from "../mail/index.ts";
import type { Guard } from "../security/guards.ts";
import { LOCALES, type Locale } from "../i18n/locales.ts";
import { cleanText, lineField, optionalLineField, textField } from "../text.ts";

export const DESCRIPTION_MAX = 2000;

/** A proposal from the form; `today` bounds the dates (from today, at most a year ahead). */
export function proposalRequest(today: string) {
  const inYear = (d: string) => d >= today && daysBetween(today, d) <= 366;
  return z
    .strictObject({
      association: lineField(120),
      contactName: lineField(100),
      contactEmail: z.string().max(400).transform((v) => v.trim()).pipe(z.email().max(254)),
      title: lineField(80),
      description: textField(DESCRIPTION_MAX),
      category: z.enum(ACTIVITY_CATEGORIES),
      area: z.string().regex(/^[a-z0-9-]{1,100}$/),
      place: lineField(120),
      street: lineField(120),
      postalCode: z.string().max(20).transform((v, ctx) => {
        const normalized = normalizePostalCode(v);
        if (!normalized.ok) {
          ctx.addIssue({ code: "custom", message: normalized.reason });
          return z.NEVER;
        }
        return normalized.code;
      }),
      date: z.string().regex(DATE).refine(inYear),
      start: z.string().regex(TIME),
      end: z.string().regex(TIME),
      repeat: z.enum(REPEATS),
      until: z.string().regex(DATE).optional(),
      ageGroup: z.enum(AGE_GROUPS),
      languages: z.array(z.enum(LOCALES)).min(1),
      cost: z.coerce.number().int().min(0).max(100_000),
      signUp: z.literal("on").optional(),
      signUpHow: optionalLineField(200),
      altcha: z.string().max(8000).optional(),
    })
    .superRefine((v, ctx) => {
      if (minutesOf(v.end) <= minutesOf(v.start)) ctx.addIssue({ code: "custom", path: ["end"], message: "order" });
      if (v.repeat !== "once" && (!v.until || v.until <= v.date || daysBetween(v.date, v.until) > 366)) ctx.addIssue({ code: "custom", path: ["until"], message: "until" });
    });
}
export type ProposalRequest = z.infer<ReturnType<typeof proposalRequest>>;

const FIELD_KEYS: Record<string, UiKey> = {
  association: "propose.error.association",
  contactName: "propose.error.contactName",
  contactEmail: "propose.error.contactEmail",
  title: "propose.error.title",
  description: "propose.error.description",
  category: "propose.error.category",
  area: "propose.error.area",
  place: "propose.error.place",
  street: "propose.error.street",
  postalCode: "propose.error.postalCode",
  date: "propose.error.date",
  start: "propose.error.start",
  end: "propose.error.end",
  repeat: "propose.error.repeat",
  until: "propose.error.until",
  ageGroup: "propose.error.ageGroup",
  languages: "propose.error.languages",
  cost: "propose.error.cost",
  signUpHow: "propose.error.signUpHow",
  altcha: "book.error.human",
};

/** The form's fields as typed: the languages come from their boxes; "sign-up required" is a box with no message of its own. */
const FORM_FIELDS = [...Object.keys(FIELD_KEYS).filter((k) => k !== "languages"), "signUp"];

/** The rule for the form's "how often": a repeating proposal always has its last date. */
export function ruleOf(repeat: ProposalRequest["repeat"], date: string, until: string | undefined): string | undefined {
  return until ? buildRule({ repeat, days: [], until }, date) : undefined;
}

const loc = (kind: "String" | "Text", language: string, value: string) => ({ _key: language, _type: `internationalizedArray${kind}Value`, language, value });

/** The first sentence, or the first 160 characters at a word boundary: the summary until staff write one. */
export function summaryOf(description: string): string {
  const first = description.split(/(?<=[.!?։።؟])\s/u)[0] ?? description;
  if (first.length <= 160) return first;
  return `${first.slice(0, 160).replace(/\s+\S*$/u, "")} …`;
}

const slugify = (title: string) =>
  title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 50);


const LocalizedValues = z.array(z.object({ language: z.string(), value: z.string() }));

/** A proposal as the staff pages read it: the draft written by `proposeFromForm`, typed. */
const ProposalView = z.object({
  _id: z.string(),
  title: LocalizedValues.min(1),
  summary: LocalizedValues,
  description: LocalizedValues,
  signUpHow: LocalizedValues.optional(),
  area: z.object({ _ref: z.string() }),
  place: z.object({ name: z.string(), address: z.object({ street: z.string(), postalCode: z.string(), city: z.string() }) }),
  startDate: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  rrule: z.string().optional(),
  ageGroup: z.enum(AGE_GROUPS),
  languages: z.array(z.enum(LOCALES)),
  costSek: z.number(),
  signUpRequired: z.boolean(),
  proposal: z.object({ association: z.string(), contactName: z.string(), contactEmail: z.string(), locale: z.enum(LOCALES), receivedAt: z.string() }),
});
export type ProposalView = z.infer<typeof ProposalView>;
export type ProposalMeta = ProposalView["proposal"];

/** The typed proposal in a draft, or undefined for a draft that is not one. */
export function viewProposal(doc: SanityDocument): ProposalView | undefined {
  const parsed = ProposalView.safeParse(doc);
  return parsed.success ? parsed.data : undefined;
}

/** Who sent a draft, if it is a proposal at all: enough for the purge, which removes any proposal past its time. */
const proposalOf = (doc: SanityDocument) => doc["proposal"] as Partial<ProposalMeta> | undefined;

/** Proposals waiting for a decision, newest first. */
export async function listProposals(drafts: DraftStore): Promise<ProposalView[]> {
  return (await drafts.list("activity")).map(viewProposal).filter((p) => p !== undefined);
}

/** What the approval form starts with: the registered association whose name matches, and the middle of the area. */
export function approvalDefaults<A extends { _id: string; boundary: { lat: number; lng: number }[] }, S extends { _id: string; name: { value: string }[] }>(
  view: ProposalView,
  areas: readonly A[],
  associations: readonly S[],
): { area: A | undefined; centre: { lat: number; lng: number }; association: S | undefined } {
  const area = areas.find((a) => a._id === view.area._ref);
  const name = view.proposal.association.trim().toLowerCase();
  return {
    area,
    centre: area ? centreOf(area.boundary) : { lat: 0, lng: 0 },
    association: associations.find((a) => a.name.some((n) => n.value.trim().toLowerCase() === name)),
  };
}

/** The middle of an area's boundary: where a proposed activity is put on the map until staff move it. */
export function centreOf(boundary: readonly { lat: number; lng: number }[]): { lat: number; lng: number } {
  const n = Math.max(1, boundary.length);
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  return { lat: round(boundary.reduce((s, p) => s + p.lat, 0) / n), lng: round(boundary.reduce((s, p) => s + p.lng, 0) / n) };
}

export const ApprovalForm = z.object({
  svTitle: lineField(80),
  svSummary: lineField(200),
  association: z.string().min(1).max(200),
  lat: z.coerce.number(),
  lng: z.coerce.number(),
});

/** The approval form's problems, one per field, in the staff view's words. */
const APPROVE_KEYS: Record<string, StaffKey> = {
  svTitle: "proposals.svTitle",
  svSummary: "proposals.svSummary",
  association: "proposals.association",
  lat: "proposals.lat",
  lng: "proposals.lng",
};

export type ProposalFailureCode = FormError | "NO_DRAFT_STORE" | "NOT_FOUND" | "INVALID_DOCUMENT";

/** A staff decision: done, or why not (in the staff view's words). */
export type Decision = { ok: true; done: "approved" | "rejected"; slug?: string } | Failure<ProposalFailureCode, StaffKey>;

const withSwedish = (items: unknown, kind: "String" | "Text", value: string | undefined) => {
  const others = (Array.isArray(items) ? (items as { language: string }[]) : []).filter((i) => i.language !== "sv");
  return value ? [loc(kind, "sv", value), ...others] : others;
};

export interface ProposalsDeps {
  /** The content store's write side; none with Sanity but no write token (then no proposals are taken). */
  drafts: DraftStore | undefined;
  content: Pick<ContentStore, "loadQuery" | "changed">;
  guard: Guard;
  mailer: Mailer;
  /** Told of every proposal received, with its area's id (the follow-up counts them). */
  received?: (areaId: string, now: Date) => Promise<void>;
  options: { retentionDays: number };
}

export type ProposalsService = ReturnType<typeof createProposals>;

export function createProposals({ drafts, content, guard, mailer, received, options }: ProposalsDeps) {
  const { loadQuery } = content;

  /**
   * Approve: the Swedish title and summary, the association and the point on the map from the
   * staff form; checked against the same schema as all published content, then published.
   */
  async function approve(draft: SanityDocument, form: Record<string, string>): Promise<Decision> {
    const parsed = ApprovalForm.safeParse(form);
    if (!drafts) return fail(500, "NO_DRAFT_STORE", "proposals.noDraftStore");
    if (!parsed.success) {
      const fields = Object.fromEntries(parsed.error.issues.map((i): [string, StaffKey] => [String(i.path[0]), APPROVE_KEYS[String(i.path[0])] ?? "proposals.approveFields"]));
      return fail(422, "VALIDATION", undefined, { fields });
    }
    const { svTitle, svSummary, association, lat, lng } = parsed.data;
    const rest: SanityDocument = { ...draft };
    // Who proposed it stays out of the published document.
    delete rest["proposal"];
    delete rest["_createdAt"];
    const published: SanityDocument = {
      ...rest,
      _id: draft._id.slice(DRAFT_PREFIX.length),
      _type: "activity",
      title: withSwedish(draft["title"], "String", svTitle),
      summary: withSwedish(draft["summary"], "String", svSummary),
      description: draft["description"],
      association: { _type: "reference", _ref: association },
      place: { ...(draft["place"] as Record<string, unknown>), location: { _type: "geopoint", lat, lng } },
    };
    const checked = Activity.safeParse(published);
    if (!checked.success) return fail(422, "INVALID_DOCUMENT", "proposals.invalid", { details: checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) });
    await drafts.publish(draft._id, published);
    content.changed();
    return { ok: true, done: "approved", slug: checked.data.slug.current };
  }

  /** Reject: the reason e-mailed to the proposer in their language, then the proposal and its contact details deleted. */
  async function reject(draft: SanityDocument, reason: string): Promise<Decision> {
    const why = cleanText(reason);
    const view = viewProposal(draft);
    if (!drafts) return fail(500, "NO_DRAFT_STORE", "proposals.noDraftStore");
    if (!view) return fail(404, "NOT_FOUND");
    if (why === "" || why.length > 1000) return fail(422, "VALIDATION", undefined, { fields: { reason: "proposals.reason" } });
    const meta = view.proposal;
    const locale = meta.locale;
    const t = createTranslator(locale);
    const { settings } = await loadQuery("proposeForm");
    const title = view.title[0]?.value ?? "";
    // Sent before the proposal is deleted: if the mail fails, the decision can be made again.
    await mailer.send({
      to: meta.contactEmail,
      subject: t("propose.mail.subject", { title }),
      text: t("propose.mail.body", { name: meta.contactName, title, reason: why, contact: settings.generalContact.email, municipality: text(settings.municipalityName, locale) }),
    });
    await drafts.discard(draft._id);
    return { ok: true, done: "rejected" };
  }

  return {
    /** Whether proposals can be taken at all (a draft store exists). */
    accepting: drafts !== undefined,
    /** The proposal form (with or without JavaScript): fields, the area against the CMS, limit, proof, then a draft in the content store. */
    async fromForm(form: Record<string, string>, locale: Locale, client: string, now: Date): Promise<FormOutcome<object, ProposalFailureCode>> {
      if (!drafts) return fail(500, "NO_DRAFT_STORE", "error.server");
      const input = { ...form };
      return submitForm(
        guard,
        {
          name: "proposal",
          limit: "proposals",
          schema: proposalRequest(stockholmNow(now).date),
          fieldKeys: FIELD_KEYS,
          fields: (raw: Record<string, string>) => ({ ...filledFields(raw, FORM_FIELDS), languages: LOCALES.filter((l) => raw[`lang_${l}`] === "on") }),
          async check(request, raw) {
            const { areas, settings } = await loadQuery("proposeForm");
            const area = areas.find((a) => a.slug.current === raw["area"]);
            const fields: Record<string, UiKey> = {};
            if (!area) fields["area"] = "propose.error.area";
            // A place outside the municipality: a postal code none of its areas has.
            if (request && !areaForPostalCode(areas, request.postalCode)) fields["postalCode"] = "propose.error.postalCode";
            return { context: area && { area, city: settings.generalContact.address.city }, fields };
          },
          proof: (request, raw) => formProof(request.altcha, raw),
          async store(request, { area, city }) {
            const id = `activity-proposal-${randomBytes(6).toString("hex")}`;
            const rrule = ruleOf(request.repeat, request.date, request.until);
            const meta: ProposalMeta = { association: request.association, contactName: request.contactName, contactEmail: request.contactEmail, locale, receivedAt: now.toISOString() };
            await drafts.create({
              _id: `${DRAFT_PREFIX}${id}`,
              _type: "activity",
              _createdAt: now.toISOString(),
              title: [loc("String", locale, request.title)],
              slug: { _type: "slug", current: `${slugify(request.title) || "aktivitet"}-${randomBytes(2).toString("hex")}` },
              summary: [loc("String", locale, summaryOf(request.description))],
              description: [loc("Text", locale, request.description)],
              category: request.category,
              area: { _type: "reference", _ref: area._id },
              place: { _type: "place", name: request.place, address: { _type: "address", street: request.street, postalCode: request.postalCode, city } },
              startDate: request.date,
              startTime: request.start,
              endTime: request.end,
              ...(rrule ? { rrule, exdates: [] } : {}),
              ageGroup: request.ageGroup,
              languages: request.languages,
              costSek: request.cost,
              signUpRequired: request.signUp === "on",
              ...(request.signUpHow ? { signUpHow: [loc("String", locale, request.signUpHow)] } : {}),
              proposal: meta,
            });
            await received?.(area._id, now);
            return { ok: true };
          },
        },
        input,
        client,
      );
    },
    /** Proposals waiting for a decision, newest first. */
    list: (): Promise<ProposalView[]> => (drafts ? listProposals(drafts) : Promise.resolve([])),
    /** One proposal's draft and its typed view, or undefined. */
    async get(id: string): Promise<{ draft: SanityDocument; view: ProposalView } | undefined> {
      const draft = drafts ? await drafts.get(id) : undefined;
      const view = draft && viewProposal(draft);
      return draft && view ? { draft, view } : undefined;
    },
    /** What the approval form needs: the areas and the association register. */
    approvalChoices: () => loadQuery("proposeForm"),
    approve,
    reject,
    /** The staff form's decision: `action=approve` or a rejection with its reason. */
    decide: (draft: SanityDocument, form: Record<string, string>): Promise<Decision> => (form["action"] === "approve" ? approve(draft, form) : reject(draft, form["reason"] ?? "")),
    /** Undecided proposals past the retention period, deleted with their contact details (the upkeep). */
    purge: (now: Date): Promise<number> => (drafts ? purgeProposals(drafts, now, options.retentionDays) : Promise.resolve(0)),
  };
}

/** Undecided proposals older than the retention period are deleted, contact details and all. */
export async function purgeProposals(drafts: DraftStore, now: Date, days: number): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  let removed = 0;
  for (const draft of await drafts.list("activity")) {
    const receivedAt = proposalOf(draft)?.receivedAt;
    if (receivedAt !== undefined && receivedAt < cutoff && (await drafts.discard(draft._id))) removed++;
  }
  return removed;
}

/** Today and a year ahead, for the form's date fields. */
export const dateBounds = (now: Date) => {
  const today = stockholmNow(now).date;
  return { min: today, max: addDays(today, 366) };
};
