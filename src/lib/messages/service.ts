/**
 * The contact part as pages use it: a message from the form, parsed with zod, checked against
 * the units and topics of the CMS, rate-limited and proven human like every public form, then
 * sealed in the store; the unit's mailbox is told that something waits (never what). The writer
 * reads answers and follows up with the receipt code; unknown and wrong codes get one answer,
 * and failures are throttled.
 */
import { z } from "zod";
import { text } from "../content/localize.ts";
import type { ContactTopic } from "../content/schemas.ts";
import { createTranslator, type UiKey } from "../i18n/index.ts";
import { isLocale, LOCALES } from "../i18n/locales.ts";
import { fieldErrors, type Failure } from "../http/failure.ts";
import { filledFields } from "../http/body.ts";
import { sendNotice } from "../mail/index.ts";
import { checkHuman, limit, overLimit } from "../security/guards.ts";
import type { Services } from "../server/services.ts";
import { isReceipt } from "./receipts.ts";
import { addToThread, createThread, threadById, threadByReceipt, type Contact, type MessageOptions, type Thread } from "./store.ts";
import { optionalLineField, textField } from "./text.ts";
import { contactDirectory, topicById, unitById, type ContactUnit } from "./units.ts";

/** The longest message, in characters; the form says so. */
export const MESSAGE_MAX = 3000;

const PHONE = /^\+?[\d\s()-]{6,25}$/;
const digits = (v: string) => v.replace(/\D/g, "").length;

const messageText = textField(MESSAGE_MAX);

/** A message from the contact form; only the contact details of the chosen way of answering are kept. */
export const ContactRequest = z
  .strictObject({
    unit: z.string().min(1).max(200),
    topic: z.string().min(1).max(100),
    answerLocale: z.enum(LOCALES),
    message: messageText,
    contactMode: z.enum(["code", "phone", "email"]),
    name: optionalLineField(100),
    phone: optionalLineField(30).refine((v) => v === undefined || (PHONE.test(v) && digits(v) >= 6 && digits(v) <= 15)),
    callTimes: optionalLineField(200),
    email: optionalLineField(254).pipe(z.email().optional()),
    altcha: z.string().max(8000).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.contactMode === "phone" && !v.phone) ctx.addIssue({ code: "custom", path: ["phone"], message: "required" });
    if (v.contactMode === "email" && !v.email) ctx.addIssue({ code: "custom", path: ["email"], message: "required" });
  });
export type ContactRequest = z.infer<typeof ContactRequest>;

const FIELD_KEYS: Record<string, UiKey> = {
  unit: "contact.error.unit",
  topic: "contact.error.topic",
  answerLocale: "contact.error.answerLocale",
  message: "contact.error.message",
  contactMode: "contact.error.contactMode",
  name: "contact.error.name",
  phone: "contact.error.phone",
  callTimes: "contact.error.callTimes",
  email: "contact.error.email",
  altcha: "book.error.human",
  receipt: "contact.error.receipt",
};

export const contactFieldErrors = (error: z.ZodError) => fieldErrors(error, FIELD_KEYS);

/** The form's fields; anything else in the body (token, honeypot, locale) is read apart or ignored. */
const FORM_FIELDS = ["unit", "topic", "answerLocale", "message", "contactMode", "name", "phone", "callTimes", "email", "altcha"] as const;

export function messageOptions(services: Services, now: Date): MessageOptions {
  return { key: services.messageKey.key, now, retentionDays: services.env.MESSAGE_RETENTION_DAYS };
}

export interface Sent {
  ok: true;
  receipt: string;
  unit: ContactUnit;
  contactMode: ContactRequest["contactMode"];
}

function contactOf(request: ContactRequest): Contact {
  return {
    name: request.name,
    ...(request.contactMode === "phone" ? { phone: request.phone, callTimes: request.callTimes } : {}),
    ...(request.contactMode === "email" ? { email: request.email } : {}),
  };
}

/** A message from the form (with or without JavaScript): fields, limit, proof of a person, then the store and the notice. */
export async function sendFromForm(services: Services, form: Record<string, string>, client: string, now: Date): Promise<Sent | Failure> {
  const fields = filledFields(form, FORM_FIELDS);
  const directory = await contactDirectory();
  const parsed = ContactRequest.safeParse(fields);
  // Every field's problem at once: the form's own checks, then the unit and topic against the CMS.
  const problems: Record<string, UiKey> = parsed.success ? {} : { ...contactFieldErrors(parsed.error).fields };
  const unit = unitById(directory, form["unit"] ?? "");
  if (!unit) problems["unit"] ??= "contact.error.unit";
  if (!topicById(directory, form["topic"] ?? "")) problems["topic"] ??= "contact.error.topic";
  if (!parsed.success || !unit || Object.keys(problems).length > 0) return { ok: false, status: 422, error: "VALIDATION", fields: problems };
  const request = parsed.data;

  const limited = await limit(services, "messages", client);
  if (limited) return limited;
  const refused = await checkHuman(services, "contact", { altcha: request.altcha, formToken: form["formToken"] ?? "", honeypot: form["website"] });
  if (refused) return refused;

  const { receipt } = await createThread(
    services.db,
    { unitId: unit.id, topic: request.topic, answerLocale: request.answerLocale, body: request.message, contactMode: request.contactMode, contact: contactOf(request) },
    messageOptions(services, now),
  );
  await notifyUnit(services, unit, "new");
  return { ok: true, receipt, unit, contactMode: request.contactMode };
}

