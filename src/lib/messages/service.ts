/**
 * The contact part as pages use it: a message from the form, parsed with zod, checked against
 * the units and topics of the CMS, rate-limited and proven human like every public form, then
 * sealed in the store; the unit's mailbox is told that something waits (never what). The writer
 * reads answers and follows up with the receipt code; unknown and wrong codes get one answer,
 * and failures are throttled.
 */
import type { SealingKey } from "../security/crypto.ts";
import { z } from "zod";
import { text } from "../content/localize.ts";
import type { ContactTopic } from "../content/schemas.ts";
import { createTranslator, type UiKey } from "../i18n/index.ts";
import { isLocale, LOCALES } from "../i18n/locales.ts";
import type { LoadQuery } from "../content/load.ts";
import type { Db } from "../db/index.ts";
import { submitForm, formProof, type FormOutcome } from "../forms/pipeline.ts";
import { fail, invalid, type Failure, type FormError } from "../http/failure.ts";
import { filledFields } from "../http/body.ts";
import { sendNotice, type Mailer } from "../mail/index.ts";
import type { Guard } from "../security/guards.ts";
import { isPhoneNumber, optionalLineField, textField } from "../text.ts";
import { isReceipt } from "../security/receipts.ts";
import { openReceiptPage, sealReceiptPage } from "./receipt-page.ts";
import { addToThread, createThread, inbox, markHandled, threadById, threadByReceipt, transferThread, waitingCount, type Contact, type MessageOptions, type Thread } from "./store.ts";
import { contactDirectory, topicById, unitById, type ContactDirectory, type ContactUnit } from "./units.ts";

/** The longest message, in characters; the form says so. */
export const MESSAGE_MAX = 3000;


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
    phone: optionalLineField(30).refine((v) => v === undefined || isPhoneNumber(v, 6)),
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

/** The form's fields; anything else in the body (token, honeypot, locale) is read apart or ignored. */
const FORM_FIELDS = ["unit", "topic", "answerLocale", "message", "contactMode", "name", "phone", "callTimes", "email", "altcha"] as const;

/** Every reason a contact action can be refused for. */
export type ContactFailureCode = FormError | "NOT_FOUND";
export type ContactFailure = Failure<ContactFailureCode>;

