/** `GET /api/altcha/challenge`: a fresh, signed proof-of-work challenge for the ALTCHA widget. */
import type { APIRoute } from "astro";
import { json } from "../../../lib/http/respond.ts";
import { newChallenge } from "../../../lib/security/altcha.ts";
import { services } from "../../../lib/server/services.ts";

export const GET: APIRoute = async () => {
  const { altcha } = await services();
  return json(200, await newChallenge(altcha, new Date()));
};
