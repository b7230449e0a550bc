/**
 * The content store as pages and domains read it: `loadQuery(name, params)` runs a named GROQ
 * query against the source it was made with and parses the result with the query's zod schema.
 * Made once per process by the composition root (`src/app/`), and handed on from there.
 */
import { ContentError } from "./dataset.ts";
import { QUERIES, type QueryName, type QueryResult } from "./queries.ts";
import type { ContentSource } from "./sources.ts";

export type LoadQuery = <N extends QueryName>(name: N, params?: Record<string, unknown>) => Promise<QueryResult<N>>;

export interface ContentStore {
  readonly source: ContentSource;
  /** The only way pages get content. A plain function, so that `const { loadQuery } = …` works. */
  readonly loadQuery: LoadQuery;
  /** Told that content changed (a webhook, a publish): the next query reads it afresh, and the listeners are told. */
  changed(): void;
  /** Told that content changed elsewhere (another instance): read afresh, tell no one. */
  refresh(): void;
  /** Listens for changes told to this store (to pass them on to the other instances). */
  onChanged(listener: () => void): void;
}

/** Results kept per store, at most this many; oldest out first. */
const MAX_CACHED = 2000;

/**
 * A store over a source. Results are kept by content version, query and parameters: the
 * settings that every page reads, and pages asked for again, cost one lookup until the content
 * changes. A failed query is not remembered: the next request tries again.
 */
export function createContentStore(source: ContentSource): ContentStore {
  const results = new Map<string, Promise<unknown>>();
  const loadQuery: LoadQuery = <N extends QueryName>(name: N, params: Record<string, unknown> = {}) => {
    const key = `${source.version()}\u0000${name}\u0000${JSON.stringify(params)}`;
    let pending = results.get(key) as Promise<QueryResult<N>> | undefined;
    if (!pending) {
      pending = runQuery(source, name, params);
      results.set(key, pending);
      pending.catch(() => results.delete(key));
      if (results.size > MAX_CACHED) results.delete(results.keys().next().value ?? "");
    }
    return pending;
  };
  const listeners: (() => void)[] = [];
  return {
    source,
    loadQuery,
    changed() {
      source.changed();
      for (const listener of listeners) listener();
    },
    refresh() {
      source.changed();
    },
    onChanged(listener) {
      listeners.push(listener);
    },
  };
}

async function runQuery<N extends QueryName>(source: ContentSource, name: N, params: Record<string, unknown>): Promise<QueryResult<N>> {
  const query = QUERIES[name];
  const raw = await source.fetch(query.groq, params);
  const result = query.result.safeParse(raw);
  if (!result.success) {
    throw new ContentError(
      result.error.issues.map((issue) => ({
        where: `query "${name}"`,
        field: issue.path.map(String).join("."),
        message: issue.message,
      })),
    );
  }
  return result.data as QueryResult<N>;
}
