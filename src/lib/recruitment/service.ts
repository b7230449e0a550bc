/**
 * Becoming a contact person, contact family, family home or emergency home, as the pages use it,
 * made by `createRecruitment` from what the domain needs: the roles and the self-check from the
 * CMS, the coming information evenings with their seats left, a seat (booked through the one
 * public-form pipeline; a code and a secret cancel it), an interest (intresseanmälan, sealed,
 * opened again with a receipt code on the status page), and what the recruiters do with it. Who
 * may, and the audit, are the staff service's.
 */
import type { SealingKey } from "../security/crypto.ts";
import { z } from "zod";
import { areaForPostalCode, normalizePostalCode } from "../areas/index.ts";
import { calendar } from "../calendar/ics.ts";
import type { LoadQuery } from "../content/load.ts";
import { RECRUITMENT_ROLES, type RecruitmentRole } from "../content/rules.ts";
import type { InfoEvening } from "../content/schemas.ts";
import { addDays, isDate, stockholmInstant, stockholmNow } from "../dates.ts";
import type { Db } from "../db/index.ts";
import { formProof, submitForm, type FormOutcome } from "../forms/pipeline.ts";
import { filledFields } from "../http/body.ts";
import { fail, type Failure, type FormError } from "../http/failure.ts";
import { createTranslator, DEFAULT_LOCALE, isLocale, LOCALES, type Locale, type UiKey } from "../i18n/index.ts";
import { sendNotice, type Mailer } from "../mail/index.ts";
import { isCode, isSecret, normalize } from "../security/codes.ts";
import type { Guard } from "../security/guards.ts";
import { isReceipt } from "../security/receipts.ts";
import { cleanText, isPhoneNumber, lineField, optionalLineField } from "../text.ts";
import { comingEvenings, type EveningView } from "./evenings.ts";
import {
  addNote,
  allInterests,
  bookSeat,
  cancelSeat,
  changeStatus,
  claimSeatReminders,
  claimSummary,
  CLOSED_REASONS,
  eraseInterest,
  findSeat,
  historyOf,
  interestById,
  interestByReceipt,
  INTEREST_STATUSES,
  markAttended,
  notesOf,
  overdueCount,
  registerInterest,
  seatsAt,
  seatsTaken,
  setHandling,
  type ClosedReason,
  type Interest,
  type InterestStatus,
  type Seat,
} from "./store.ts";

export type RecruitmentFailureCode = FormError | "NOT_FOUND" | "FULL";
export type RecruitmentFailure = Failure<RecruitmentFailureCode>;

const phoneField = lineField(30).refine((v) => isPhoneNumber(v, 8));
const emailField = optionalLineField(254).pipe(z.email().optional());

/** A seat at an information evening, from its form: who, how to reach them (e-mail or phone), how many. */
export const SeatRequest = z.strictObject({
  evening: z.string().min(1).max(200),
  name: lineField(100),
  email: emailField,
  phone: optionalLineField(30).pipe(z.string().refine((v) => isPhoneNumber(v, 8)).optional()),
  persons: z.string().regex(/^[1-4]$/).transform(Number),
  altcha: z.string().max(8000).optional(),
});
export type SeatRequest = z.infer<typeof SeatRequest>;

const SEAT_FIELD_KEYS: Record<string, UiKey> = {
  evening: "become.error.evening",
  name: "become.error.name",
  email: "become.error.reach",
  phone: "become.error.phone",
  persons: "become.error.persons",
  altcha: "book.error.human",
};
const SEAT_FIELDS = ["evening", "name", "email", "phone", "persons", "altcha"] as const;

/** An interest (intresseanmälan): the roles, who, how to reach them, the household, the languages at home, when to call. Nothing about health, no personal identity number. */
export const InterestRequest = z.strictObject({
  roles: z.array(z.enum(RECRUITMENT_ROLES)).min(1).max(4),
  name: lineField(100),
  phone: phoneField,
  email: emailField,
  postalCode: z.string().max(20).transform((v, ctx) => {
    const code = normalizePostalCode(v);
    if (!code.ok) {
      ctx.addIssue({ code: "custom", message: code.reason });
      return z.NEVER;
    }
    return code.code;
  }),
  adults: z.string().regex(/^[1-6]$/).transform(Number),
  /** Ages as numbers, with any separator people write between them ("4, 9", "٤، ٩"). */
  childrenAges: optionalLineField(60).pipe(z.string().regex(/^[\p{Nd}\s,،.;/–-]*$/u).optional()),
  languages: z.array(z.enum(LOCALES)).max(8),
  otherLanguage: optionalLineField(60),
  reachTimes: lineField(200),
  message: z.string().max(8000).optional().transform((v) => (v === undefined ? undefined : cleanText(v) || undefined)).pipe(z.string().max(2000).optional()),
  privacy: z.literal("on"),
  altcha: z.string().max(8000).optional(),
});
export type InterestRequest = z.infer<typeof InterestRequest>;

