/**
 * The units one can write to: every area office and clinic from the CMS, and the municipality's
 * general contact; each with the mailbox that is told (without content) that a message waits.
 */
import { loadQuery } from "../content/load.ts";
import type { z } from "zod";
import type { ContactTopic, LocalizedString as LocalizedStringSchema } from "../content/schemas.ts";

type LocalizedString = z.infer<typeof LocalizedStringSchema>;

/** The unit of messages sent to the municipality in general, not to one office. */
export const GENERAL_UNIT = "general";

export type UnitKind = "office" | "clinic" | "general";

export interface ContactUnit {
  id: string;
  kind: UnitKind;
  name: LocalizedString;
  /** The area's name, for offices and clinics. */
  area?: LocalizedString | undefined;
  /** The functional mailbox for notices. */
  mailbox: string;
}

export interface ContactDirectory {
  units: ContactUnit[];
  topics: ContactTopic[];
  municipalityName: LocalizedString;
}

export async function contactDirectory(): Promise<ContactDirectory> {
  const { settings, offices, clinics } = await loadQuery("contactUnits");
  const unit = (kind: "office" | "clinic") => (u: (typeof offices)[number]): ContactUnit => ({
    id: u._id,
    kind,
    name: u.name,
    area: u.area.name,
    mailbox: u.messageMailbox ?? u.email,
  });
  return {
    units: [
      { id: GENERAL_UNIT, kind: "general", name: settings.municipalityName, mailbox: settings.generalContact.email },
      ...offices.map(unit("office")),
      ...clinics.map(unit("clinic")),
    ],
    topics: settings.contactTopics,
    municipalityName: settings.municipalityName,
  };
}

export const unitById = (directory: ContactDirectory, id: string) => directory.units.find((u) => u.id === id);
export const topicById = (directory: ContactDirectory, id: string) => directory.topics.find((t) => t.id === id);

/** The national helpline the violence topic shows (a real, national number). */
export const VIOLENCE_HELPLINE = { name: "Kvinnofridslinjen", number: "020-50 50 50" } as const;
