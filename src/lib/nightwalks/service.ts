/**
 * Night walks as the pages use them, made by `createNightWalks` from what the domain needs: the
 * coming walks of every series in the CMS with how many have signed up (no names), sign-up by
 * an adult or an association through the one public-form pipeline, and a walker's own nights
 * opened with the code and secret (cancel, add). A cancelled place goes to the first reserve,
 * who is told by e-mail when they gave one.
 */
import type { SealingKey } from "../security/crypto.ts";
import { z } from "zod";
import type { LoadQuery } from "../content/load.ts";
import { text } from "../content/localize.ts";
import type { NightWalk } from "../content/schemas.ts";
import { addDays, endOfStockholmDay, isDate, stockholmInstant, stockholmNow } from "../dates.ts";
import type { Db } from "../db/index.ts";
import { formProof, submitForm, type FormOutcome } from "../forms/pipeline.ts";
import { filledFields } from "../http/body.ts";
import { fail, fieldProblems, invalid, type Failure, type FormError } from "../http/failure.ts";
import { createTranslator, DEFAULT_LOCALE, isLocale, type Locale, type UiKey } from "../i18n/index.ts";
import { sendNotice, type Mailer } from "../mail/index.ts";
import { nextOccurrences } from "../recurrence/occurrences.ts";
import { isCode, isSecret, normalize } from "../security/codes.ts";
import type { Guard } from "../security/guards.ts";
import { cleanText, isPhoneNumber, lineField, linesOf, optionalLineField } from "../text.ts";
import { TIME } from "../content/rules.ts";
import { compensation, compensationCsv, termOf, type Rule } from "./compensation.ts";
import { cancelNight, claimAlert, createReportLink, fileReport, HAPPENINGS, nights, reportLinkOf, reportLinks, walkedNights, walkStates, type Night, type Report, type ReportLink } from "./nights.ts";
import { calendar, icsRule, type IcsEvent } from "../calendar/ics.ts";
import { addWalks, cancelSignUp, claimReminders, findWalker, signUp, signUpsOf, signUpsOn, walkDateOf, walkerById, walkKey, walkersByIds, type SignUp, type Walker, type WalkRef } from "./store.ts";

export interface AreaRef {
  _id: string;
  name: NightWalk["title"];
  slug: { current: string };
}

/** One night of a series, as the list shows it. */
export interface Walk {
  key: string;
  series: NightWalk;
  area: AreaRef;
  date: string;
  cancelled: boolean;
  walkers: number;
  reserves: number;
  /** How many more are needed to reach the minimum (0 when it is met). */
  needed: number;
  full: boolean;
}

export type NightWalkFailureCode = FormError | "NOT_FOUND";
export type NightWalkFailure = Failure<NightWalkFailureCode>;

/** A mobile number: at least 8 digits. */
const phoneField = lineField(30).refine((v) => isPhoneNumber(v, 8));

/** A sign-up from the form: an adult for themselves, or an association for its walkers. */
export const SignUpRequest = z
  .strictObject({
    kind: z.enum(["adult", "association"]),
    name: lineField(100),
    phone: phoneField,
    email: optionalLineField(254).pipe(z.email().optional()),
    association: z.string().max(200).optional(),
    /** The association's walkers, one name a line. */
    walkerNames: z.string().max(2000).optional(),
    walks: z.array(z.string().max(200)).min(1).max(20),
    adult: z.literal("on"),
    conduct: z.literal("on"),
    altcha: z.string().max(8000).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind !== "association") return;
    if (!v.association) ctx.addIssue({ code: "custom", path: ["association"], message: "required" });
    const names = linesOf(v.walkerNames);
    if (names.length === 0 || names.length > 10 || names.some((n) => n.length > 100)) ctx.addIssue({ code: "custom", path: ["walkerNames"], message: "names" });
  });
export type SignUpRequest = z.infer<typeof SignUpRequest>;

const FIELD_KEYS: Record<string, UiKey> = {
  kind: "nightwalk.error.kind",
  name: "nightwalk.error.name",
  phone: "nightwalk.error.phone",
  email: "nightwalk.error.email",
  association: "nightwalk.error.association",
  walkerNames: "nightwalk.error.walkerNames",
  walks: "nightwalk.error.walks",
  adult: "nightwalk.error.adult",
  conduct: "nightwalk.error.conduct",
  altcha: "book.error.human",
  code: "book.error.code",
  secret: "book.error.secret",
};

