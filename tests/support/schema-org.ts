/**
 * The schema.org vocabulary as schema-dts declares it (its declarations are generated from the
 * vocabulary): which types exist and which properties each may have, its parents' included.
 * `vocabularyProblems` checks a JSON-LD value against it.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

interface Declared {
  parents: string[];
  properties: Set<string>;
}

function load(): { interfaces: Map<string, Declared>; leaves: Map<string, string> } {
  const root = dirname(createRequire(import.meta.url).resolve("schema-dts/package.json"));
  const source = readFileSync(join(root, "dist/schema.d.ts"), "utf8");
  const interfaces = new Map<string, Declared>();
  const leaves = new Map<string, string>();
  for (const match of source.matchAll(/interface (\w+) extends ([^{]+)\{([\s\S]*?)\n\}/g)) {
    const [, name = "", parents = "", body = ""] = match;
    interfaces.set(name, { parents: parents.split(",").map((p) => p.trim()).filter((p) => /^\w+$/.test(p)), properties: new Set([...body.matchAll(/^\s+"(\w+)"\??:/gm)].map((m) => m[1] ?? "")) });
    const type = /"@type": "(\w+)"/.exec(body)?.[1];
    if (name.endsWith("Leaf") && type) leaves.set(type, name);
  }
  return { interfaces, leaves };
}

const vocabulary = load();

function propertiesOf(name: string, into = new Set<string>()): Set<string> {
  const declared = vocabulary.interfaces.get(name);
  if (!declared) return into;
  for (const p of declared.properties) into.add(p);
  for (const parent of declared.parents) propertiesOf(parent, into);
  return into;
}

/** Every type that is not in the vocabulary and every property its type does not have, with where. */
export function vocabularyProblems(value: unknown, where = "$"): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => vocabularyProblems(v, `${where}[${String(i)}]`));
  if (typeof value !== "object" || value === null) return [];
  const node = value as Record<string, unknown>;
  const problems: string[] = [];
  const type = node["@type"];
  if (typeof type === "string") {
    const leaf = vocabulary.leaves.get(type);
    if (!leaf) problems.push(`${where}: no type ${type} in schema.org`);
    else {
      const allowed = propertiesOf(leaf);
      for (const key of Object.keys(node)) if (!key.startsWith("@") && !allowed.has(key)) problems.push(`${where}: ${type} has no property ${key}`);
    }
  }
  for (const [key, child] of Object.entries(node)) problems.push(...vocabularyProblems(child, `${where}.${key}`));
  return problems;
}
