/**
 * `loadQuery()`: the only way pages get content. Runs a named GROQ query against the
 * configured source and parses the result with its zod schema.
 */
import { serverEnv } from "../config.ts";
import { ContentError } from "./dataset.ts";
import { QUERIES, type QueryName, type QueryResult } from "./queries.ts";
import { sourceFromEnv, type ContentSource } from "./sources.ts";

let source: ContentSource | undefined;

/** The process's content source, opened on first use (and checked: a broken dataset throws). */
export function contentSource(): ContentSource {
  source ??= sourceFromEnv(serverEnv());
  return source;
}

/** For tests and tools: use this source instead of the one from the environment. */
export function setContentSource(next: ContentSource): void {
  source = next;
}

/**
 * Results by content version, query and parameters: the settings that every page reads, and
 * pages asked for again, cost one lookup until the content changes. Bounded, oldest out first.
 */
const results = new Map<string, Promise<unknown>>();
const MAX_CACHED = 2000;

export async function loadQuery<N extends QueryName>(
  name: N,
  params: Record<string, unknown> = {},
): Promise<QueryResult<N>> {
  const source = contentSource();
  const key = `${source.version()}\u0000${name}\u0000${JSON.stringify(params)}`;
  let pending = results.get(key) as Promise<QueryResult<N>> | undefined;
  if (!pending) {
    pending = runQuery(source, name, params);
    results.set(key, pending);
    // A failed query is not remembered: the next request tries again.
    pending.catch(() => results.delete(key));
    if (results.size > MAX_CACHED) results.delete(results.keys().next().value ?? "");
  }
  return pending;
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
