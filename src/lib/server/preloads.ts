/**
 * Module preloads for an island: its built chunk and every chunk it imports, found once in the
 * built files. Without them the browser learns of each module only when the one before has
 * arrived, one level at a time, after the page is parsed; with them all download at once,
 * while the page is still being read. Nothing is found (and nothing is preloaded) in the dev
 * server, which has no built files.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]\.\/([\w.-]+\.js)["'`]/g;
const known = new Map<string, string[]>();

/** `/_astro/…` paths of the chunks of the islands named (by their file's base name: `Map`, `client`). */
export function islandPreloads(names: readonly string[], root = resolve("dist/client/_astro")): string[] {
  const key = `${root}|${names.join(",")}`;
  const cached = known.get(key);
  if (cached) return cached;
  const found = new Set<string>();
  if (existsSync(root)) {
    const files = readdirSync(root);
    const visit = (file: string) => {
      if (found.has(file) || !existsSync(join(root, file))) return;
      found.add(file);
      for (const match of readFileSync(join(root, file), "utf8").matchAll(STATIC_IMPORT)) visit(match[1] ?? "");
    };
    for (const name of names) for (const file of files.filter((f) => f.startsWith(`${name}.`) && f.endsWith(".js"))) visit(file);
  }
  const paths = [...found].map((f) => `/_astro/${f}`);
  known.set(key, paths);
  return paths;
}
