/** `GET /api/altcha/challenge`: a fresh, signed proof-of-work challenge for the ALTCHA widget. */
import type { APIRoute } from "astro";
import { json } from "../../../lib/http/respond.ts";

export const GET: APIRoute = async ({ locals }) => json(200, await locals.app.guard.challenge());