const NOT_FOUND: Failure = { ok: false, status: 404, error: "NOT_FOUND", message: "contact.read.notFound" };

/**
 * The thread a receipt code opens. A client over the limit of failed codes is refused before
 * any lookup; a malformed, unknown, wrong or expired code gets one answer and counts as a failure.
 */
export async function openThread(services: Services, receipt: string, client: string, now: Date): Promise<{ ok: true; thread: Thread } | Failure> {
  const over = await overLimit(services, "receipts", client);
  if (over) return over;
  const thread = isReceipt(receipt) ? await threadByReceipt(services.db, receipt, { key: services.messageKey.key, now }) : undefined;
  if (!thread) {
    await limit(services, "receipts", client);
    return NOT_FOUND;
  }
  return { ok: true, thread };
}

/** A follow-up from the writer to a thread their code opened: counts against the message limit. */
async function followUp(services: Services, thread: Thread, text: string, client: string, now: Date): Promise<Failure | undefined> {
  const parsed = messageText.safeParse(text);
  if (!parsed.success) return { ok: false, status: 422, error: "VALIDATION", fields: { message: "contact.error.message" } };
  const limited = await limit(services, "messages", client);
  if (limited) return limited;
  await addToThread(services.db, thread.id, "resident", parsed.data, null, messageOptions(services, now));
  const unit = unitById(await contactDirectory(), thread.unitId);
  if (unit) await notifyUnit(services, unit, "followUp");
  return undefined;
}

export type ReadResult =
  | { ok: true; thread: Thread; unit: ContactUnit | undefined; topic: ContactTopic | undefined; receipt: string; done?: "sent"; refusal?: Failure }
  | Failure;

/**
 * The reading page's form: `open` shows the thread for a receipt code; `reply` adds a follow-up
 * and shows the thread again. A refused follow-up keeps the text and still shows the thread.
 */
export async function readFromForm(services: Services, form: Record<string, string>, client: string, now: Date): Promise<ReadResult> {
  const receipt = (form["receipt"] ?? "").slice(0, 80);
  if (receipt.trim() === "") return { ok: false, status: 422, error: "VALIDATION", fields: { receipt: "contact.error.receipt" } };
  const opened = await openThread(services, receipt, client, now);
  if (!opened.ok) return opened;
  const reply = form["action"] === "reply";
  const refusal = reply ? await followUp(services, opened.thread, form["message"] ?? "", client, now) : undefined;
  // After a follow-up the thread is read again, with it.
  const thread = reply && !refusal ? await threadById(services.db, opened.thread.id, { key: services.messageKey.key, now }) : opened.thread;
  if (!thread) return NOT_FOUND;
  const directory = await contactDirectory();
  return {
    ok: true,
    thread,
    unit: unitById(directory, thread.unitId),
    topic: topicById(directory, thread.topic),
    receipt,
    ...(reply && !refusal ? { done: "sent" as const } : {}),
    ...(refusal ? { refusal } : {}),
  };
}

/** The staff notice: that a message waits, for which unit, and where to sign in. No content, no topic. */
export function unitNotice(unitName: string, kind: "new" | "followUp", siteUrl: string): { subject: string; text: string } {
  const inbox = new URL("/staff/messages/", siteUrl).toString();
  return {
    subject: kind === "new" ? "Nytt meddelande i Nära" : "Nytt svar från en invånare i Nära",
    text: [
      kind === "new" ? `Ett nytt meddelande väntar i inkorgen för ${unitName}.` : `En invånare har svarat i en tråd hos ${unitName}.`,
      "",
      `Logga in och läs det i inkorgen: ${inbox}`,
      "",
      "Det här brevet innehåller inget av meddelandet. Svara inte på brevet.",
    ].join("\n"),
  };
}

/** The notice to a unit's mailbox; a mail failure is logged and never loses the message. */
export async function notifyUnit(services: Services, unit: ContactUnit, kind: "new" | "followUp"): Promise<void> {
  const notice = unitNotice(text(unit.name, "sv") || unit.id, kind, services.env.PUBLIC_SITE_URL);
  await sendNotice(services.mailer, { to: unit.mailbox, ...notice }, `Notice to the mailbox of ${unit.id}`);
}

/**
 * The writer who chose e-mail is told that an answer waits, in the language they asked for:
 * a link to the reading page, never the answer itself.
 */
export async function notifyWriter(services: Services, thread: Pick<Thread, "contactMode" | "contact" | "answerLocale">, unit: ContactUnit): Promise<void> {
  if (thread.contactMode !== "email" || !thread.contact.email) return;
  const locale = isLocale(thread.answerLocale) ? thread.answerLocale : "sv";
  const t = createTranslator(locale);
  const link = new URL(`/${locale}/contact/answer/`, services.env.PUBLIC_SITE_URL).toString();
  const mail = { to: thread.contact.email, subject: t("contact.mail.subject"), text: t("contact.mail.body", { unit: text(unit.name, locale), link }) };
  await sendNotice(services.mailer, mail, "Notice to a writer");
}
