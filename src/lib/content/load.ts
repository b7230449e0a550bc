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

export async function loadQuery<N extends QueryName>(
  name: N,
  params: Record<string, unknown> = {},
): Promise<QueryResult<N>> {
  const query = QUERIES[name];
  const raw = await contentSource().fetch(query.groq, params);
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
