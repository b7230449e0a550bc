/**
 * What a page makes a visitor download, brotli-compressed: its HTML, stylesheets and scripts. A
 * module script is counted with everything it imports; what it loads later (a dynamic `import()`,
 * a worker, a stylesheet it injects) is counted apart, as "on demand".
 */
import { brotliCompressSync, constants } from "node:zlib";

export const brotli = (body: Buffer) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export interface ScriptWeight {
  /** Bytes per file loaded with the page. */
  initial: Record<string, number>;
  /** Bytes per file loaded when the page asks for it. */
  onDemand: Record<string, number>;
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`](\.\/[\w.-]+\.js)["'`]/g;
const DYNAMIC = [/\bimport\(\s*["'`](\.\/[\w.-]+\.(?:js|css))["'`]\s*\)/g, /["'`](\/?_astro\/[\w.-]+\.(?:js|css))["'`]/g];

export async function scriptWeight(base: string, entries: string[]): Promise<ScriptWeight> {
  const out: ScriptWeight = { initial: {}, onDemand: {} };
  const seen = new Set<string>();
  const visit = async (path: string, bucket: keyof ScriptWeight): Promise<void> => {
    if (seen.has(path)) return;
    seen.add(path);
    const body = Buffer.from(await (await fetch(new URL(path, base))).arrayBuffer());
    out[bucket][path] = brotli(body);
    if (!path.endsWith(".js")) return;
    const code = body.toString("utf8");
    const dir = path.slice(0, path.lastIndexOf("/") + 1);
    for (const m of code.matchAll(STATIC_IMPORT)) await visit(dir + (m[1] ?? "").slice(2), bucket);
    for (const pattern of DYNAMIC) {
      for (const m of code.matchAll(pattern)) {
        const ref = m[1] ?? "";
        await visit(ref.startsWith("./") ? dir + ref.slice(2) : `/${ref.replace(/^\//, "")}`, "onDemand");
      }
    }
  };
  for (const entry of entries) await visit(entry, "initial");
  return out;
}

export const total = (files: Record<string, number>) => Object.values(files).reduce((a, b) => a + b, 0);
