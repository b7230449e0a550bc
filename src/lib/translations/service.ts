/**
 * The translations part as staff use it: per locale, how much of the UI is reviewed and how much
 * of the content is translated; a locale's XLIFF file for the agency (the same as
 * `npm run translations -- export`); the translation drafts an import made, to publish or discard.
 */
import type { SanityDocument } from "../content/dataset.ts";
import type { DraftStore } from "../content/drafts.ts";
import type { ContentSource } from "../content/sources.ts";
import { LOCALES, MESSAGES, type Locale } from "../i18n/index.ts";
import { documentReview, isTranslationDraft, publishedFrom, TRANSLATABLE_TYPES, type TranslationMark } from "./drafts.ts";
import { reviewCounts, reviewStatus, REVIEWS } from "./review.ts";
import { exportXliff, localizedFields, uiKeysFor, type ReviewStatus } from "./xliff.ts";

export interface LocaleStatus {
  locale: Locale;
  ui: Record<ReviewStatus, number> & { total: number };
  /** Localized content fields with a Swedish text, and of them those with a text in this locale. */
  content: { total: number; translated: number };
  /** Documents with Swedish texts, and of them those whose translation into this locale an import marked reviewed or translated (for the Swedish they have now). */
  documents: { total: number; reviewed: number; translated: number };
  /** Translation drafts of this locale waiting to be published. */
  waiting: number;
}

export interface TranslationDraftView {
  id: string;
  type: string;
  /** The document's Swedish name or title, for the list. */
  name: string;
  mark: TranslationMark;
}

export interface TranslationsDeps {
  content: { source: ContentSource; changed(): void };
  drafts: DraftStore | undefined;
}

const TARGETS = LOCALES.filter((l): l is Exclude<Locale, "sv"> => l !== "sv");

const swedishName = (doc: SanityDocument): string => {
  for (const field of ["name", "title"]) {
    const value = doc[field];
    if (Array.isArray(value)) {
      const sv = (value as { language?: string; value?: unknown }[]).find((e) => e.language === "sv")?.value;
      if (typeof sv === "string") return sv;
    }
  }
  return doc._id;
};

/** Of the documents, how many an import marked reviewed or translated in a language (for the Swedish they have now). */
function documentCounts(docs: readonly SanityDocument[], locale: Locale): LocaleStatus["documents"] {
  const statuses = docs.map((d) => documentReview(d, locale));
  return { total: docs.length, reviewed: statuses.filter((s) => s === "reviewed").length, translated: statuses.filter((s) => s === "translated").length };
}

export function createTranslations({ content, drafts }: TranslationsDeps) {
  const documents = async () => (await content.source.fetch(`*[_type in $types && !(_id in path("drafts.**"))] | order(_id asc)`, { types: TRANSLATABLE_TYPES })) as SanityDocument[];
  async function waiting(): Promise<TranslationDraftView[]> {
    if (!drafts) return [];
    const all = (await Promise.all(TRANSLATABLE_TYPES.map((type) => drafts.list(type)))).flat();
    return all.filter(isTranslationDraft).map((d) => ({ id: d._id, type: d._type, name: swedishName(d), mark: d.translation }));
  }
  return {
    accepting: drafts !== undefined,
    /** Every published document whose fields are translated. */
    documents,
    async status(): Promise<LocaleStatus[]> {
      const docs = await documents();
      const fields = docs.flatMap((d) => localizedFields(d)).filter((f) => f.entries.some((e) => e.language === "sv" && typeof e.value === "string" && e.value !== ""));
      const drafted = await waiting();
      const withSwedish = docs.filter((d) => localizedFields(d).length > 0);
      return TARGETS.map((locale) => ({
        locale,
        ui: reviewCounts(REVIEWS, MESSAGES.sv, locale),
        content: { total: fields.length, translated: fields.filter((f) => f.entries.some((e) => e.language === locale && typeof e.value === "string" && e.value.trim() !== "")).length },
        waiting: drafted.filter((d) => d.mark.locale === locale).length,
        documents: documentCounts(withSwedish, locale),
      }));
    },
    async export(locale: Exclude<Locale, "sv">): Promise<string> {
      const sources = uiKeysFor(MESSAGES.sv, locale);
      const docs = await documents();
      const byId = new Map(docs.map((d) => [d._id, d]));
      return exportXliff({
        locale,
        uiSource: MESSAGES.sv,
        uiTarget: MESSAGES[locale],
        review: (key) => reviewStatus(REVIEWS, locale, key, sources.get(key) ?? ""),
        documents: docs,
        documentReview: (id) => {
          const doc = byId.get(id);
          return doc ? documentReview(doc, locale) : "machine";
        },
      });
    },
    waiting,
    /** Publishes a translation draft (its document as the import left it, without the mark); false when there is none. */
    async publish(id: string): Promise<boolean> {
      const draft = drafts ? await drafts.get(id) : undefined;
      if (!drafts || !draft || !isTranslationDraft(draft)) return false;
      await drafts.publish(draft._id, publishedFrom(draft));
      content.changed();
      return true;
    },
    async discard(id: string): Promise<boolean> {
      const draft = drafts ? await drafts.get(id) : undefined;
      if (!drafts || !draft || !isTranslationDraft(draft)) return false;
      return drafts.discard(id);
    },
  };
}

export type TranslationsService = ReturnType<typeof createTranslations>;
