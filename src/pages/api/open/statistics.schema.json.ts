/** `GET /api/open/statistics.schema.json`: the JSON Schema of the open statistics. */
import type { APIRoute } from "astro";
import { STATISTICS_SCHEMA } from "../../../lib/followup/open.ts";
import { OPEN_DATA_HEADERS } from "../../../lib/opendata/params.ts";

export const GET: APIRoute = () => Response.json(STATISTICS_SCHEMA, { headers: { ...OPEN_DATA_HEADERS, "Content-Type": "application/schema+json" } });
