/** Query parameters of the open-data endpoints, parsed once. */
import { z } from "zod";
import { DEFAULT_LOCALE, LOCALES } from "../i18n/locales.ts";
import { OPEN_DATA_HEADERS } from "../http/respond.ts";

export const OpenDataParams = z.object({
  lang: z.enum(LOCALES).default(DEFAULT_LOCALE),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(500).default(100),
});

export function parseOpenDataParams(search: URLSearchParams) {
  const raw = Object.fromEntries([...search.entries()].filter(([k]) => ["lang", "page", "per_page"].includes(k)));
  return OpenDataParams.safeParse(raw);
}

export { OPEN_DATA_HEADERS };

export function badRequest(issues: { path: PropertyKey[]; message: string }[]): Response {
  return Response.json(
    { error: "BAD_REQUEST", fields: Object.fromEntries(issues.map((i) => [i.path.map(String).join("."), i.message])) },
    { status: 400, headers: { ...OPEN_DATA_HEADERS, "Cache-Control": "no-store" } },
  );
}