export interface Sent {
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

const NOT_FOUND = fail(404, "NOT_FOUND", "contact.read.notFound");

export type ReadResult =
  | { ok: true; thread: Thread; unit: ContactUnit | undefined; topic: ContactTopic | undefined; receipt: string; done?: "sent"; refusal?: ContactFailure }
  | ContactFailure;

/** The staff notice: that a message waits, for which unit, and where to sign in. No content, no topic. */
export function unitNotice(unitName: string, kind: "new" | "followUp", siteUrl: string): { subject: string; text: string } {
  const inboxUrl = new URL("/staff/messages/", siteUrl).toString();
  return {
    subject: kind === "new" ? "Nytt meddelande i Nära" : "Nytt svar från en invånare i Nära",
    text: [
      kind === "new" ? `Ett nytt meddelande väntar i inkorgen för ${unitName}.` : `En invånare har svarat i en tråd hos ${unitName}.`,
      "",
      `Logga in och läs det i inkorgen: ${inboxUrl}`,
      "",
      "Det här brevet innehåller inget av meddelandet. Svara inte på brevet.",
    ].join("\n"),
  };
}

export interface MessagesOptions {
  /** A thread is deleted this many days after its last message. */
  retentionDays: number;
  /** The public address, for the links in notices. */
  siteUrl: string;
}

export interface MessagesDeps {
  db: Db;
  content: { loadQuery: LoadQuery };
  guard: Guard;
  mailer: Mailer;
  /** AES-256-GCM key for messages at rest. */
  key: SealingKey;
  /** The key that seals the receipt page's address (derived from the server secret). */
  receiptPageKey: string;
  /** Told of every message written in (the metrics). */
  created?: () => void;
  options: MessagesOptions;
}

export type MessagesService = ReturnType<typeof createMessages>;

/**
 * The contact part: a message from the form, parsed with zod, checked against the units and
 * topics of the CMS, rate-limited and proven human like every public form, then sealed in the
 * store; the unit's mailbox is told that something waits (never what). The writer reads answers
 * and follows up with the receipt code; unknown and wrong codes get one answer, and failures
 * are throttled. Staff read and answer through the same service (`src/lib/staff/inbox.ts`
 * decides who may).
 */
export function createMessages({ db, content, guard, mailer, key, receiptPageKey, created, options }: MessagesDeps) {
  const directory = () => contactDirectory(content.loadQuery);
  const sealing = (now: Date): MessageOptions => ({ key, now, retentionDays: options.retentionDays });

  /** The notice to a unit's mailbox; a mail failure is logged and never loses the message. */
  async function notifyUnit(unit: ContactUnit, kind: "new" | "followUp"): Promise<void> {
    const notice = unitNotice(text(unit.name, "sv") || unit.id, kind, options.siteUrl);
    await sendNotice(mailer, { to: unit.mailbox, ...notice }, `Notice to the mailbox of ${unit.id}`);
  }

  /**
   * The writer who chose e-mail is told that an answer waits, in the language they asked for:
   * a link to the reading page, never the answer itself.
   */
  async function notifyWriter(thread: Pick<Thread, "contactMode" | "contact" | "answerLocale">, unit: ContactUnit): Promise<void> {
    if (thread.contactMode !== "email" || !thread.contact.email) return;
    const locale = isLocale(thread.answerLocale) ? thread.answerLocale : "sv";
    const t = createTranslator(locale);
    const link = new URL(`/${locale}/contact/answer/`, options.siteUrl).toString();
    const mail = { to: thread.contact.email, subject: t("contact.mail.subject"), text: t("contact.mail.body", { unit: text(unit.name, locale), link }) };
    await sendNotice(mailer, mail, "Notice to a writer");
  }

  /**
   * The thread a receipt code opens. A client over the limit of failed codes is refused before
   * any lookup; a malformed, unknown, wrong or expired code gets one answer and counts as a failure.
   */
  async function openThread(receipt: string, client: string, now: Date): Promise<{ ok: true; thread: Thread } | ContactFailure> {
    const found = await guard.lookup("receipts", client, async () => (isReceipt(receipt) ? await threadByReceipt(db, receipt, { key, now }) : undefined));
    return found.ok ? { ok: true, thread: found.value } : (found.refused ?? NOT_FOUND);
  }

  /** A follow-up from the writer to a thread their code opened: counts against the message limit. */
  async function followUp(thread: Thread, body: string, client: string, now: Date): Promise<ContactFailure | undefined> {
    const parsed = messageText.safeParse(body);
    if (!parsed.success) return invalid({ message: "contact.error.message" });
    const limited = await guard.limit("messages", client);
    if (limited) return limited;
    await addToThread(db, thread.id, "resident", parsed.data, null, sealing(now));
    const unit = unitById(await directory(), thread.unitId);
    if (unit) await notifyUnit(unit, "followUp");
    return undefined;
  }

  return {
    directory,
    /** A message from the form (with or without JavaScript): fields, the CMS's units and topics, limit, proof, then the store and the notice. */
    sendFromForm(form: Record<string, string>, client: string, now: Date): Promise<FormOutcome<Sent, ContactFailureCode>> {
      return submitForm(
        guard,
        {
          name: "contact",
          limit: "messages",
          schema: ContactRequest,
          fieldKeys: FIELD_KEYS,
          fields: (input: Record<string, string>) => filledFields(input, FORM_FIELDS),
          // Every field's problem at once: the unit and topic against the CMS, also when other fields failed.
          async check(_request, input) {
            const units = await directory();
            const unit = unitById(units, input["unit"] ?? "");
            const fields: Record<string, "contact.error.unit" | "contact.error.topic"> = {};
            if (!unit) fields["unit"] = "contact.error.unit";
            if (!topicById(units, input["topic"] ?? "")) fields["topic"] = "contact.error.topic";
            return { context: unit, fields };
          },
          proof: (request, input) => formProof(request.altcha, input),
          async store(request, unit) {
            const { receipt } = await createThread(
              db,
              { unitId: unit.id, topic: request.topic, answerLocale: request.answerLocale, body: request.message, contactMode: request.contactMode, contact: contactOf(request) },
              sealing(now),
            );
            created?.();
            await notifyUnit(unit, "new");
            return { ok: true, receipt, unit, contactMode: request.contactMode };
          },
        },
        form,
        client,
      );
    },
    openThread,
    /** The receipt page's address query for a sent message: the code sealed, for a short time. */
    receiptQuery(sent: Sent, now: Date): string {
      return `?${new URLSearchParams({ r: sealReceiptPage(receiptPageKey, { receipt: sent.receipt, unitId: sent.unit.id, contactMode: sent.contactMode }, now) }).toString()}`;
    },
    /** What a receipt page's token shows: the code and its unit, "expired", or undefined for a token that is not ours. */
    async receiptPage(token: string, now: Date): Promise<Sent | "expired" | undefined> {
      const page = openReceiptPage(receiptPageKey, token, now);
      if (page === undefined || page === "expired") return page;
      const unit = unitById(await directory(), page.unitId);
      return unit ? { receipt: page.receipt, unit, contactMode: page.contactMode } : undefined;
    },
    /**
     * The reading page's form: `open` shows the thread for a receipt code; `reply` adds a follow-up
     * and shows the thread again. A refused follow-up keeps the text and still shows the thread.
     */
    async readFromForm(form: Record<string, string>, client: string, now: Date): Promise<ReadResult> {
      const receipt = (form["receipt"] ?? "").slice(0, 80);
      if (receipt.trim() === "") return invalid({ receipt: "contact.error.receipt" });
      const opened = await openThread(receipt, client, now);
      if (!opened.ok) return opened;
      const reply = form["action"] === "reply";
      const refusal = reply ? await followUp(opened.thread, form["message"] ?? "", client, now) : undefined;
      // After a follow-up the thread is read again, with it.
      const thread = reply && !refusal ? await threadById(db, opened.thread.id, { key, now }) : opened.thread;
      if (!thread) return NOT_FOUND;
      const units = await directory();
      return {
        ok: true,
        thread,
        unit: unitById(units, thread.unitId),
        topic: topicById(units, thread.topic),
        receipt,
        ...(reply && !refusal ? { done: "sent" as const } : {}),
        ...(refusal ? { refusal } : {}),
      };
    },
    /** The threads of some units (every one: `"*"`), newest activity first; no message text. */
    inbox: (units: string[] | "*", now: Date) => inbox(db, units, now),
    waiting: (units: string[] | "*", now: Date) => waitingCount(db, units, now),
    thread: (id: string, now: Date) => threadById(db, id, { key, now }),
    /** A staff answer; the writer who chose e-mail is told that it waits. */
    async reply(thread: Thread, unit: ContactUnit, body: string, staffId: string, now: Date): Promise<void> {
      await addToThread(db, thread.id, "staff", body, staffId, sealing(now));
      await notifyWriter(thread, unit);
    },
    markHandled: (thread: Thread) => markHandled(db, thread.id),
    /** To another unit, whose mailbox is told that something waits. */
    async transfer(thread: Thread, target: ContactUnit): Promise<void> {
      await transferThread(db, thread.id, target.id);
      await notifyUnit(target, "new");
    },
  };
}

export type { ContactDirectory };
