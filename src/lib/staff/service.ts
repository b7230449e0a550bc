/**
 * What staff do, made by `createStaff` from the domains' services: sign-in and sessions, a
 * clinic's day of bookings, the inbox, associations' proposals. Each action reads the same way
 * — may this person do this to this unit? then the domain's rule, then the audit line — and
 * answers with the one outcome type, in the staff view's words (`StaffKey`). A unit that does
 * not exist is 404; another unit's is 403, and the refusal is audited too.
 */
import { z } from "zod";
import type { ProposalsService, Decision } from "../activities/proposals.ts";
import { STAFF_MARKS, type BookingService, type ClinicWithRules, type StaffMark } from "../booking/service.ts";
import type { Booking } from "../booking/store.ts";
import { text } from "../content/localize.ts";
import type { SanityDocument } from "../content/dataset.ts";
import type { Db } from "../db/index.ts";
import type { BodyResult } from "../http/body.ts";
import { fail, type Failure, type Outcome } from "../http/failure.ts";
import type { UiKey } from "../i18n/index.ts";
import type { StaffKey } from "../i18n/staff.ts";
import type { ProposalView } from "../activities/proposals.ts";
import type { MessagesService } from "../messages/service.ts";
import type { NightWalksService, SeasonNight, AreaRef } from "../nightwalks/service.ts";
import type { BoardEntry, BoardFilter, InterestExport, RecruitmentService } from "../recruitment/service.ts";
import type { FollowupService } from "../followup/service.ts";
import type { InsightsQuery } from "../followup/insights.ts";
import type { InboxEntry, Thread } from "../messages/store.ts";
import { GENERAL_UNIT, topicById, unitById, type ContactDirectory, type ContactUnit } from "../messages/units.ts";
import { group } from "../security/codes.ts";
import type { Guard } from "../security/guards.ts";
import { cleanText } from "../text.ts";
import { coordinatedAreas, mayAccess, mayCoordinate, mayEditContent, mayReadInsights, mayReadMessages, mayRecruit, messageUnitsOf, setPassword, unitsOf, userByUsername, type StaffUser } from "./accounts.ts";
import { audit, type AuditAction } from "./audit.ts";
import type { Locale } from "../i18n/locales.ts";
import type { LocaleStatus, TranslationDraftView, TranslationsService } from "../translations/service.ts";
import { DUMMY_HASH, needsRehash, verifyPassword } from "./passwords.ts";
import { beginSignIn, finishSignIn, oidcEnabled, type OidcEnv, type SignInRefusal } from "./oidc.ts";
import { createSession, endSession, sessionCookie, sessionFrom, type Session } from "./sessions.ts";

/** The sign-in form's fields: a user name as accounts have them, a password of sensible length. */
const SignInFields = z.object({
  username: z
    .string()
    .max(200)
    .transform((u) => u.trim().toLowerCase())
    .refine((u) => u.length > 0 && !/[\u0000-\u001F\u007F-\u009F]/.test(u)),
  password: z.string().max(1024),
});

type User = Pick<StaffUser, "id" | "username" | "roles">;

export type StaffFailureCode = SignInRefusal | "FORBIDDEN" | "NOT_FOUND" | "VALIDATION" | "RATE_LIMITED" | "WRONG_CREDENTIALS" | "NO_DRAFT_STORE" | "INVALID_DOCUMENT" | "UNKNOWN_FIELDS" | "BAD_REQUEST" | "TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE";
export type StaffFailure = Failure<StaffFailureCode, StaffKey>;
export type StaffOutcome<T extends object> = Outcome<T, StaffFailureCode, StaffKey>;

/** A refused report: the staff message, and each field's problem in the report form's own words. */
export type ReportRefusal = Failure<"VALIDATION", StaffKey> & { reportFields: Record<string, UiKey> };
export const isReportRefusal = (failure: Failure<string, StaffKey>): failure is ReportRefusal => "reportFields" in failure;

const REFUSALS: readonly SignInRefusal[] = ["EXPIRED", "PROVIDER", "NO_ACCOUNT", "NO_ROLES"];

const forbidden = (): StaffFailure => fail(403, "FORBIDDEN", "error.forbidden");
const notFound = (): StaffFailure => fail(404, "NOT_FOUND");

/** A unit the CMS no longer has: only admin still sees its threads, to transfer them. */
const unknownUnit = (id: string): ContactUnit => ({ id, kind: "office", name: [{ _key: "sv", language: "sv", value: id }], mailbox: "" });

