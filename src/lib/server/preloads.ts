/**
 * Module preloads for an island: its built chunk and every chunk it imports, found once in the
 * built files. Without them the browser learns of each module only when the one before has
 * arrived, one level at a time, after the page is parsed; with them all download at once,
 * while the page is still being read. Nothing is found (and nothing is preloaded) in the dev
 * server, which has no built files. An island's dynamic imports are left to load when asked
 * for, unless the island is named in `eager`: then they are preloaded too (the map island
 * imports Leaflet dynamically only to run it after the first paint, not to fetch it later).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]\.\/([\w.-]+\.js)["'`]/g;
/** `import("./x.js")`, and the chunks Vite lists for its preload helper (`"_astro/x.js"`). */
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)|["'`]_astro\/([\w.-]+\.js)["'`]/g;
const known = new Map<string, string[]>();

/** `/_astro/…` paths of the chunks of the islands named (by their file's base name: `Map`, `client`). */
export function islandPreloads(names: readonly string[], { root = resolve("dist/client/_astro"), eager = [] }: { root?: string; eager?: readonly string[] } = {}): string[] {
  const key = `${root}|${names.join(",")}|${eager.join(",")}`;
  const cached = known.get(key);
  if (cached) return cached;
  const found = new Set<string>();
  if (existsSync(root)) {
    const files = readdirSync(root);
    const visit = (file: string, lazyToo: boolean) => {
      if (found.has(file) || !existsSync(join(root, file))) return;
      found.add(file);
      const code = readFileSync(join(root, file), "utf8");
      for (const match of code.matchAll(STATIC_IMPORT)) visit(match[1] ?? "", false);
      // Only the island's own dynamic imports: not those of a chunk it shares with others.
      if (lazyToo) for (const match of code.matchAll(DYNAMIC_IMPORT)) visit(match[1] ?? match[2] ?? "", false);
    };
    for (const name of names) for (const file of files.filter((f) => f.startsWith(`${name}.`) && f.endsWith(".js"))) visit(file, eager.includes(name));
  }
  const paths = [...found].map((f) => `/_astro/${f}`);
  known.set(key, paths);
  return paths;
}