const FORM_FIELDS = ["kind", "name", "phone", "email", "association", "walkerNames", "adult", "conduct", "altcha"] as const;

export interface SignedUp {
  walker: Walker;
  secret: string;
  signUps: SignUp[];
}

export interface NightWalksOptions {
  /** Walkers' details are deleted this many days after the last night they signed up for. */
  retentionDays: number;
  /** A report's free text is deleted this many days after the walk (the municipality's rule). */
  reportNotesDays: number;
  siteUrl: string;
  /** How far ahead the list shows walks. */
  horizonDays?: number;
}

export interface NightWalksDeps {
  db: Db;
  content: { loadQuery: LoadQuery };
  guard: Guard;
  mailer: Mailer;
  key: SealingKey;
  options: NightWalksOptions;
}

export type NightWalksService = ReturnType<typeof createNightWalks>;

/** A walk leader's report link works until this many days after the walk. */
const LEADER_LINK_DAYS = 7;

const ManageForm = z.object({
  action: z.enum(["open", "cancel", "add"]).default("open"),
  code: z.string().max(40).transform(normalize).pipe(z.string().refine(isCode)),
  secret: z.string().max(100).transform(normalize).pipe(z.string().refine(isSecret)),
  signUp: z.uuid().optional(),
});

/** A night's report from its form (the coordinator's or the walk leader's). */
const ReportForm = z
  .object({
    started: z.string().regex(TIME),
    ended: z.string().regex(TIME),
    route: z.string().max(2000).transform(cleanText).pipe(z.string().min(1).max(500)),
    youngPeople: z.string().trim().regex(/^\d{1,4}$/).transform(Number).pipe(z.number().max(1000)),
    /** Walk-ins, one name a line: at most 20, each at most 100 characters. */
    walkIns: z.string().max(2000).optional().refine((v) => linesOf(v).length <= 20 && linesOf(v).every((n) => n.length <= 100)),
    notes: z.string().max(8000).optional().transform((v) => (v === undefined ? undefined : cleanText(v) || undefined)).pipe(z.string().max(2000).optional()),
  });

const REPORT_FIELD_KEYS: Record<string, UiKey> = {
  started: "nightwalk.report.error.started",
  ended: "nightwalk.report.error.ended",
  route: "nightwalk.report.error.route",
  youngPeople: "nightwalk.report.error.youngPeople",
  walkIns: "nightwalk.report.error.walkIns",
  notes: "nightwalk.report.error.notes",
};

/** Who filed a report through the leader's link (no name: the leader is one of the night's sign-ups). */
export const BY_LEADER = "leader";

/** The coordinator's view of a night: the walk, who signed up (names and numbers: shown only here), and what became of it. */
export interface SeasonNight extends Walk {
  signUps: (SignUp & { walker: Walker | undefined })[];
  night: Night | undefined;
  /** The leader's report link, while it works: whom it was given to. */
  leaderLink: ReportLink | undefined;
}

/** What the walk leader's link opens: the night, the names of those signed up to walk it (nothing else of them), and its report so far. */
export interface LeaderNight {
  ok: true;
  walk: Walk;
  link: ReportLink;
  walkers: { id: string; name: string }[];
  report: Report | undefined;
  /** After a post: the report was saved, or refused (each problem at its field). */
  filed?: true;
  refusal?: Failure<"VALIDATION" | "NOT_FOUND">;
}

export type Managed =
  | {
      ok: true;
      walker: Walker;
      secret: string;
      signUps: (SignUp & { walk: Walk | undefined })[];
      /** For an association: the term's nights walked (reported) and those with the minimum met. */
      term?: { nights: number; met: number } | undefined;
      done?: "cancelled" | "added";
      refusal?: NightWalkFailure;
    }
  | NightWalkFailure;

