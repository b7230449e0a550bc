/**
 * `GET /api/health`: liveness. 200 as long as the process answers, with whether it reaches its
 * database beside it: an outage of the database is not a reason to restart the instance (it
 * recovers by itself; `/api/ready` takes it out of the load balancer meanwhile).
 */
import type { APIRoute } from "astro";
import { json } from "../../lib/http/respond.ts";

export const GET: APIRoute = async ({ locals }) => json(200, { status: "ok", database: (await locals.app.healthy()) ? "up" : "down" });
