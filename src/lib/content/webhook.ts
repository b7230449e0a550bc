/**
 * The Sanity webhook: Sanity calls it when published content changes, signed with the shared
 * secret. A valid call makes the server read content afresh at once; a missing or wrong
 * signature is refused (401) and changes nothing.
 */
import { isValidSignature, SIGNATURE_HEADER_NAME } from "@sanity/webhook";
import { readText } from "../http/body.ts";

const WEBHOOK_MAX_BYTES = 64 * 1024;

export type WebhookResult = { status: 200; ids: string[] } | { status: 401 | 404 | 400 | 413; error: string };

/** Checks the call and, when it is genuine, tells the content store (`changed`) to read afresh. */
export async function handleWebhook(request: Request, secret: string | undefined, changed: () => void): Promise<WebhookResult> {
  if (!secret) return { status: 404, error: "NOT_CONFIGURED" };
  const body = await readText(request, WEBHOOK_MAX_BYTES);
  if (!body.ok) return { status: body.status, error: body.status === 413 ? "TOO_LARGE" : "BAD_REQUEST" };
  const signature = request.headers.get(SIGNATURE_HEADER_NAME) ?? "";
  let valid = false;
  try {
    valid = signature !== "" && (await isValidSignature(body.text, signature, secret));
  } catch {
    valid = false; // a malformed signature header
  }
  if (!valid) return { status: 401, error: "BAD_SIGNATURE" };
  changed();
  let ids: string[] = [];
  try {
    const payload = JSON.parse(body.text) as { _id?: unknown; ids?: { all?: unknown } };
    const all = Array.isArray(payload.ids?.all) ? payload.ids.all : [payload._id];
    ids = all.filter((id): id is string => typeof id === "string");
  } catch {
    // The projection is the project's choice; a body that is not JSON still means "something changed".
  }
  return { status: 200, ids };
}
