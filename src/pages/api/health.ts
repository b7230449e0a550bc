/**
 * `GET /api/health`: 200 when the server can reach its database, 503 when it cannot. For load
 * balancers and uptime checks; it says nothing about the data.
 */
import type { APIRoute } from "astro";
import { json } from "../../lib/http/respond.ts";
import { services } from "../../lib/server/services.ts";

export const GET: APIRoute = async () => {
  try {
    const { db } = await services();
    await db.query("SELECT 1 AS ok WHERE $1::int = 1", [1]);
    return json(200, { status: "ok" });
  } catch {
    return json(503, { status: "unavailable" });
  }
};
