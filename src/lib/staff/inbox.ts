/**
 * The staff inbox: the threads of the units a user works with, one thread opened, and what
 * staff do with it (reply, mark handled, transfer). Every read is written to the audit log, and
 * so is every refusal; a thread of another unit answers 403.
 */
import { text } from "../content/localize.ts";
import type { Services } from "../server/services.ts";
import { messageOptions, notifyUnit, notifyWriter } from "../messages/service.ts";
import { addToThread, inbox, markHandled, threadById, transferThread, type InboxEntry, type Thread } from "../messages/store.ts";
import { cleanText } from "../messages/text.ts";
import { contactDirectory, GENERAL_UNIT, topicById, unitById, type ContactDirectory, type ContactUnit } from "../messages/units.ts";
import { mayReadMessages, messageUnitsOf, type StaffUser } from "./accounts.ts";
import { audit } from "./audit.ts";

type User = Pick<StaffUser, "id" | "username" | "roles">;

/** A unit the CMS no longer has: only admin still sees its threads, to transfer them. */
const unknownUnit = (id: string): ContactUnit => ({ id, kind: "office", name: [{ _key: "sv", language: "sv", value: id }], mailbox: "" });

export const unitName = (unit: ContactUnit) => (unit.kind === "general" ? `Allmän kontakt (${text(unit.name, "sv")})` : text(unit.name, "sv"));

export interface InboxView {
  entries: (InboxEntry & { unit: ContactUnit; topicName: string })[];
}

/** A topic's Swedish name, or its id when the CMS no longer has it. */
export const topicName = (directory: ContactDirectory, id: string) => text(topicById(directory, id)?.name, "sv") || id;

export async function readInbox(services: Services, user: User, now: Date): Promise<InboxView> {
  const directory = await contactDirectory();
  const units = messageUnitsOf(user, GENERAL_UNIT);
  const entries = await inbox(services.db, units, now);
  await audit(services.db, user, "messages.list", units === "*" ? "*" : units.join(","), String(entries.length));
  return {
    entries: entries.map((e) => ({ ...e, unit: unitById(directory, e.unitId) ?? unknownUnit(e.unitId), topicName: topicName(directory, e.topic) })),
  };
}

export type Opened = { ok: true; thread: Thread; unit: ContactUnit; directory: ContactDirectory } | { ok: false; status: 403 | 404 };

/** One thread for a staff member: 404 when it does not exist, 403 (audited) when it belongs to another unit. */
export async function openForStaff(services: Services, user: User, threadId: string, now: Date): Promise<Opened> {
  const thread = await threadById(services.db, threadId, { key: services.messageKey.key, now });
  if (!thread) return { ok: false, status: 404 };
  const directory = await contactDirectory();
  const unit = unitById(directory, thread.unitId) ?? unknownUnit(thread.unitId);
  if (!mayReadMessages(user, unit)) {
    await audit(services.db, user, "messages.denied", thread.unitId, thread.id);
    return { ok: false, status: 403 };
  }
  await audit(services.db, user, "messages.read", thread.unitId, thread.id);
  return { ok: true, thread, unit, directory };
}

export const REPLY_MAX = 5000;

export type ThreadAction = { done: "replied" | "handled" | "transferred" } | { error: string };

/** Reply, mark handled or transfer; the form's `action` says which. Each is audited. */
export async function actOnThread(services: Services, user: User, opened: Extract<Opened, { ok: true }>, form: Record<string, string>, now: Date): Promise<ThreadAction> {
  const { thread, unit, directory } = opened;
  switch (form["action"]) {
    case "reply": {
      const body = cleanText(form["reply"] ?? "");
      if (body === "" || body.length > REPLY_MAX) return { error: `Skriv ett svar på högst ${String(REPLY_MAX)} tecken.` };
      await addToThread(services.db, thread.id, "staff", body, user.id, messageOptions(services, now));
      await audit(services.db, user, "messages.reply", unit.id, thread.id);
      await notifyWriter(services, thread, unit);
      return { done: "replied" };
    }
    case "handled":
      await markHandled(services.db, thread.id);
      await audit(services.db, user, "messages.handled", unit.id, thread.id);
      return { done: "handled" };
    case "transfer": {
      const target = unitById(directory, form["unit"] ?? "");
      if (!target || target.id === unit.id) return { error: "Välj en annan enhet att skicka tråden till." };
      await transferThread(services.db, thread.id, target.id);
      await audit(services.db, user, "messages.transfer", unit.id, `${thread.id} → ${target.id}`);
      await notifyUnit(services, target, "new");
      return { done: "transferred" };
    }
    default:
      return { error: "Okänd åtgärd." };
  }
}
