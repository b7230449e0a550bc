/**
 * Translations a municipality can keep right: one locale's UI strings and the content's
 * translatable fields as XLIFF 2.0 for a translation agency (written and read with the `xliff`
 * library), and a returned file checked before anything is written: every string's placeholders,
 * plural forms and markup against its Swedish source, each problem named with its string.
 *
 * Units: `ui` holds the UI strings (id = the key, plural forms as the target language needs
 * them: Arabic gets six from Swedish's two); `content` holds every localized field of every
 * document (id = `<document id>/<field path>`, array items by their `_key`). Each unit's note
 * says where the text is used and its review status.
 */
import xliff from "xliff";
import type { SanityDocument } from "../content/dataset.ts";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales.ts";

export type ReviewStatus = "machine" | "translated" | "reviewed";
export const REVIEW_STATUSES: readonly ReviewStatus[] = ["machine", "translated", "reviewed"];

/** A localized value as the content store keeps it: one entry per language. */
interface LocalizedEntry {
  _key?: string;
  _type?: string;
  language: string;
  value: unknown;
}

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

/** The plural categories a language needs (Arabic: six; Swedish: one and other). */
export const pluralCategories = (locale: Locale): string[] => new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

/** The UI keys a target locale should have: every source key, plural families in the target's own categories. */
export function uiKeysFor(source: Readonly<Record<string, string>>, locale: Locale): Map<string, string> {
  const keys = new Map<string, string>();
  const families = new Set<string>();
  for (const [key, text] of Object.entries(source)) {
    const plural = PLURAL.exec(key);
    if (plural) families.add(plural[1] ?? "");
    else keys.set(key, text);
  }
  for (const base of families) {
    for (const category of pluralCategories(locale)) keys.set(`${base}_${category}`, source[`${base}_${category}`] ?? source[`${base}_other`] ?? "");
  }
  return keys;
}

const isLocalized = (value: unknown): value is LocalizedEntry[] =>
  Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "object" && v !== null && "language" in v && "value" in v);

