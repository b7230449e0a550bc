/**
 * Reading request bodies with a size limit, before any parsing: a body over the limit is
 * refused with 413 without being read to the end.
 */
export const MAX_BODY_BYTES = 16 * 1024;

export type BodyResult<T> = { ok: true; value: T } | { ok: false; status: 400 | 413 | 415 };

/** The body as UTF-8 text, refused with 413 past `max` bytes without reading on. */
export async function readText(request: Request, max: number): Promise<{ ok: true; text: string } | { ok: false; status: 400 | 413 }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > max) return { ok: false, status: 413 };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return { ok: false, status: 413 };
    }
    chunks.push(value);
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)) };
  } catch {
    return { ok: false, status: 400 };
  }
}

/** A JSON object body; anything else (malformed JSON, an array, a string) is a 400. */
export async function readJson(request: Request, max = MAX_BODY_BYTES): Promise<BodyResult<Record<string, unknown>>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) return { ok: false, status: 415 };
  const body = await readText(request, max);
  if (!body.ok) return body;
  try {
    const value: unknown = JSON.parse(body.text);
    if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, status: 400 };
    return { ok: true, value: value as Record<string, unknown> };
  } catch {
    return { ok: false, status: 400 };
  }
}

/**
 * A form body as a plain object of its first values: URL-encoded, or multipart (which long
 * texts use, since it sends UTF-8 as it is instead of three times its size). Files are ignored.
 */
export async function readForm(request: Request, max = MAX_BODY_BYTES): Promise<BodyResult<Record<string, string>>> {
  const type = request.headers.get("content-type") ?? "";
  const multipart = /^multipart\/form-data\b/i.test(type);
  if (!multipart && !/^application\/x-www-form-urlencoded\b/i.test(type)) return { ok: false, status: 415 };
  const body = await readText(request, max);
  if (!body.ok) return body;
  const out: Record<string, string> = {};
  if (multipart) {
    let parts: FormData;
    try {
      parts = await new Response(body.text, { headers: { "content-type": type } }).formData();
    } catch {
      return { ok: false, status: 400 };
    }
    for (const [key, value] of parts) if (typeof value === "string") out[key] ??= value;
    return { ok: true, value: out };
  }
  for (const [key, value] of new URLSearchParams(body.text)) out[key] ??= value;
  return { ok: true, value: out };
}

/** The named fields of a form that were filled in; empty ones and anything else in the body are left out. */
export function filledFields(form: Record<string, string>, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.filter((name) => form[name] !== undefined && form[name] !== "").map((name) => [name, form[name] ?? ""]));
}
