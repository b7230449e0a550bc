/**
 * The embedded content store: a Sanity NDJSON export (one document a line), checked against
 * the content schemas before anything uses it. A broken document stops the build or the
 * server start with a message naming the file and line, the document `_id`, the field and
 * what is wrong.
 */
import { DOCUMENT_SCHEMAS, type DocumentType } from "./schemas.ts";

export interface ContentProblem {
  /** `file:line`, or the document `_id` where no line is known. */
  where: string;
  id?: string;
  field?: string;
  message: string;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = "ContentError";
    this.problems = problems;
  }
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.slice(0, 50).map((p) => {
    const id = p.id ? ` (${p.id})` : "";
    const field = p.field ? ` field "${p.field}":` : "";
    return `  - ${p.where}${id}:${field} ${p.message}`;
  });
  const more = problems.length > 50 ? [`  … and ${problems.length - 50} more`] : [];
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return [`Content check failed, ${count}:`, ...lines, ...more].join("\n");
}

export interface SanityDocument {
  _id: string;
  _type: string;
  [field: string]: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parse NDJSON text; each line must be one JSON object with `_id` and `_type`. */
export function parseNdjson(text: string, file: string): { documents: SanityDocument[]; lines: Map<string, number>; problems: ContentProblem[] } {
  const documents: SanityDocument[] = [];
  const lines = new Map<string, number>();
  const problems: ContentProblem[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") return;
    const where = `${file}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push({ where, message: `not valid JSON (${error instanceof Error ? error.message : "parse error"})` });
      return;
    }
    if (!isRecord(value) || typeof value["_id"] !== "string" || typeof value["_type"] !== "string") {
      problems.push({ where, message: "each line must be a JSON object with a string _id and _type" });
      return;
    }
    const id = value["_id"];
    if (lines.has(id)) {
      problems.push({ where, id, message: `duplicate _id (first on line ${lines.get(id)})` });
      return;
    }
    lines.set(id, index + 1);
    documents.push(value as SanityDocument);
  });
  return { documents, lines, problems };
}

function collectRefs(value: unknown, path: string, out: { path: string; ref: string }[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      collectRefs(item, `${path}[${i}]`, out);
    });
  } else if (isRecord(value)) {
    if (typeof value["_ref"] === "string") out.push({ path, ref: value["_ref"] });
    for (const [k, v] of Object.entries(value)) {
      if (k !== "_ref") collectRefs(v, path ? `${path}.${k}` : k, out);
    }
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join("");
}

/** What a reference field may point at, by document type and field. */
const REFERENCE_TARGETS: Partial<Record<DocumentType, Record<string, DocumentType>>> = {
  office: { area: "area" },
  clinic: { area: "area" },
  activity: { area: "area", association: "association" },
  association: { areas: "area" },
};

/**
 * Check every published document against its schema, every reference against the dataset,
 * and slugs for uniqueness. Drafts and types the site does not read are ignored.
 */
export function validateDocuments(
  documents: readonly SanityDocument[],
  locate: (id: string) => string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const published = documents.filter((d) => !d._id.startsWith("drafts.") && d._type in DOCUMENT_SCHEMAS);
  const byId = new Map(published.map((d) => [d._id, d]));
  const slugs = new Map<string, string>();
  for (const doc of published) {
    const type = doc._type as DocumentType;
    const where = locate(doc._id);
    const result = DOCUMENT_SCHEMAS[type].safeParse(doc);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ where, id: doc._id, field: fieldPath(issue.path), message: issue.message });
      }
    }
    const refs: { path: string; ref: string }[] = [];
    collectRefs(doc, "", refs);
    for (const { path, ref } of refs) {
      const target = byId.get(ref);
      const expected = REFERENCE_TARGETS[type]?.[path.replace(/\[\d+\]$/, "")];
      if (!target) {
        problems.push({ where, id: doc._id, field: path, message: `refers to "${ref}", which does not exist` });
      } else if (expected && target._type !== expected) {
        problems.push({ where, id: doc._id, field: path, message: `refers to a ${target._type}, expected a ${expected}` });
      }
    }
    const slug = (doc["slug"] as { current?: unknown } | undefined)?.current;
    if (typeof slug === "string") {
      const slugKey = `${type}/${slug}`;
      const other = slugs.get(slugKey);
      if (other) problems.push({ where, id: doc._id, field: "slug", message: `slug "${slug}" is used by ${other} too` });
      else slugs.set(slugKey, doc._id);
    }
  }
  if (!published.some((d) => d._type === "settings")) {
    problems.push({ where: locate("settings"), message: "the settings document is missing" });
  }
  return problems;
}

/** Parse and check a dataset; throws a ContentError listing every problem. */
export function loadDataset(text: string, file: string): SanityDocument[] {
  const { documents, lines, problems } = parseNdjson(text, file);
  const locate = (id: string) => (lines.has(id) ? `${file}:${lines.get(id)}` : file);
  problems.push(...validateDocuments(documents, locate));
  if (problems.length > 0) throw new ContentError(problems);
  return documents.filter((d) => !d._id.startsWith("drafts."));
}