const INTEREST_FIELD_KEYS: Record<string, UiKey> = {
  roles: "become.error.roles",
  name: "become.error.name",
  phone: "become.error.phone",
  email: "become.error.email",
  postalCode: "become.error.postalCode",
  adults: "become.error.adults",
  childrenAges: "become.error.childrenAges",
  languages: "become.error.languages",
  otherLanguage: "become.error.otherLanguage",
  reachTimes: "become.error.reachTimes",
  message: "become.error.message",
  privacy: "become.error.privacy",
  altcha: "book.error.human",
};
const INTEREST_FIELDS = ["name", "phone", "email", "postalCode", "adults", "childrenAges", "otherLanguage", "reachTimes", "message", "privacy", "altcha"] as const;

const SeatManageForm = z.object({
  action: z.enum(["open", "cancel", "ics"]).default("open"),
  code: z.string().max(40).transform(normalize).pipe(z.string().refine(isCode)),
  secret: z.string().max(100).transform(normalize).pipe(z.string().refine(isSecret)),
});

export interface RecruitmentOptions {
  /** An interest is deleted this many days after it was closed, or after the last thing that happened to it while open. */
  retentionDays: number;
  /** The municipality calls someone who registered interest within this many days. */
  responseDays: number;
  siteUrl: string;
}

export interface RecruitmentDeps {
  db: Db;
  content: { loadQuery: LoadQuery };
  guard: Guard;
  mailer: Mailer;
  key: SealingKey;
  options: RecruitmentOptions;
}

export type RecruitmentService = ReturnType<typeof createRecruitment>;

export interface SeatBooked {
  seat: Seat;
  secret: string;
  evening: InfoEvening;
}

export type SeatManaged = ({ ok: true; seat: Seat; secret: string; evening: InfoEvening | undefined; done?: "cancelled" } & { ics?: string }) | RecruitmentFailure;

/** The board's filter: by status, role, area and language (all optional). */
export interface BoardFilter {
  status?: InterestStatus | undefined;
  role?: RecruitmentRole | undefined;
  area?: string | undefined;
  language?: string | undefined;
}

export interface BoardEntry {
  interest: Interest;
  /** Not contacted by the promised date, or the next contact date has passed. */
  overdue: boolean;
}

/** What the status page shows: no personal details, just where the interest stands. */
export interface InterestStatusView {
  status: InterestStatus;
  closedReason: ClosedReason | null;
  roles: RecruitmentRole[];
  promisedBy: string;
  registered: string;
  history: { date: string; status: InterestStatus }[];
}

/** Everything held about one applicant, for the export (their right of access). */
export interface InterestExport {
  interest: Interest;
  notes: { author: string; body: string; createdAt: string }[];
  history: { at: string; status: InterestStatus; reason: ClosedReason | null; by: string }[];
}

const seatPurgeAfter = (date: string) => new Date(`${addDays(date, 30)}T00:00:00Z`);

