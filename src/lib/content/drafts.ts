/**
 * Drafts in the content store: where associations' proposals wait for a staff decision. One
 * interface, two faces: in the embedded default a drafts file beside the dataset (publishing
 * writes the document into the dataset, which the site reads again within a second); with
 * Sanity, `drafts.` documents written with a write token (publishing is one transaction that
 * creates the published document and deletes the draft). Nothing reaches the published content
 * except through `publish`.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createClient } from "@sanity/client";
import type { ServerEnv } from "../config.ts";
import type { SanityDocument } from "./dataset.ts";

export const DRAFT_PREFIX = "drafts.";

export interface DraftStore {
  readonly kind: "local" | "sanity";
  create(doc: SanityDocument): Promise<void>;
  /** Drafts of a type, newest first by `_createdAt`. */
  list(type: string): Promise<SanityDocument[]>;
  get(id: string): Promise<SanityDocument | undefined>;
  /** Writes `published` (its `_id` without the prefix) and removes the draft `draftId`, together. */
  publish(draftId: string, published: SanityDocument): Promise<void>;
  discard(draftId: string): Promise<boolean>;
}

const parseLines = (text: string): SanityDocument[] =>
  text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as SanityDocument);

/** A file replaced in one step (write beside, then rename): a reader never sees half of it. */
function writeAtomically(path: string, docs: readonly SanityDocument[], mode = 0o644): void {
  const temporary = `${path}.${String(process.pid)}.tmp`;
  writeFileSync(temporary, docs.map((d) => JSON.stringify(d)).join("\n") + (docs.length > 0 ? "\n" : ""), { mode });
  renameSync(temporary, path);
}

/** Drafts hold proposers' contact details: readable by the server's user only. */
const PRIVATE = 0o600;

const createdAt = (d: SanityDocument) => (typeof d["_createdAt"] === "string" ? d["_createdAt"] : "");
const newestFirst = (a: SanityDocument, b: SanityDocument) => createdAt(b).localeCompare(createdAt(a));

/** The embedded default: `drafts.ndjson` beside the dataset (or CONTENT_DRAFTS). One process writes it. */
export function localDrafts(datasetFile: string, draftsFile = join(dirname(resolve(datasetFile)), "drafts.ndjson")): DraftStore {
  const dataset = resolve(datasetFile);
  const read = () => (existsSync(draftsFile) ? parseLines(readFileSync(draftsFile, "utf8")) : []);
  // Writes one after the other, so that two decisions at once cannot lose each other's change.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => T): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    kind: "local",
    create: (doc) =>
      serial(() => {
        writeAtomically(draftsFile, [...read().filter((d) => d._id !== doc._id), doc], PRIVATE);
      }),
    list: (type) => Promise.resolve(read().filter((d) => d._type === type).sort(newestFirst)),
    get: (id) => Promise.resolve(read().find((d) => d._id === id)),
    publish: (draftId, published) =>
      serial(() => {
        const documents = parseLines(readFileSync(dataset, "utf8")).filter((d) => d._id !== published._id);
        writeAtomically(dataset, [...documents, published]);
        writeAtomically(draftsFile, read().filter((d) => d._id !== draftId), PRIVATE);
      }),
    discard: (draftId) =>
      serial(() => {
        const drafts = read();
        const kept = drafts.filter((d) => d._id !== draftId);
        if (kept.length === drafts.length) return false;
        writeAtomically(draftsFile, kept, PRIVATE);
        return true;
      }),
  };
}

/** Sanity: drafts through the API with a write token (never the CDN). `apiHost` is for another API address (a proxy). */
export function sanityDrafts(env: ServerEnv, apiHost?: string): DraftStore {
  const client = createClient({
    // A host of its own serves every project at its root, not at <project>.<host>.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the client's only switch for that
    ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
    projectId: env.SANITY_PROJECT_ID ?? "",
    dataset: env.SANITY_DATASET ?? "",
    apiVersion: env.SANITY_API_VERSION,
    useCdn: false,
    token: env.SANITY_API_WRITE_TOKEN ?? "",
    perspective: "raw",
  });
  return {
    kind: "sanity",
    async create(doc) {
      await client.createOrReplace(doc);
    },
    list: (type) => client.fetch<SanityDocument[]>(`*[_id in path("drafts.**") && _type == $type] | order(_createdAt desc)`, { type }),
    async get(id) {
      if (!id.startsWith(DRAFT_PREFIX)) return undefined;
      return (await client.getDocument<SanityDocument>(id)) ?? undefined;
    },
    async publish(draftId, published) {
      await client.transaction().createOrReplace(published).delete(draftId).commit();
    },
    async discard(draftId) {
      const result = await client.delete(draftId);
      return result.results.length > 0;
    },
  };
}

export function draftsFromEnv(env: ServerEnv): DraftStore | undefined {
  if (env.SANITY_PROJECT_ID && env.SANITY_DATASET) return env.SANITY_API_WRITE_TOKEN ? sanityDrafts(env) : undefined;
  return localDrafts(env.CONTENT_DATASET, env.CONTENT_DRAFTS);
}