export const unitName = (unit: ContactUnit) => (unit.kind === "general" ? `Allmän kontakt (${text(unit.name, "sv")})` : text(unit.name, "sv"));

/** A topic's Swedish name, or its id when the CMS no longer has it. */
export const topicName = (directory: ContactDirectory, id: string) => text(topicById(directory, id)?.name, "sv") || id;

export const REPLY_MAX = 5000;

export interface OpenedThread {
  thread: Thread;
  unit: ContactUnit;
  directory: ContactDirectory;
}

export interface StaffOptions {
  sessionHours: number;
  /** The municipality's OpenID Connect provider, when one is configured. */
  oidc: OidcEnv;
}

export interface StaffDeps {
  db: Db;
  guard: Guard;
  booking: BookingService;
  messages: MessagesService;
  proposals: ProposalsService;
  nightWalks: NightWalksService;
  recruitment: RecruitmentService;
  followup: FollowupService;
  /** The translation drafts and status (optional: tests of other parts leave it out). */
  translations?: TranslationsService | undefined;
  options: StaffOptions;
}

export type StaffService = ReturnType<typeof createStaff>;

export function createStaff({ db, guard, booking, messages, proposals, nightWalks, recruitment, followup, translations, options }: StaffDeps) {
  const log = (user: User, action: AuditAction, unit?: string, detail?: string) => audit(db, user, action, unit, detail);

  /** A session for a user; the sign-in is audited. */
  async function startSession(user: Pick<StaffUser, "id" | "username">, secure: boolean): Promise<{ ok: true; cookie: string }> {
    const { value, expires } = await createSession(db, user.id, options.sessionHours, new Date());
    await audit(db, user, "staff.sign_in");
    return { ok: true, cookie: sessionCookie(value, expires, secure) };
  }

  /** An area's season, walkers' details included: its coordinator (or admin) only; the opening is audited, and so is a refusal. */
  async function seasonOf(user: User, areaId: string, now: Date): Promise<StaffOutcome<{ area: AreaRef; nights: SeasonNight[] }>> {
    const season = await nightWalks.season(areaId, now);
    if (!season.area) return notFound();
    if (!mayCoordinate(user, areaId)) {
      await log(user, "nightwalks.denied", areaId);
      return forbidden();
    }
    await log(user, "nightwalks.read", areaId, String(season.nights.reduce((n, night) => n + night.signUps.length, 0)));
    return { ok: true, area: season.area, nights: season.nights };
  }

  /** May this person change a night of this area? 404 for an unknown area or a night not of it, 403 (audited) for others than its coordinators. */
  async function coordinate(user: User, areaId: string, walkKey: string): Promise<StaffFailure | undefined> {
    if (!(await nightWalks.hasArea(areaId))) return notFound();
    if (!mayCoordinate(user, areaId)) {
      await log(user, "nightwalks.denied", areaId, walkKey);
      return forbidden();
    }
    return (await nightWalks.night(walkKey))?.area._id === areaId ? undefined : fail(404, "NOT_FOUND", "nightwalks.notFound");
  }

  /** Username and password; the same answer for an unknown user and a wrong password. */
  async function signIn(username: string, password: string, client: string, secure: boolean): Promise<StaffOutcome<{ cookie: string }>> {
    const limited = await guard.limit("signIn", client);
    if (limited) return fail(429, "RATE_LIMITED", "signIn.rateLimited", { ...(limited.retryAfter ? { retryAfter: limited.retryAfter } : {}) });
    // A name no account can have (control characters, NUL, far too long) is a wrong name: the
    // same answer and the same work as any other, and never a query the database refuses.
    const parsed = SignInFields.safeParse({ username, password });
    const user = parsed.success ? await userByUsername(db, parsed.data.username) : undefined;
    const ok = await verifyPassword(parsed.success ? parsed.data.password : "", user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || user.disabled || !user.passwordHash) return fail(401, "WRONG_CREDENTIALS", "signIn.wrong");
    // A hash from weaker parameters is made again now that the password is at hand.
    if (needsRehash(user.passwordHash)) await setPassword(db, user.username, password);
    return startSession(user, secure);
  }

  return {
    /** The session a cookie names (the real clock: sessions are security, not domain time). */
    session: (cookie: string | undefined): Promise<Session | undefined> => sessionFrom(db, cookie, new Date()),
    signIn,
    /** The sign-in form as it was read: an unreadable one is refused in the staff view's words. */
    signInFromForm(body: BodyResult<Record<string, string>>, client: string, secure: boolean): Promise<StaffOutcome<{ cookie: string }>> {
      if (!body.ok) return Promise.resolve(fail(body.status === 413 ? 413 : 400, body.status === 413 ? "TOO_LARGE" : "BAD_REQUEST", "error.form"));
      return signIn(body.value["username"] ?? "", body.value["password"] ?? "", client, secure);
    },
    startSession,
    signOut: (session: Session, secure: boolean) => endSession(db, session).then(() => sessionCookie("", undefined, secure)),

    /** Sign-in through the municipality's OpenID Connect provider. */
    oidc: {
      enabled: oidcEnabled(options.oidc),
      begin: (secure: boolean) => beginSignIn(db, options.oidc, secure),
      /** The provider's answer, as a session cookie or the reason it was refused (in the staff view's words). */
      async finish(callback: URL, cookie: string | undefined, secure: boolean): Promise<StaffOutcome<{ cookie: string }>> {
        const result = await finishSignIn(db, options.oidc, callback, cookie);
        if (result.ok) return startSession(result.user, secure);
        const status = ({ PROVIDER: 502, EXPIRED: 400, NO_ACCOUNT: 403, NO_ROLES: 403 } as const)[result.reason];
        return fail(status, result.reason, `signIn.${result.reason}`);
      },
      /** The refusal named in `?fel=` (only the known ones), as the sign-in page shows it. */
      refusal: (reason: string | null): StaffFailure | undefined =>
        reason !== null && REFUSALS.includes(reason as SignInRefusal) ? fail(400, reason as SignInRefusal, `signIn.${reason as SignInRefusal}`) : undefined,
    },

    /** The start page: one's clinics with bookings, how many threads wait, whether one decides on proposals. */
    async overview(user: User, now: Date) {
      const units = unitsOf(user, "clinic");
      const clinics = (await booking.clinics()).filter((c) => units === "*" || units.includes(c.clinic._id));
      const messageUnits = messageUnitsOf(user, GENERAL_UNIT);
      const waiting = messageUnits.length > 0 ? await messages.waiting(messageUnits, now) : 0;
      return { clinics, readsMessages: messageUnits.length > 0, waiting, editsContent: mayEditContent(user), coordinatesNightWalks: coordinatedAreas(user).length > 0, recruits: mayRecruit(user), readsInsights: mayReadInsights(user) };
    },

    bookings: {
      /** A clinic's bookings on a date: its own staff (or admin) only; read or refused, it is audited. */
      async day(user: User, clinicId: string, date: string): Promise<StaffOutcome<{ clinic: ClinicWithRules; bookings: Booking[] }>> {
        const clinic = await booking.clinic(clinicId);
        if (!clinic) return notFound();
        if (!mayAccess(user, "clinic", clinicId)) {
          await log(user, "bookings.denied", clinicId, date);
          return forbidden();
        }
        const bookings = await booking.day(clinicId, date);
        await log(user, "bookings.read", clinicId, date);
        return { ok: true, clinic, bookings };
      },
      /** Arrived, no-show or cancel on one booking of the clinic; audited with the booking's code. */
      async mark(user: User, clinicId: string, bookingId: string, action: string, now: Date): Promise<StaffOutcome<{ booking: Booking }>> {
        const clinic = await booking.clinic(clinicId);
        if (!clinic) return notFound();
        if (!mayAccess(user, "clinic", clinicId)) {
          await log(user, "bookings.denied", clinicId, bookingId);
          return forbidden();
        }
        if (!(STAFF_MARKS as readonly string[]).includes(action)) return fail(422, "VALIDATION", "bookings.unknownAction");
        const done = await booking.mark(clinic, bookingId, action as StaffMark, now);
        if (!done.ok) return fail(404, "NOT_FOUND", "bookings.notFound");
        await log(user, `bookings.${action as StaffMark}`, clinicId, group(done.booking.code));
        return { ok: true, booking: done.booking };
      },
    },

    messages: {
      /** The threads of one's units, newest activity first; the list is audited. */
      async inbox(user: User, now: Date): Promise<(InboxEntry & { unit: ContactUnit; topicName: string })[]> {
        const directory = await messages.directory();
        const units = messageUnitsOf(user, GENERAL_UNIT);
        const entries = await messages.inbox(units, now);
        await log(user, "messages.list", units === "*" ? "*" : units.join(","), String(entries.length));
        return entries.map((e) => ({ ...e, unit: unitById(directory, e.unitId) ?? unknownUnit(e.unitId), topicName: topicName(directory, e.topic) }));
      },
      /** One thread: 404 when it does not exist, 403 (audited) when it belongs to another unit. */
      async open(user: User, threadId: string, now: Date): Promise<StaffOutcome<OpenedThread>> {
        const thread = await messages.thread(threadId, now);
        if (!thread) return notFound();
        const directory = await messages.directory();
        const unit = unitById(directory, thread.unitId) ?? unknownUnit(thread.unitId);
        if (!mayReadMessages(user, unit)) {
          await log(user, "messages.denied", thread.unitId, thread.id);
          return forbidden();
        }
        await log(user, "messages.read", thread.unitId, thread.id);
        return { ok: true, thread, unit, directory };
      },
      /** Reply, mark handled or transfer, on a thread `open` gave; the form's `action` says which. Each is audited. */
      async act(user: User & { id: string }, opened: OpenedThread, form: Record<string, string>, now: Date): Promise<StaffOutcome<{ done: "replied" | "handled" | "transferred" }>> {
        const { thread, unit, directory } = opened;
        switch (form["action"]) {
          case "reply": {
            const body = cleanText(form["reply"] ?? "");
            if (body === "" || body.length > REPLY_MAX) return fail(422, "VALIDATION", undefined, { fields: { reply: "messages.reply" } });
            await messages.reply(thread, unit, body, user.id, now);
            await log(user, "messages.reply", unit.id, thread.id);
            return { ok: true, done: "replied" };
          }
          case "handled":
            await messages.markHandled(thread);
            await log(user, "messages.handled", unit.id, thread.id);
            return { ok: true, done: "handled" };
          case "transfer": {
            const target = unitById(directory, form["unit"] ?? "");
            if (!target || target.id === unit.id) return fail(422, "VALIDATION", undefined, { fields: { "transfer-unit": "messages.transferTarget" } });
            await messages.transfer(thread, target);
            await log(user, "messages.transfer", unit.id, `${thread.id} → ${target.id}`);
            return { ok: true, done: "transferred" };
          }
          default:
            return fail(422, "VALIDATION", "messages.unknownAction");
        }
      },
    },

    nightWalks: {
      /** The areas with night walks that a user coordinates. */
      async areas(user: User, now: Date): Promise<AreaRef[]> {
        const areas = coordinatedAreas(user);
        const { areas: all } = await nightWalks.upcoming(now);
        return all.filter((a) => areas === "*" || areas.includes(a._id));
      },
      season: seasonOf,
      /** Cancels a night of the area; the walkers who gave an e-mail address are told. */
      async cancel(user: User, areaId: string, walkKey: string, now: Date): Promise<StaffOutcome<{ told: number }>> {
        const refused = await coordinate(user, areaId, walkKey);
        if (refused) return refused;
        const told = await nightWalks.cancelNight(walkKey, now);
        await log(user, "nightwalks.cancel", areaId, walkKey);
        return { ok: true, told };
      },
      /** Files the report of a night of the area. */
      async report(user: User, areaId: string, walkKey: string, form: Record<string, string>, now: Date): Promise<StaffOutcome<object> | ReportRefusal> {
        const refused = await coordinate(user, areaId, walkKey);
        if (refused) return refused;
        const filed = await nightWalks.report(walkKey, form, user.username, now);
        if (!filed.ok && filed.error === "NOT_FOUND") return fail(404, "NOT_FOUND", "nightwalks.notFound");
        if (!filed.ok) return { ...fail(422, "VALIDATION", "nightwalks.report.invalid"), reportFields: filed.fields ?? {} };
        await log(user, "nightwalks.report", areaId, walkKey);
        return { ok: true };
      },
      /** Gives a night's report link to one of its walkers, its leader (mailed when they gave an e-mail address); audited. */
      async leaderLink(user: User, areaId: string, walkKey: string, signUpId: string): Promise<StaffOutcome<{ url: string; mailed: boolean; leader: string }>> {
        const refused = await coordinate(user, areaId, walkKey);
        if (refused) return refused;
        const link = await nightWalks.leaderLink(walkKey, signUpId);
        if (!link.ok) return fail(404, "NOT_FOUND", "nightwalks.notFound");
        await log(user, "nightwalks.leader_link", areaId, walkKey);
        return link;
      },
      /** The term's compensation per association: coordinators and admin; audited. */
      async compensation(user: User, date: string) {
        if (coordinatedAreas(user).length === 0) return forbidden();
        const result = await nightWalks.compensation(date);
        await log(user, "nightwalks.compensation", undefined, result.term.id);
        return { ok: true as const, ...result };
      },
    },

    insights: {
      /** The follow-up's numbers for a period and an area: the `insights` role (and admin); counts only, the reading audited. */
      async read(user: User, query: InsightsQuery, now: Date) {
        if (!mayReadInsights(user)) {
          await log(user, "insights.denied");
          return forbidden();
        }
        const result = await followup.insights(query, now);
        await log(user, "insights.read", result.unit?._id ?? result.area?._id, `${result.period.from}–${result.period.to}`);
        return { ok: true as const, ...result, minCell: followup.minCell };
      },
    },

    recruitment: {
      /** Whether the user works with recruitment (for the staff menu). */
      may: (user: User) => mayRecruit(user),
      /** The board of interests, names included: recruiters (and admin) only; the opening is audited with how many were shown, and so is a refusal. */
      async board(user: User, filter: BoardFilter, now: Date): Promise<StaffOutcome<{ entries: BoardEntry[]; areas: Awaited<ReturnType<RecruitmentService["areas"]>> }>> {
        if (!mayRecruit(user)) {
          await log(user, "recruitment.denied");
          return forbidden();
        }
        const entries = await recruitment.board(filter, now);
        await log(user, "recruitment.read", undefined, String(entries.length));
        return { ok: true, entries, areas: await recruitment.areas() };
      },
      /** One interest with its notes and history; the opening is audited. */
      async interest(user: User, id: string) {
        if (!mayRecruit(user)) {
          await log(user, "recruitment.denied", undefined, id);
          return forbidden();
        }
        const found = await recruitment.interest(id);
        if (!found) return fail(404, "NOT_FOUND", "recruitment.notFound");
        await log(user, "recruitment.open", undefined, id);
        return { ok: true as const, ...found };
      },
      /** What a recruiter does with an interest: a new status, the handler and next contact, a note, or erasing it; each audited. */
      async act(user: User, id: string, form: Record<string, string>, now: Date): Promise<StaffOutcome<{ done: "status" | "handling" | "note" | "erased" }>> {
        if (!mayRecruit(user)) {
          await log(user, "recruitment.denied", undefined, id);
          return forbidden();
        }
        // A refused form is a problem at the field the form is about: the page shows it there, and links to it.
        const refusal = (result: { ok: false; error: string }, field: string, key: StaffKey) => (result.error === "NOT_FOUND" ? fail(404, "NOT_FOUND", "recruitment.notFound") : fail(422, "VALIDATION", undefined, { fields: { [field]: key } }));
        switch (form["action"]) {
          case "status": {
            const done = await recruitment.changeStatus(id, form["status"] ?? "", form["reason"], user.username, now);
            if (!done.ok) return refusal(done, "status", "recruitment.invalidStatus");
            await log(user, "recruitment.status", undefined, `${id} → ${form["status"] ?? ""}`);
            return { ok: true, done: "status" };
          }
          case "handling": {
            const done = await recruitment.setHandling(id, form["handler"] ?? "", form["nextContact"] ?? "", now);
            if (!done.ok) return refusal(done, "nextContact", "recruitment.invalidDate");
            await log(user, "recruitment.handling", undefined, id);
            return { ok: true, done: "handling" };
          }
          case "note": {
            const done = await recruitment.addNote(id, form["note"] ?? "", user.username, now);
            if (!done.ok) return refusal(done, "note", "recruitment.invalidNote");
            await log(user, "recruitment.note", undefined, id);
            return { ok: true, done: "note" };
          }
          case "erase": {
            if (!(await recruitment.eraseInterest(id))) return fail(404, "NOT_FOUND", "recruitment.notFound");
            await log(user, "recruitment.erase", undefined, id);
            return { ok: true, done: "erased" };
          }
          default:
            return fail(422, "VALIDATION", "recruitment.unknownAction");
        }
      },
      /** Everything held about one applicant, for their right of access; audited. */
      async exportInterest(user: User, id: string): Promise<StaffOutcome<{ data: InterestExport }>> {
        if (!mayRecruit(user)) {
          await log(user, "recruitment.denied", undefined, id);
          return forbidden();
        }
        const data = await recruitment.exportInterest(id);
        if (!data) return fail(404, "NOT_FOUND", "recruitment.notFound");
        await log(user, "recruitment.export", undefined, id);
        return { ok: true, data };
      },
      /** Every information evening (no personal data). */
      async evenings(user: User) {
        if (!mayRecruit(user)) return forbidden();
        return { ok: true as const, evenings: await recruitment.allEvenings() };
      },
      /** An evening's bookings with names; the opening is audited. */
      async attendees(user: User, eveningId: string) {
        if (!mayRecruit(user)) {
          await log(user, "recruitment.denied", undefined, eveningId);
          return forbidden();
        }
        const found = await recruitment.attendees(eveningId);
        if (!found) return fail(404, "NOT_FOUND", "recruitment.eveningNotFound");
        await log(user, "recruitment.attendees", undefined, eveningId);
        return { ok: true as const, ...found };
      },
      /** Who came to an evening; audited. */
      async markAttended(user: User, eveningId: string, seatId: string, value: string): Promise<StaffOutcome<object>> {
        if (!mayRecruit(user)) {
          await log(user, "recruitment.denied", undefined, eveningId);
          return forbidden();
        }
        const attended = value === "yes" ? true : value === "no" ? false : null;
        if (!(await recruitment.markAttended(seatId, eveningId, attended))) return fail(404, "NOT_FOUND", "recruitment.eveningNotFound");
        await log(user, "recruitment.attended", undefined, `${eveningId} ${seatId}`);
        return { ok: true };
      },
    },

    proposals: {
      accepting: proposals.accepting,
      /** Proposals waiting for a decision: editors (and admin) only; the list is audited. */
      async list(user: User): Promise<StaffOutcome<{ proposals: ProposalView[] }>> {
        if (!mayEditContent(user)) return forbidden();
        const list = await proposals.list();
        await log(user, "proposals.list", undefined, String(list.length));
        return { ok: true, proposals: list };
      },
      /** One proposal: 403 for others than editors, 404 when it is gone; each read audited. */
      async open(user: User, id: string, read = true): Promise<StaffOutcome<{ draft: SanityDocument; view: ProposalView }>> {
        if (!mayEditContent(user)) return forbidden();
        const found = await proposals.get(id);
        if (!found) return notFound();
        if (read) await log(user, "proposals.read", undefined, id);
        return { ok: true, ...found };
      },
      /** Approve or reject; a decision made is audited, with the proposal's area as its unit (the follow-up counts decisions per area). */
      async decide(user: User, draft: SanityDocument, form: Record<string, string>): Promise<Decision> {
        const decision = await proposals.decide(draft, form);
        const area = (draft["area"] as { _ref?: unknown } | undefined)?._ref;
        if (decision.ok) await log(user, decision.done === "approved" ? "proposals.approve" : "proposals.reject", typeof area === "string" ? area : undefined, decision.done === "approved" ? draft._id.replace(/^drafts\./, "") : draft._id);
        return decision;
      },
      approvalChoices: proposals.approvalChoices,
    },
    /** Translations: how much is reviewed per locale, the XLIFF file for the agency, the drafts an import made. Editors only; audited. */
    translations: {
      accepting: translations?.accepting ?? false,
      async status(user: User): Promise<StaffOutcome<{ locales: LocaleStatus[]; drafts: TranslationDraftView[] }>> {
        if (!mayEditContent(user) || !translations) return forbidden();
        const [locales, drafts] = await Promise.all([translations.status(), translations.waiting()]);
        await log(user, "translations.read");
        return { ok: true, locales, drafts };
      },
      async export(user: User, locale: Exclude<Locale, "sv">): Promise<StaffOutcome<{ xml: string }>> {
        if (!mayEditContent(user) || !translations) return forbidden();
        const xml = await translations.export(locale);
        await log(user, "translations.export", undefined, locale);
        return { ok: true, xml };
      },
      async decide(user: User, id: string, action: string): Promise<StaffOutcome<{ done: "published" | "discarded" }>> {
        if (!mayEditContent(user) || !translations) return forbidden();
        if (action !== "publish" && action !== "discard") return notFound();
        const done = action === "publish" ? await translations.publish(id) : await translations.discard(id);
        if (!done) return notFound();
        await log(user, action === "publish" ? "translations.publish" : "translations.discard", undefined, id);
        return { ok: true, done: action === "publish" ? "published" : "discarded" };
      },
    },
  };
}