export function createRecruitment({ db, content, guard, mailer, key, options }: RecruitmentDeps) {
  const statusUrl = (locale: Locale) => new URL(`/${locale}/become/status/`, options.siteUrl).href;
  const manageUrl = (locale: Locale) => new URL(`/${locale}/become/evenings/manage/`, options.siteUrl).href;

  async function evenings(today: string, role?: RecruitmentRole): Promise<EveningView[]> {
    const { evenings: all } = await content.loadQuery("recruitment");
    const coming = all.filter((e) => e.date >= today);
    return comingEvenings(coming, today, await seatsTaken(db, coming.map((e) => e._id)), role);
  }

  /** Where an evening is, as one line: the place's name and address, or "video meeting". */
  const whereLine = (evening: InfoEvening, locale: Locale) => {
    if (!evening.place) return createTranslator(locale)("become.evening.video");
    const a = evening.place.address;
    return `${evening.place.name}, ${a.street}, ${a.postalCode} ${a.city}`;
  };

  function eveningIcs(seat: Pick<Seat, "id">, evening: InfoEvening, locale: Locale, now: Date): string {
    const t = createTranslator(locale);
    return calendar(
      [
        {
          uid: `${seat.id}@nara-evening`,
          start: stockholmInstant(evening.date, evening.startTime),
          end: stockholmInstant(evening.date, evening.endTime),
          summary: t("become.evening.calendarTitle"),
          location: whereLine(evening, locale),
          ...(evening.videoLink ? { description: evening.videoLink, url: evening.videoLink } : {}),
        },
      ],
      now,
    );
  }

  const eveningFacts = (evening: InfoEvening, locale: Locale) => {
    const t = createTranslator(locale);
    return { date: evening.date, start: evening.startTime, end: evening.endTime, place: whereLine(evening, locale), video: evening.videoLink ?? "", language: t(`lang.name.${evening.language}`) };
  };

  async function openSeat(code: string, secret: string, client: string): Promise<{ ok: true; seat: Seat } | RecruitmentFailure> {
    const found = await guard.lookup("manage", client, () => findSeat(db, key, code, secret));
    return found.ok ? { ok: true, seat: found.value } : (found.refused ?? fail(404, "NOT_FOUND", "become.manage.notFound"));
  }

  async function eveningById(id: string): Promise<InfoEvening | undefined> {
    return (await content.loadQuery("recruitment")).evenings.find((e) => e._id === id);
  }

  /** The status mail: only that something changed, and where to look. */
  async function tellStatus(interest: Interest): Promise<void> {
    if (!interest.details.email) return;
    const locale = isLocale(interest.locale) ? interest.locale : DEFAULT_LOCALE;
    const t = createTranslator(locale);
    await sendNotice(mailer, { to: interest.details.email, subject: t("become.mail.statusSubject"), text: t("become.mail.statusBody", { link: statusUrl(locale) }) }, "Notice of an interest's new status");
  }

  return {
    /** The roles, the self-check and the coming evenings with their seats left; the team's phone and e-mail. */
    async overview(now: Date) {
      const data = await content.loadQuery("recruitment");
      const contact = data.settings.recruitment ?? { phone: data.settings.generalContact.phone, email: data.settings.generalContact.email };
      return { roles: data.roles, selfCheck: data.selfCheck, evenings: await evenings(stockholmNow(now).date), contact };
    },
    /** One role's page by its slug, with the evenings that cover it; undefined for a slug that names none. */
    async role(slug: string, now: Date) {
      const data = await content.loadQuery("recruitment");
      const role = data.roles.find((r) => r.slug.current === slug);
      if (!role) return undefined;
      const contact = data.settings.recruitment ?? { phone: data.settings.generalContact.phone, email: data.settings.generalContact.email };
      return { role, roles: data.roles, evenings: await evenings(stockholmNow(now).date, role.role), contact };
    },
    /** The coming evenings with their seats left. */
    comingEvenings: (now: Date) => evenings(stockholmNow(now).date),

    /** A seat from the form (with or without JavaScript): fields, the evening against the CMS and its seats, limit, proof, then the seats under the CHECK. */
    seatFromForm(form: Record<string, string>, locale: Locale, client: string, now: Date): Promise<FormOutcome<SeatBooked, RecruitmentFailureCode>> {
      return submitForm(
        guard,
        {
          name: "evening",
          limit: "recruitment",
          schema: SeatRequest,
          fieldKeys: SEAT_FIELD_KEYS,
          fields: (input: Record<string, string>) => filledFields(input, SEAT_FIELDS),
          async check(request, input) {
            // An e-mail address or a phone number, so that the evening's changes can reach them: checked with the other fields.
            if (!input["email"]?.trim() && !input["phone"]?.trim()) return { fields: { email: "become.error.reach" } };
            if (!request) return {};
            const evening = (await evenings(stockholmNow(now).date)).find((e) => e.evening._id === request.evening);
            if (!evening) return { fields: { evening: "become.error.evening" } };
            if (evening.seatsLeft < request.persons) return { fields: { persons: evening.full ? "become.error.full" : "become.error.persons" } };
            return { context: evening.evening };
          },
          proof: (request, input) => formProof(request.altcha, input),
          async store(request, evening) {
            const made = await bookSeat(db, key, { eveningId: evening._id, eveningDate: evening.date, capacity: evening.seats, persons: request.persons, contact: { name: request.name, email: request.email, phone: request.phone }, locale }, seatPurgeAfter(evening.date));
            if (!made.ok) return fail(409, "FULL", undefined, { fields: { persons: "become.error.full" } });
            if (request.email) {
              const t = createTranslator(locale);
              const mail = { to: request.email, subject: t("become.mail.seatSubject"), text: t("become.mail.seatBody", { ...eveningFacts(evening, locale), persons: request.persons, link: manageUrl(locale) }) };
              await sendNotice(mailer, { ...mail, attachments: [{ filename: "informationskvall.ics", content: eveningIcs(made.seat, evening, locale, now), contentType: "text/calendar; charset=utf-8" }] }, "Information-evening seat");
            }
            return { ok: true, seat: made.seat, secret: made.secret, evening };
          },
        },
        form,
        client,
      );
    },
    /** The seat's own page: open it with code and secret, cancel it, or download it as a calendar file. */
    async manageSeatFromForm(form: Record<string, string>, client: string, now: Date): Promise<SeatManaged> {
      const parsed = SeatManageForm.safeParse({ action: form["action"] === "" ? undefined : form["action"], code: form["code"] ?? "", secret: form["secret"] ?? "" });
      if (!parsed.success) return fail(422, "VALIDATION", undefined, { fields: Object.fromEntries(parsed.error.issues.map((i): [string, UiKey] => [String(i.path[0]), i.path[0] === "code" ? "book.error.code" : "book.error.secret"])) });
      const opened = await openSeat(parsed.data.code, parsed.data.secret, client);
      if (!opened.ok) return opened;
      const evening = await eveningById(opened.seat.eveningId);
      const base = { ok: true as const, seat: opened.seat, secret: parsed.data.secret, evening };
      if (parsed.data.action === "cancel" && !opened.seat.cancelled) {
        await cancelSeat(db, opened.seat.id, now);
        return { ...base, seat: { ...opened.seat, cancelled: true }, done: "cancelled" };
      }
      if (parsed.data.action === "ics" && evening && !opened.seat.cancelled) {
        const locale = isLocale(opened.seat.locale) ? opened.seat.locale : DEFAULT_LOCALE;
        return { ...base, ics: eveningIcs(opened.seat, evening, locale, now) };
      }
      return base;
    },

    /** An interest from the form: fields, the area from the postal code, limit, proof, then the sealed row; the promised date by the setting. */
    registerFromForm(form: Record<string, string>, rolesChosen: readonly string[], languagesChosen: readonly string[], locale: Locale, client: string, now: Date): Promise<FormOutcome<{ receipt: string; promisedBy: string }, RecruitmentFailureCode>> {
      return submitForm(
        guard,
        {
          name: "interest",
          limit: "recruitment",
          schema: InterestRequest,
          fieldKeys: INTEREST_FIELD_KEYS,
          fields: (input: Record<string, string>) => ({ ...filledFields(input, INTEREST_FIELDS), roles: [...rolesChosen], languages: [...languagesChosen] }),
          async check(request) {
            if (!request) return {};
            const { areas } = await content.loadQuery("recruitmentAreas");
            return { context: { areaId: areaForPostalCode(areas, request.postalCode)?._id } };
          },
          proof: (request, input) => formProof(request.altcha, input),
          async store(request, context) {
            const promisedBy = addDays(stockholmNow(now).date, options.responseDays);
            const made = await registerInterest(
              db,
              key,
              {
                roles: request.roles,
                areaId: context.areaId,
                languages: request.languages,
                details: {
                  name: request.name,
                  phone: request.phone,
                  email: request.email,
                  postalCode: request.postalCode,
                  adults: request.adults,
                  childrenAges: request.childrenAges ?? "",
                  otherLanguage: request.otherLanguage,
                  reachTimes: request.reachTimes,
                  message: request.message,
                },
                locale,
                promisedBy,
              },
              now,
              options.retentionDays,
            );
            if (request.email) {
              const t = createTranslator(locale);
              await sendNotice(mailer, { to: request.email, subject: t("become.mail.interestSubject"), text: t("become.mail.interestBody", { date: promisedBy, link: statusUrl(locale) }) }, "Interest received");
            }
            return { ok: true, receipt: made.receipt, promisedBy };
          },
        },
        form,
        client,
      );
    },
    /** The status page: where an interest stands, opened with its receipt code (failed codes are throttled). */
    async statusFromForm(form: Record<string, string>, client: string): Promise<({ ok: true } & InterestStatusView) | RecruitmentFailure> {
      const receipt = normalize(form["receipt"] ?? "");
      if (!isReceipt(receipt)) return fail(422, "VALIDATION", undefined, { fields: { receipt: "become.status.notFound" } });
      const found = await guard.lookup("receipts", client, () => interestByReceipt(db, key, receipt));
      if (!found.ok) return found.refused ?? fail(404, "NOT_FOUND", undefined, { fields: { receipt: "become.status.notFound" } });
      const interest = found.value;
      const history = await historyOf(db, interest.id);
      return {
        ok: true,
        status: interest.status,
        closedReason: interest.closedReason,
        roles: interest.roles,
        promisedBy: interest.promisedBy,
        registered: stockholmNow(interest.createdAt).date,
        history: history.map((h) => ({ date: stockholmNow(h.at).date, status: h.status })),
      };
    },

    // --- For the recruiters (the staff service decides who may, and audits) -------------------

    /** The board: every interest kept, filtered; the overdue ones first, then by the date promised. */
    async board(filter: BoardFilter, now: Date): Promise<BoardEntry[]> {
      const today = stockholmNow(now).date;
      const all = await allInterests(db, key);
      return all
        .filter((i) => (filter.status ? i.status === filter.status : i.status !== "closed"))
        .filter((i) => !filter.role || i.roles.includes(filter.role))
        .filter((i) => !filter.area || i.areaId === filter.area)
        .filter((i) => !filter.language || i.languages.includes(filter.language) || (filter.language === "other" && Boolean(i.details.otherLanguage)))
        .map((interest) => ({ interest, overdue: isOverdue(interest, today) }))
        .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.interest.promisedBy.localeCompare(b.interest.promisedBy) || a.interest.createdAt.getTime() - b.interest.createdAt.getTime());
    },
    /** One interest with its notes and history. */
    async interest(id: string) {
      const interest = z.uuid().safeParse(id).success ? await interestById(db, key, id) : undefined;
      if (!interest) return undefined;
      return { interest, notes: await notesOf(db, key, id), history: await historyOf(db, id) };
    },
    /** A new status (closing takes a reason); the person is told by e-mail that something changed. */
    async changeStatus(id: string, status: string, reason: string | undefined, by: string, now: Date): Promise<{ ok: true; changed: boolean } | Failure<"VALIDATION" | "NOT_FOUND">> {
      const s = z.enum(INTEREST_STATUSES).safeParse(status);
      const r = z.enum(CLOSED_REASONS).optional().safeParse(reason === "" ? undefined : reason);
      if (!s.success || !r.success) return fail(422, "VALIDATION");
      const interest = await interestById(db, key, id);
      if (!interest) return fail(404, "NOT_FOUND");
      const changed = await changeStatus(db, id, { status: s.data, reason: r.data, by, now, retentionDays: options.retentionDays });
      if (changed) await tellStatus(interest);
      return { ok: true, changed };
    },
    /** Who handles it, and when to contact them next. */
    async setHandling(id: string, handler: string, nextContact: string, now: Date): Promise<{ ok: true } | Failure<"VALIDATION" | "NOT_FOUND">> {
      const h = cleanText(handler).slice(0, 100) || null;
      if (nextContact !== "" && !isDate(nextContact)) return fail(422, "VALIDATION");
      return (await setHandling(db, id, { handler: h, nextContact: nextContact === "" ? null : nextContact }, now, options.retentionDays)) ? { ok: true } : fail(404, "NOT_FOUND");
    },
    /** A note, sealed. */
    async addNote(id: string, body: string, author: string, now: Date): Promise<{ ok: true } | Failure<"VALIDATION" | "NOT_FOUND">> {
      const note = cleanText(body);
      if (note === "" || note.length > 4000) return fail(422, "VALIDATION");
      if (!(await interestById(db, key, id))) return fail(404, "NOT_FOUND");
      await addNote(db, key, id, author, note, now, options.retentionDays);
      return { ok: true };
    },
    /** Everything held about one applicant: the interest, its notes and its history. */
    async exportInterest(id: string): Promise<InterestExport | undefined> {
      const interest = z.uuid().safeParse(id).success ? await interestById(db, key, id) : undefined;
      if (!interest) return undefined;
      const notes = await notesOf(db, key, id);
      const history = await historyOf(db, id);
      return {
        interest,
        notes: notes.map((n) => ({ author: n.author, body: n.body, createdAt: n.createdAt.toISOString() })),
        history: history.map((h) => ({ at: h.at.toISOString(), status: h.status, reason: h.reason, by: h.by })),
      };
    },
    /** Erases one applicant's interest, notes and history. */
    eraseInterest: (id: string) => (z.uuid().safeParse(id).success ? eraseInterest(db, id) : Promise.resolve(false)),
    /** An evening's bookings with who attended. */
    async attendees(eveningId: string) {
      const evening = await eveningById(eveningId);
      if (!evening) return undefined;
      return { evening, seats: await seatsAt(db, key, eveningId) };
    },
    /** Every evening (past ones too) for the recruiters' list. */
    allEvenings: async () => (await content.loadQuery("recruitment")).evenings,
    markAttended: (seatId: string, eveningId: string, attended: boolean | null) => (z.uuid().safeParse(seatId).success ? markAttended(db, seatId, eveningId, attended) : Promise.resolve(false)),
    /** The areas, for the board's filter. */
    areas: async () => (await content.loadQuery("recruitmentAreas")).areas,

    /**
     * Every minute: from noon the day before an evening, each booking with an e-mail address gets
     * a reminder with the calendar file (once); and from 07:00, when any interest is open, the
     * recruitment mailbox gets the day's summary, once across instances: how many are open and how
     * many wait past the promised date (no names).
     */
    async upkeep(now: Date): Promise<{ reminders: number; summary: boolean }> {
      const { date: today, minutes } = stockholmNow(now);
      let reminders = 0;
      if (minutes >= 12 * 60) {
        const tomorrow = addDays(today, 1);
        for (const seat of await claimSeatReminders(db, key, tomorrow, now)) {
          const evening = await eveningById(seat.eveningId);
          if (!evening || !seat.contact.email) continue;
          const locale = isLocale(seat.locale) ? seat.locale : DEFAULT_LOCALE;
          const t = createTranslator(locale);
          const sent = await sendNotice(
            mailer,
            { to: seat.contact.email, subject: t("become.mail.reminderSubject"), text: t("become.mail.reminderBody", { ...eveningFacts(evening, locale), link: manageUrl(locale) }), attachments: [{ filename: "informationskvall.ics", content: eveningIcs(seat, evening, locale, now), contentType: "text/calendar; charset=utf-8" }] },
            "Information-evening reminder",
          );
          if (sent) reminders++;
        }
      }
      let summary = false;
      if (minutes >= 7 * 60) {
        const { settings } = await content.loadQuery("recruitment");
        const mailbox = settings.recruitment?.email ?? settings.generalContact.email;
        const counts = await overdueCount(db, today);
        // Nothing open, nothing to tell: no mail that day.
        if (counts.open > 0 && (await claimSummary(db, today, now))) {
          const subject = `Intresseanmälningar ${today}: ${String(counts.overdue)} väntar längre än utlovat`;
          const body = [
            `Öppna intresseanmälningar: ${String(counts.open)}.`,
            `Inte kontaktade inom ${String(options.responseDays)} dagar som utlovat: ${String(counts.overdue)}.`,
            "",
            `Se tavlan: ${new URL("/staff/recruitment/", options.siteUrl).href}`,
          ].join("\n");
          summary = await sendNotice(mailer, { to: mailbox, subject, text: body }, "Recruitment summary");
        }
      }
      return { reminders, summary };
    },
  };
}

/** An interest waits too long when nobody has contacted it by the promised date, or its next contact date has passed. */
export function isOverdue(interest: Pick<Interest, "status" | "promisedBy" | "nextContact">, today: string): boolean {
  if (interest.status === "closed") return false;
  if (interest.status === "received" && interest.promisedBy < today) return true;
  return interest.nextContact !== null && interest.nextContact < today;
}
