/**
 * The units one can write to: every area office and clinic from the CMS, and the municipality's
 * general contact; each with the mailbox that is told (without content) that a message waits.
 */
import type { LoadQuery } from "../content/load.ts";
import type { ContactTopic, LocalizedField } from "../content/schemas.ts";

/** The unit of messages sent to the municipality in general, not to one office. */
export const GENERAL_UNIT = "general";

export type UnitKind = "office" | "clinic" | "general";

export interface ContactUnit {
  id: string;
  kind: UnitKind;
  name: LocalizedField;
  /** The functional mailbox for notices. */
  mailbox: string;
}

export interface ContactDirectory {
  units: ContactUnit[];
  topics: ContactTopic[];
}

/** One directory per content version: every office and clinic page carries the form, so it is not rebuilt per request. */
const directories = new WeakMap<object, ContactDirectory>();

export async function contactDirectory(loadQuery: LoadQuery): Promise<ContactDirectory> {
  const content = await loadQuery("contactUnits");
  const known = directories.get(content);
  if (known) return known;
  const { settings, offices, clinics } = content;
  const unit = (kind: "office" | "clinic") => (u: (typeof offices)[number]): ContactUnit => ({
    id: u._id,
    kind,
    name: u.name,
    mailbox: u.messageMailbox ?? u.email,
  });
  const directory: ContactDirectory = {
    units: [
      { id: GENERAL_UNIT, kind: "general", name: settings.municipalityName, mailbox: settings.generalContact.email },
      ...offices.map(unit("office")),
      ...clinics.map(unit("clinic")),
    ],
    topics: settings.contactTopics,
  };
  directories.set(content, directory);
  return directory;
}

export const unitById = (directory: ContactDirectory, id: string) => directory.units.find((u) => u.id === id);
export const topicById = (directory: ContactDirectory, id: string) => directory.topics.find((t) => t.id === id);

/** The national helpline the violence topic shows (a real, national number). */
export const VIOLENCE_HELPLINE = { name: "Kvinnofridslinjen", number: "020-50 50 50" } as const;
