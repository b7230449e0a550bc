/**
 * `GET /api/health`: 200 when the server can reach its database, 503 when it cannot. For load
 * balancers and uptime checks; it says nothing about the data.
 */
import type { APIRoute } from "astro";
import { json } from "../../lib/http/respond.ts";

export const GET: APIRoute = async ({ locals }) => ((await locals.app.healthy()) ? json(200, { status: "ok" }) : json(503, { status: "unavailable" }));
