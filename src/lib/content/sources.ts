/**
 * The two faces of the content store behind one interface: the embedded dataset queried with
 * groq-js (default) and Sanity's Content Lake through @sanity/client.
 */
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { createClient } from "@sanity/client";
import { evaluate, parse, type ExprNode } from "groq-js";
import type { ServerEnv } from "../config.ts";
import { loadDataset, type SanityDocument } from "./dataset.ts";

export interface ContentSource {
  readonly kind: "local" | "sanity";
  fetch(groq: string, params: Record<string, unknown>): Promise<unknown>;
  /** Changes whenever the content changes; pages cached under an older version are stale. */
  version(): string;
  /** Told that content changed (a webhook, a publish): the next query reads it afresh. */
  changed(): void;
}

/**
 * The embedded dataset. Read and checked when created (a broken dataset stops the start);
 * read again when the file changes, keeping the last good content if the new one is broken.
 */
export function localSource(file: string, log: (message: string) => void = console.error): ContentSource {
  const path = resolve(file);
  const read = () => ({ mtimeMs: statSync(path).mtimeMs, documents: loadDataset(readFileSync(path, "utf8"), file) });
  let state: { mtimeMs: number; documents: SanityDocument[] } = read();
  let checkedAt = Date.now();
  const trees = new Map<string, ExprNode>();

  const current = () => {
    // At most one stat a second, so that a busy server does not stat on every query.
    const now = Date.now();
    if (now - checkedAt < 1000) return state;
    checkedAt = now;
    try {
      const mtimeMs = statSync(path).mtimeMs;
      if (mtimeMs !== state.mtimeMs) state = read();
    } catch (error) {
      log(`Kept the previous content: ${error instanceof Error ? error.message : String(error)}`);
      try {
        state = { ...state, mtimeMs: statSync(path).mtimeMs };
      } catch {
        // The file is gone for now; keep serving what we have.
      }
    }
    return state;
  };

  return {
    kind: "local",
    async fetch(groq, params) {
      let tree = trees.get(groq);
      if (!tree) {
        tree = parse(groq);
        trees.set(groq, tree);
      }
      const value = await evaluate(tree, { dataset: current().documents, params });
      return (await value.get()) as unknown;
    },
    version: () => String(current().mtimeMs),
    changed() {
      checkedAt = 0;
    },
  };
}

/** Sanity's Content Lake, published documents only. */
export function sanitySource(env: ServerEnv): ContentSource {
  const client = createClient({
    projectId: env.SANITY_PROJECT_ID ?? "",
    dataset: env.SANITY_DATASET ?? "",
    apiVersion: env.SANITY_API_VERSION,
    useCdn: env.SANITY_USE_CDN === "true" && !env.SANITY_API_READ_TOKEN,
    perspective: "published",
    ...(env.SANITY_API_READ_TOKEN ? { token: env.SANITY_API_READ_TOKEN } : {}),
  });
  let changes = 0;
  return {
    kind: "sanity",
    fetch: (groq, params): Promise<unknown> => client.fetch<unknown>(groq, params),
    // Results are kept for at most a minute, or until the webhook says something changed.
    version: () => `${String(Math.floor(Date.now() / 60_000))}.${String(changes)}`,
    changed() {
      changes++;
    },
  };
}

export function sourceFromEnv(env: ServerEnv): ContentSource {
  return env.SANITY_PROJECT_ID && env.SANITY_DATASET ? sanitySource(env) : localSource(env.CONTENT_DATASET);
}