export function createNightWalks({ db, content, guard, mailer, key, options }: NightWalksDeps) {
  const horizon = options.horizonDays ?? 42;

  /** Nights with their counts (no names); a night is cancelled by the CMS (a cancelled date of the series) or by the coordinator. */
  async function counted(nightsToCount: readonly Omit<Walk, "walkers" | "reserves" | "needed" | "full">[]): Promise<Walk[]> {
    const states = await walkStates(db, nightsToCount.map((n) => n.key));
    return nightsToCount.map((n) => {
      const state = states.get(n.key) ?? { walkers: 0, reserves: 0, cancelled: false };
      return { ...n, walkers: state.walkers, reserves: state.reserves, cancelled: n.cancelled || state.cancelled, needed: Math.max(0, n.series.minWalkers - state.walkers), full: state.walkers >= n.series.maxWalkers };
    });
  }

  /** Every night of every series from `from`, within the horizon, with the counts (no names). */
  async function walksFrom(from: string, days = horizon, only: (area: AreaRef) => boolean = () => true): Promise<Walk[]> {
    const { walks } = await content.loadQuery("nightWalks");
    // The area's series only, before any night is counted: an area page asks for its own.
    const nights = walks.filter(({ area }) => only(area)).flatMap(({ walk, area }) =>
      nextOccurrences(walk, from, 200, days).map((o) => ({ key: walkKey(walk._id, o.date), series: walk, area, date: o.date, cancelled: o.cancelled })),
    );
    return (await counted(nights)).sort((a, b) => a.date.localeCompare(b.date) || b.needed - a.needed || a.series.startTime.localeCompare(b.series.startTime));
  }

  /** The nights named by their keys, each a date of its series (cancelled ones marked), with their counts. */
  async function nightsOf(keys: readonly string[]): Promise<Map<string, Walk>> {
    const { walks } = await content.loadQuery("nightWalks");
    const named = keys.flatMap((k) => {
      const date = walkDateOf(k);
      const found = walks.find(({ walk }) => walkKey(walk._id, date) === k);
      const night = found && isDate(date) ? nextOccurrences(found.walk, date, 1, 0)[0] : undefined;
      return found && night?.date === date ? [{ key: k, series: found.walk, area: found.area, date, cancelled: night.cancelled }] : [];
    });
    return new Map((await counted(named)).map((w) => [w.key, w]));
  }

  /** The nights asked for that one can still sign up for: from today on, not cancelled in the CMS or by the coordinator. */
  async function walksByKey(keys: readonly string[], now: Date): Promise<Map<string, Walk>> {
    const today = stockholmNow(now).date;
    return new Map([...(await nightsOf(keys))].filter(([, w]) => w.date >= today && !w.cancelled));
  }

  const ref = (w: Walk): WalkRef => ({ seriesId: w.series._id, date: w.date, capacity: w.series.maxWalkers, seenFull: w.full });
  const purgeAfter = (walks: readonly Walk[]) => new Date(`${addDays(walks.map((w) => w.date).sort().at(-1) ?? "2000-01-01", options.retentionDays)}T00:00:00Z`);
  const manageUrl = (locale: Locale) => new URL(`/${locale}/night-walks/manage/`, options.siteUrl).href;

  /** The nights as a calendar file: each from its start to its end (the next day when the end is after midnight), at the meeting point. */
  function walksIcs(nightsToSend: readonly { walk: Walk; id: string }[], locale: Locale, now: Date) {
    const events = nightsToSend.map(({ walk, id }) => {
      const start = stockholmInstant(walk.date, walk.series.startTime);
      const endDate = walk.series.endTime <= walk.series.startTime ? addDays(walk.date, 1) : walk.date;
      const a = walk.series.meetingPoint.address;
      return { uid: `${id}@nara-nightwalk`, start, end: stockholmInstant(endDate, walk.series.endTime), summary: text(walk.series.title, locale), location: `${walk.series.meetingPoint.name}, ${a.street}, ${a.postalCode} ${a.city}` };
    });
    return { filename: "nattvandring.ics", content: calendar(events, now), contentType: "text/calendar; charset=utf-8" };
  }

  /** The first reserve who moved up is told, in their language, without anyone else's details. */
  async function tellPromoted(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const rows = await db.query<{ walker_id: string; walk_key: string }>("SELECT walker_id, walk_key FROM night_walk_signups WHERE id = ANY($1)", [[...ids]]);
    const walkers = await walkersByIds(db, key, rows.map((r) => r.walker_id));
    for (const row of rows) {
      const walker = walkers.get(row.walker_id);
      if (!walker?.contact.email) continue;
      const locale = isLocale(walker.locale) ? walker.locale : DEFAULT_LOCALE;
      const t = createTranslator(locale);
      const date = walkDateOf(row.walk_key);
      await sendNotice(mailer, { to: walker.contact.email, subject: t("nightwalk.mail.promotedSubject"), text: t("nightwalk.mail.promotedBody", { date, link: manageUrl(locale) }) }, "Notice to a reserve who moved up");
    }
  }

  /** What an association has walked in the term a date is in, by the series' rules. */
  async function associationTerm(associationId: string, date: string): Promise<{ nights: number; met: number }> {
    const term = termOf(date);
    const { walks } = await content.loadQuery("nightWalks");
    const row = compensation(await walkedNights(db, term.from, term.to), new Map<string, Rule>(walks.map(({ walk }) => [walk._id, walk]))).find((r) => r.associationId === associationId);
    return { nights: row?.nights ?? 0, met: row?.nightsMet ?? 0 };
  }

  /** Files a night's report from its form: every field checked first, each problem at its field. */
  async function fileFromForm(walkKeyToReport: string, form: Record<string, string>, reportedBy: string, now: Date): Promise<{ ok: true } | Failure<"VALIDATION" | "NOT_FOUND">> {
    const walk = (await nightsOf([walkKeyToReport])).get(walkKeyToReport);
    // Only a night that has begun, and was not cancelled, can be reported.
    if (!walk || walk.cancelled || walk.date > stockholmNow(now).date) return fail(404, "NOT_FOUND", "nightwalk.report.notFound");
    const parsed = ReportForm.safeParse({ started: form["started"], ended: form["ended"], route: form["route"] ?? "", youngPeople: form["youngPeople"] ?? "", walkIns: form["walkIns"], notes: form["notes"] });
    if (!parsed.success) return fail(422, "VALIDATION", undefined, { fields: fieldProblems(parsed.error, REPORT_FIELD_KEYS) ?? {} });
    const present = (await signUpsOn(db, key, [walkKeyToReport])).filter((s) => s.status === "walker" && form[`present:${s.id}`] === "on");
    const walkers = await walkersByIds(db, key, present.map((s) => s.walkerId));
    const walked = present.map((s) => ({ signUpId: s.id, associationId: walkers.get(s.walkerId)?.associationId ?? null }));
    await fileReport(
      db,
      key,
      walkKeyToReport,
      {
        started: parsed.data.started,
        ended: parsed.data.ended,
        route: parsed.data.route,
        youngPeople: parsed.data.youngPeople,
        happenings: HAPPENINGS.filter((h) => form[`happening:${h}`] === "on"),
        notes: parsed.data.notes,
        walked,
        walkIns: linesOf(parsed.data.walkIns),
        reportedBy,
      },
      { now, notesPurgeAfter: new Date(`${addDays(walk.date, options.reportNotesDays)}T00:00:00Z`) },
    );
    return { ok: true };
  }

  async function openLeaderNight(secret: string, client: string, now: Date): Promise<LeaderNight | NightWalkFailure> {
    const found = await guard.lookup("manage", client, () => reportLinkOf(db, secret, now));
    if (!found.ok) return found.refused ?? fail(404, "NOT_FOUND", "nightwalk.report.notFound");
    const link = found.value;
    const [walk, signedUp, states] = await Promise.all([nightsOf([link.walkKey]).then((m) => m.get(link.walkKey)), signUpsOn(db, key, [link.walkKey]), nights(db, key, [link.walkKey])]);
    if (!walk) return fail(404, "NOT_FOUND", "nightwalk.report.notFound");
    const walkers = signedUp.filter((s) => s.status === "walker").map((s) => ({ id: s.id, name: s.name }));
    return { ok: true, walk, link, walkers, report: states.get(link.walkKey)?.report };
  }

  async function open(code: string, secret: string, client: string): Promise<{ ok: true; walker: Walker } | NightWalkFailure> {
    const found = await guard.lookup("manage", client, () => findWalker(db, key, code, secret));
    return found.ok ? { ok: true, walker: found.value } : (found.refused ?? fail(404, "NOT_FOUND", "nightwalk.manage.notFound"));
  }

  return {
    /** The coming walks, the ones most in need of people first within a date; by area when asked. */
    async upcoming(now: Date, filter: { area?: string | undefined; date?: string | undefined } = {}) {
      const today = stockholmNow(now).date;
      const from = filter.date && isDate(filter.date) && filter.date >= today ? filter.date : today;
      const { areas } = await content.loadQuery("nightWalks");
      const walks = await walksFrom(from, horizon, (area) => !filter.area || area.slug.current === filter.area);
      return { areas, walks, from };
    },
    /**
     * The nights of the calendar's week (seven days from `from`, the past ones of the week too),
     * with their counts, for one area's slug or all.
     */
    week: (from: string, areaSlug?: string): Promise<Walk[]> => walksFrom(from, 6, (area) => !areaSlug || area.slug.current === areaSlug),
    /** A sign-up from the form (with or without JavaScript): fields, the walks against the CMS, limit, proof, then the places. */
    signUpFromForm(form: Record<string, string>, walksChosen: readonly string[], locale: Locale, client: string, now: Date): Promise<FormOutcome<SignedUp, NightWalkFailureCode>> {
      return submitForm(
        guard,
        {
          name: "nightwalk",
          limit: "nightWalks",
          schema: SignUpRequest,
          fieldKeys: FIELD_KEYS,
          fields: (input: Record<string, string>) => ({ ...filledFields(input, FORM_FIELDS), walks: [...walksChosen] }),
          async check(request) {
            if (!request) return {};
            const found = await walksByKey(request.walks, now);
            const walks = request.walks.map((k) => found.get(k)).filter((w) => w !== undefined);
            if (walks.length !== request.walks.length) return { fields: { walks: "nightwalk.error.walks" } };
            if (request.kind === "association") {
              const { associations } = await content.loadQuery("proposeForm");
              if (!associations.some((a) => a._id === request.association)) return { fields: { association: "nightwalk.error.association" } };
            }
            return { context: walks };
          },
          proof: (request, input) => formProof(request.altcha, input),
          async store(request, walks) {
            const names = request.kind === "association" ? linesOf(request.walkerNames) : [request.name];
            const made = await signUp(
              db,
              {
                kind: request.kind,
                associationId: request.kind === "association" ? request.association : undefined,
                contact: { name: request.name, phone: request.phone, email: request.email },
                names,
                walks: walks.map(ref),
                locale,
              },
              { key, purgeAfter: purgeAfter(walks) },
            );
            if (request.email) {
              const t = createTranslator(locale);
              const lines = made.signUps.map((s) => `${s.date} · ${s.name} · ${t(`nightwalk.status.${s.status}`)}`);
              const placed = made.signUps.filter((s) => s.status === "walker").map((s) => ({ id: s.id, walk: walks.find((w) => w.key === s.walkKey) })).filter((n): n is { id: string; walk: Walk } => n.walk !== undefined);
              const mail = { to: request.email, subject: t("nightwalk.mail.confirmSubject"), text: t("nightwalk.mail.confirmBody", { nights: lines.join("\n"), link: manageUrl(locale) }) };
              await sendNotice(mailer, placed.length > 0 ? { ...mail, attachments: [walksIcs(placed, locale, now)] } : mail, "Night-walk confirmation");
            }
            return { ok: true, ...made };
          },
        },
        form,
        client,
      );
    },
    /** The manage form: open one's nights with code and secret, cancel one, or add nights. */
    async manageFromForm(form: Record<string, string>, walksChosen: readonly string[], client: string, now: Date): Promise<Managed> {
      const present = (value: string | undefined) => (value === "" ? undefined : value);
      const parsed = ManageForm.safeParse({ action: present(form["action"]), code: form["code"] ?? "", secret: form["secret"] ?? "", signUp: present(form["signUp"]) });
      if (!parsed.success) return invalid(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), FIELD_KEYS[String(i.path[0])] ?? "error.badRequest"])));
      const opened = await open(parsed.data.code, parsed.data.secret, client);
      if (!opened.ok) return opened;
      const { walker } = opened;
      let done: "cancelled" | "added" | undefined;
      let refusal: NightWalkFailure | undefined;
      if (parsed.data.action === "cancel" && parsed.data.signUp) {
        const mine = (await signUpsOf(db, key, walker.id)).find((s) => s.id === parsed.data.signUp);
        const walk = mine && (await nightsOf([mine.walkKey])).get(mine.walkKey);
        if (!mine) refusal = fail(404, "NOT_FOUND", "nightwalk.manage.notFound");
        else {
          const result = await cancelSignUp(db, mine.id, walk?.series.maxWalkers ?? 1);
          await tellPromoted(result.promoted);
          done = "cancelled";
        }
      }
      if (parsed.data.action === "add") {
        const found = await walksByKey(walksChosen, now);
        const walks = walksChosen.map((k) => found.get(k)).filter((w) => w !== undefined);
        if (walks.length === 0 || walks.length !== walksChosen.length) refusal = invalid({ walks: "nightwalk.error.walks" });
        else {
          const names = [...new Set((await signUpsOf(db, key, walker.id)).map((s) => s.name))];
          await addWalks(db, key, walker.id, names, walks.map(ref));
          done = "added";
        }
      }
      const mine = await signUpsOf(db, key, walker.id);
      const today = stockholmNow(now).date;
      // The walker's own nights still to come (a past night cannot be cancelled).
      const walks = new Map([...(await nightsOf(mine.map((s) => s.walkKey)))].filter(([, w]) => w.date >= today));
      const term = walker.associationId ? await associationTerm(walker.associationId, today) : undefined;
      return {
        ok: true,
        walker,
        secret: parsed.data.secret,
        signUps: mine.map((s) => ({ ...s, walk: walks.get(s.walkKey) })),
        term,
        ...(done ? { done } : {}),
        ...(refusal ? { refusal } : {}),
      };
    },
    /** The night-walk series of an area (or of every area) as calendar series (for the feeds): Stockholm wall time, the rule, the cancelled evenings. */
    async feedEvents(areaSlug: string | undefined, locale: Locale): Promise<IcsEvent[]> {
      const { walks } = await content.loadQuery("nightWalks");
      return walks
        .filter(({ area }) => areaSlug === undefined || area.slug.current === areaSlug)
        .map(({ walk, area }) => {
          const url = new URL(`/${locale}/night-walks/?area=${encodeURIComponent(area.slug.current)}`, options.siteUrl).href;
          const a = walk.meetingPoint.address;
          return {
            uid: `${walk._id}@nara`,
            series: {
              date: walk.startDate,
              start: walk.startTime,
              end: walk.endTime,
              endsNextDay: walk.endTime <= walk.startTime,
              rrule: walk.rrule ? icsRule(walk.rrule, endOfStockholmDay) : undefined,
              exdates: walk.rrule ? walk.exdates : undefined,
            },
            summary: text(walk.title, locale),
            location: `${walk.meetingPoint.name}, ${a.street}, ${a.postalCode} ${a.city}`,
            description: url,
            url,
          };
        });
    },
    /** A series' name in a language. */
    title: (walk: Pick<Walk, "series">, locale: Locale) => text(walk.series.title, locale),

    /**
     * An area's season for its coordinator: the nights of the last two weeks (to report) and the
     * coming ones, each with its sign-ups and what became of it; the coming nights still under
     * their minimum first. Who may see it is the staff service's to decide.
     */
    async season(areaId: string, now: Date): Promise<{ area: AreaRef | undefined; nights: SeasonNight[] }> {
      const today = stockholmNow(now).date;
      const { areas } = await content.loadQuery("nightWalks");
      const area = areas.find((a) => a._id === areaId);
      const list = await walksFrom(addDays(today, -14), horizon + 14, (a) => a._id === areaId);
      const keys = list.map((w) => w.key);
      const [all, states, links] = await Promise.all([signUpsOn(db, key, keys), nights(db, key, keys), reportLinks(db, keys, now)]);
      const walkers = await walkersByIds(db, key, all.map((s) => s.walkerId));
      const seasonNights = list.map((w) => ({
        ...w,
        signUps: all.filter((s) => s.walkKey === w.key).map((s) => ({ ...s, walker: walkers.get(s.walkerId) })),
        night: states.get(w.key),
        leaderLink: links.get(w.key),
      }));
      const short = (n: SeasonNight) => n.date >= today && !n.cancelled && !n.night?.cancelledAt && n.needed > 0;
      return { area, nights: [...seasonNights.filter(short), ...seasonNights.filter((n) => !short(n))] };
    },
    /** One night by its key (a date of its series), with its area; undefined for a key that names none. */
    night: async (walkKeyToFind: string): Promise<Walk | undefined> => (await nightsOf([walkKeyToFind])).get(walkKeyToFind),
    /** Whether an area with night walks' content exists (for a 404). */
    async hasArea(areaId: string): Promise<boolean> {
      return (await content.loadQuery("nightWalks")).areas.some((a) => a._id === areaId);
    },
    /**
     * The coordinator cancels a night: every walker still signed up who gave an e-mail address is
     * told. The number told. With fewer walkers than the series needs, the reason kept is "too few
     * walkers" (for the follow-up).
     */
    async cancelNight(walkKeyToCancel: string, now: Date): Promise<number> {
      const night = (await nightsOf([walkKeyToCancel])).get(walkKeyToCancel);
      if (!(await cancelNight(db, walkKeyToCancel, now, night && night.needed > 0 ? "fewWalkers" : "other"))) return 0;
      let told = 0;
      const signedUp = (await signUpsOn(db, key, [walkKeyToCancel])).filter((s) => s.status !== "cancelled");
      const walkers = await walkersByIds(db, key, signedUp.map((s) => s.walkerId));
      for (const s of signedUp) {
        const walker = walkers.get(s.walkerId);
        if (!walker?.contact.email) continue;
        const locale = isLocale(walker.locale) ? walker.locale : DEFAULT_LOCALE;
        const t = createTranslator(locale);
        if (await sendNotice(mailer, { to: walker.contact.email, subject: t("nightwalk.mail.cancelledSubject"), text: t("nightwalk.mail.cancelledBody", { date: s.date, link: manageUrl(locale) }) }, "Notice of a cancelled night")) told++;
      }
      return told;
    },
    /** The report of a night from the coordinator's form: who walked (ticked sign-ups and walk-ins by name), when, where, what happened. */
    report: (walkKeyToReport: string, form: Record<string, string>, reportedBy: string, now: Date) => fileFromForm(walkKeyToReport, form, reportedBy, now),
    /**
     * The coordinator gives a night's report link to one of its walkers, its leader: a new secret
     * (the night's last link stops working), mailed to them in their language when they gave an
     * e-mail address, and shown to the coordinator to pass on by text message otherwise. It works
     * until a week after the walk.
     */
    async leaderLink(walkKeyOfNight: string, signUpId: string): Promise<{ ok: true; url: string; mailed: boolean; leader: string } | Failure<"NOT_FOUND">> {
      const leader = (await signUpsOn(db, key, [walkKeyOfNight])).find((s) => s.id === signUpId && s.status === "walker");
      const walk = (await nightsOf([walkKeyOfNight])).get(walkKeyOfNight);
      const walker = leader && (await walkerById(db, key, leader.walkerId));
      if (!leader || !walk || !walker) return fail(404, "NOT_FOUND");
      const locale = isLocale(walker.locale) ? walker.locale : DEFAULT_LOCALE;
      const until = addDays(walk.date, LEADER_LINK_DAYS);
      const secret = await createReportLink(db, walkKeyOfNight, leader.id, endOfStockholmDay(until));
      const url = new URL(`/${locale}/night-walks/report/${secret}/`, options.siteUrl).href;
      let mailed = false;
      if (walker.contact.email) {
        const t = createTranslator(locale);
        const body = t("nightwalk.mail.reportLinkBody", { walk: text(walk.series.title, locale), date: walk.date, link: url, until });
        mailed = await sendNotice(mailer, { to: walker.contact.email, subject: t("nightwalk.mail.reportLinkSubject"), text: body }, "Night-walk report link");
      }
      return { ok: true, url, mailed, leader: leader.name };
    },
    /** What a leader's link opens, while it works; a wrong, replaced or expired secret counts as a failed lookup. */
    leaderNight: (secret: string, client: string, now: Date) => openLeaderNight(secret, client, now),
    /** The leader files (or corrects) the night's report through the link; a refused report comes back with the night, as `refusal`. */
    async leaderReport(secret: string, form: Record<string, string>, client: string, now: Date): Promise<LeaderNight | NightWalkFailure> {
      const opened = await openLeaderNight(secret, client, now);
      if (!opened.ok) return opened;
      const filed = await fileFromForm(opened.link.walkKey, form, BY_LEADER, now);
      if (!filed.ok) return { ...opened, refusal: filed };
      const again = await openLeaderNight(secret, client, now);
      return again.ok ? { ...again, filed: true } : again;
    },
    /** What each association is paid for the term a date is in: the table and its CSV. */
    async compensation(date: string) {
      const term = termOf(date);
      const { walks, associations } = await content.loadQuery("nightWalks");
      const rules = new Map<string, Rule>(walks.map(({ walk }) => [walk._id, walk]));
      const rows = compensation(await walkedNights(db, term.from, term.to), rules).map((r) => ({ ...r, name: text(associations.find((a) => a._id === r.associationId)?.name, "sv") || r.associationId }));
      return { term, rows, csv: compensationCsv(rows, term) };
    },
    /**
     * The day-before alert: from noon the day before, a walk still under its minimum tells the
     * area office's functional mailbox, once (several instances may run this), in Swedish, with
     * the night and the count only.
     */
    async sendAlerts(now: Date): Promise<number> {
      const { date: today, minutes } = stockholmNow(now);
      if (minutes < 12 * 60) return 0;
      const tomorrow = addDays(today, 1);
      // Each walker with an e-mail address is reminded of tomorrow's night, once, with the calendar file.
      const tomorrowsWalks = await walksFrom(tomorrow, 0);
      const coming = new Map(tomorrowsWalks.map((w) => [w.key, w]));
      for (const s of await claimReminders(db, key, tomorrow, now)) {
        const walk = coming.get(s.walkKey);
        if (!walk || walk.cancelled || !s.walker.contact.email) continue;
        const locale = isLocale(s.walker.locale) ? s.walker.locale : DEFAULT_LOCALE;
        const t = createTranslator(locale);
        const body = t("nightwalk.mail.reminderBody", { walk: text(walk.series.title, locale), start: walk.series.startTime, place: walk.series.meetingPoint.name, link: manageUrl(locale) });
        await sendNotice(mailer, { to: s.walker.contact.email, subject: t("nightwalk.mail.reminderSubject"), text: body, attachments: [walksIcs([{ id: s.id, walk }], locale, now)] }, "Night-walk reminder");
      }
      const { offices } = await content.loadQuery("nightWalks");
      let sent = 0;
      for (const w of tomorrowsWalks) {
        if (w.date !== tomorrow || w.cancelled || w.needed === 0) continue;
        const office = offices.find((o) => o.area === w.area._id);
        if (!office || !(await claimAlert(db, w.key, now))) continue;
        const name = text(w.series.title, "sv");
        const sv = createTranslator("sv");
        const subject = `Nattvandring i morgon: ${String(w.walkers)} av ${String(w.series.minWalkers)}`;
        const body = [
          `${name}, ${sv("nightwalk.when", { start: w.series.startTime, end: w.series.endTime })} i morgon ${w.date}: ${String(w.walkers)} av minst ${String(w.series.minWalkers)} vandrare är anmälda.`,
          "",
          `Se kvällen och ställ in den vid behov: ${new URL(`/staff/night-walks/${encodeURIComponent(w.area._id)}`, options.siteUrl).href}`,
        ].join("\n");
        if (await sendNotice(mailer, { to: office.messageMailbox ?? office.email, subject, text: body }, `Night-walk alert for ${w.key}`)) sent++;
      }
      return sent;
    },
  };
}