/** Every localized field of a document: its path (`bookingSchedule.visitTypes[talk].name`) and its entries. */
export function localizedFields(doc: SanityDocument): { path: string; entries: LocalizedEntry[] }[] {
  const out: { path: string; entries: LocalizedEntry[] }[] = [];
  const walk = (value: unknown, path: string) => {
    if (isLocalized(value)) out.push({ path, entries: value });
    else if (Array.isArray(value)) {
      for (const item of value) if (typeof item === "object" && item !== null && typeof (item as { _key?: unknown })._key === "string") walk(item, `${path}[${(item as { _key: string })._key}]`);
    } else if (typeof value === "object" && value !== null) {
      for (const [key, child] of Object.entries(value)) if (!key.startsWith("_")) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(doc, "");
  return out;
}

const textOf = (entries: readonly LocalizedEntry[], locale: string): string | undefined => {
  const value = entries.find((e) => e.language === locale)?.value;
  return typeof value === "string" ? value : undefined;
};

/** A copy of a document with one localized field's text in one language set (added when missing). */
export function withTranslation(doc: SanityDocument, path: string, locale: Locale, text: string): SanityDocument {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const steps = [...path.matchAll(/([^.[\]]+)|\[([^\]]+)\]/g)].map((m) => (m[2] !== undefined ? { key: m[2] } : { name: m[1] ?? "" }));
  let node: unknown = copy;
  for (const step of steps) {
    if ("key" in step) node = Array.isArray(node) ? node.find((item: { _key?: string }) => item._key === step.key) : undefined;
    else node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[step.name] : undefined;
  }
  if (!isLocalized(node)) throw new Error(`No localized field at ${path}`);
  const entry = node.find((e) => e.language === locale);
  const typeOf = node[0]?._type;
  if (entry) entry.value = text;
  else node.push({ _key: locale, ...(typeOf ? { _type: typeOf } : {}), language: locale, value: text });
  return copy as SanityDocument;
}

export interface ExportInput {
  locale: Locale;
  /** The Swedish UI strings (the source) and the target locale's. */
  uiSource: Readonly<Record<string, string>>;
  uiTarget: Readonly<Record<string, string>>;
  /** Each UI string's review status in the target locale. */
  review: (key: string) => ReviewStatus;
  documents: readonly SanityDocument[];
  /** Each document's review status in the target locale. */
  documentReview?: (id: string) => ReviewStatus;
}

interface Unit {
  source: string;
  target: string;
  note: string;
}

/** One locale as an XLIFF 2.0 document: the UI strings and the content's fields, Swedish as the source. */
export async function exportXliff(input: ExportInput): Promise<string> {
  const ui: Record<string, Unit> = {};
  for (const [key, source] of uiKeysFor(input.uiSource, input.locale)) {
    ui[key] = { source, target: input.uiTarget[key] ?? "", note: `UI: ${key} · ${input.review(key)}` };
  }
  const content: Record<string, Unit> = {};
  for (const doc of input.documents) {
    for (const field of localizedFields(doc)) {
      const source = textOf(field.entries, DEFAULT_LOCALE);
      if (source === undefined || source === "") continue;
      content[`${doc._id}/${field.path}`] = { source, target: textOf(field.entries, input.locale) ?? "", note: `${doc._type}: ${field.path} · ${input.documentReview?.(doc._id) ?? "machine"}` };
    }
  }
  return xliff.js2xliff({ sourceLanguage: DEFAULT_LOCALE, targetLanguage: input.locale, resources: { ui, content } });
}

export interface ImportInput {
  uiSource: Readonly<Record<string, string>>;
  /** Every locale's UI strings: the file says which locale it is. */
  uiTargets: Readonly<Record<Locale, Readonly<Record<string, string>>>>;
  documents: readonly SanityDocument[];
}

export interface ImportProblem {
  /** The string: `ui:<key>` or `content:<document>/<path>`, or `file`. */
  id: string;
  problem: string;
}

export interface Imported {
  locale?: Locale | undefined;
  /** UI strings that differ from the locale file's. */
  ui: Record<string, string>;
  /** Every UI string the file gives (changed or not), by key: what a review status is recorded for. */
  uiReturned: Record<string, string>;
  /** Documents with changed fields, each as its new whole (to be a draft). */
  documents: { id: string; doc: SanityDocument; fields: string[] }[];
  problems: ImportProblem[];
  /** Units read, and of them unchanged. */
  units: number;
  unchanged: number;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}|\$t\([^)]*\)/g)].map((m) => m[0].replace(/\s+/g, "")).sort();
const markup = (text: string) => [...text.matchAll(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi)].map((m) => m[0].toLowerCase().replace(/\s+/g, " ")).sort();
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** What a unit's target must keep of its source; the problem, or undefined when it is whole. */
export function unitProblem(source: string, target: string, options: { plural?: string | undefined } = {}): string | undefined {
  if (target.trim() === "") return "the translation is empty";
  const wanted = placeholders(source);
  const found = placeholders(target);
  // A plural form may leave its number out ("one place" for "{{count}} places").
  const optional = options.plural ? ["{{count}}"] : [];
  const missing = wanted.filter((p) => !found.includes(p) && !optional.includes(p));
  const extra = found.filter((p) => !wanted.includes(p));
  if (missing.length > 0) return `placeholder ${missing.join(", ")} is missing`;
  if (extra.length > 0) return `placeholder ${extra.join(", ")} is not in the source`;
  if (!same(markup(source), markup(target))) return `the markup differs from the source (${markup(source).join(" ") || "none"})`;
  return undefined;
}

