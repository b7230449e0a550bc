/**
 * Large generated answers (the map's places), compressed once when made and sent in the
 * encoding the browser takes: the production server compresses its static files itself, and
 * these are the dynamic answers big enough to matter on a slow connection.
 */
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { accepts } from "./static-files.ts";

export interface Encoded {
  text: string;
  br: Buffer;
  gzip: Buffer;
}

export function encode(text: string): Encoded {
  const raw = Buffer.from(text);
  return { text, br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }), gzip: gzipSync(raw, { level: 6 }) };
}

export function encodedResponse(request: Request, encoded: Encoded, headers: Record<string, string>): Response {
  const accepted = request.headers.get("accept-encoding") ?? "";
  const vary = { ...headers, Vary: "Accept-Encoding" };
  if (accepts(accepted, "br")) return new Response(new Uint8Array(encoded.br), { headers: { ...vary, "Content-Encoding": "br" } });
  if (accepts(accepted, "gzip")) return new Response(new Uint8Array(encoded.gzip), { headers: { ...vary, "Content-Encoding": "gzip" } });
  return new Response(encoded.text, { headers: vary });
}