/** Reads a returned XLIFF file and checks every unit; nothing is written here. */
export async function readXliff(xml: string, input: ImportInput): Promise<Imported> {
  const result: Imported = { ui: {}, uiReturned: {}, documents: [], problems: [], units: 0, unchanged: 0 };
  let parsed: Awaited<ReturnType<typeof xliff.xliff2js>>;
  try {
    parsed = await xliff.xliff2js(xml);
  } catch (error) {
    result.problems.push({ id: "file", problem: `not an XLIFF 2 file (${error instanceof Error ? error.message.split("\n")[0] ?? "" : "unreadable"})` });
    return result;
  }
  if (!parsed.resources) {
    result.problems.push({ id: "file", problem: "not an XLIFF 2.0, 2.1 or 2.2 file" });
    return result;
  }
  const locale = parsed.targetLanguage;
  if (parsed.sourceLanguage !== DEFAULT_LOCALE) result.problems.push({ id: "file", problem: `the source language is ${String(parsed.sourceLanguage)}, not ${DEFAULT_LOCALE}` });
  if (!isLocale(locale) || locale === DEFAULT_LOCALE) {
    result.problems.push({ id: "file", problem: `the target language ${String(locale)} is not one of the site's translations` });
    return result;
  }
  result.locale = locale;
  const text = (value: unknown) => (typeof value === "string" ? value : Array.isArray(value) ? value.filter((v) => typeof v === "string").join("") : undefined);

  const expected = uiKeysFor(input.uiSource, locale);
  const families = new Map<string, Set<string>>();
  for (const [key, unit] of Object.entries(parsed.resources["ui"] ?? {})) {
    result.units++;
    const id = `ui:${key}`;
    const source = expected.get(key);
    const target = text(unit.target);
    if (source === undefined) {
      result.problems.push({ id, problem: "no such UI string" });
      continue;
    }
    if (target === undefined) {
      result.problems.push({ id, problem: "the translation is missing or not plain text" });
      continue;
    }
    const plural = PLURAL.exec(key);
    // An empty target is a string left untranslated: the locale's own text stays.
    if (target.trim() === "") {
      if (plural) families.set(plural[1] ?? "", (families.get(plural[1] ?? "") ?? new Set()).add(plural[2] ?? ""));
      result.unchanged++;
      continue;
    }
    if (plural) families.set(plural[1] ?? "", (families.get(plural[1] ?? "") ?? new Set()).add(plural[2] ?? ""));
    const problem = unitProblem(source, target, { plural: plural?.[2] });
    if (problem) {
      result.problems.push({ id, problem });
      continue;
    }
    result.uiReturned[key] = target;
    if (input.uiTargets[locale][key] === target) result.unchanged++;
    else result.ui[key] = target;
  }
  for (const [base, present] of families) {
    const missing = pluralCategories(locale).filter((c) => !present.has(c));
    if (missing.length > 0) result.problems.push({ id: `ui:${base}`, problem: `plural forms ${missing.map((c) => `${base}_${c}`).join(", ")} are missing (${locale} needs ${pluralCategories(locale).join(", ")})` });
  }

  const byId = new Map(input.documents.map((d) => [d._id, d]));
  const changed = new Map<string, { doc: SanityDocument; fields: string[] }>();
  for (const [unitId, unit] of Object.entries(parsed.resources["content"] ?? {})) {
    result.units++;
    const id = `content:${unitId}`;
    const slash = unitId.indexOf("/");
    const docId = unitId.slice(0, slash);
    const path = unitId.slice(slash + 1);
    const doc = changed.get(docId)?.doc ?? byId.get(docId);
    const field = doc ? localizedFields(doc).find((f) => f.path === path) : undefined;
    const source = field ? textOf(field.entries, DEFAULT_LOCALE) : undefined;
    const target = text(unit.target);
    if (!doc || !field || source === undefined) {
      result.problems.push({ id, problem: "no such document or field" });
      continue;
    }
    if (target === undefined) {
      result.problems.push({ id, problem: "the translation is missing or not plain text" });
      continue;
    }
    if (target.trim() === "") {
      result.unchanged++;
      continue;
    }
    const problem = unitProblem(source, target);
    if (problem) result.problems.push({ id, problem });
    else if (textOf(field.entries, locale) === target) result.unchanged++;
    else {
      const entry = changed.get(docId) ?? { doc, fields: [] };
      entry.doc = withTranslation(entry.doc, path, locale, target);
      entry.fields.push(path);
      changed.set(docId, entry);
    }
  }
  result.documents = [...changed].map(([id, { doc, fields }]) => ({ id, doc, fields }));
  return result;
}
