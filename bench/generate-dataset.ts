/**
 * A large dataset for the benchmarks: the demo dataset with its activities copied until there
 * are `count` of them, spread over every area and association, all valid.
 * `node bench/generate-dataset.ts 5000 bench/out/dataset-5000.ndjson`
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export function generateDataset(seedText: string, count: number): string {
  const docs = seedText
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown> & { _id: string; _type: string; slug?: { current: string } });
  const activities = docs.filter((d) => d._type === "activity");
  const others = docs.filter((d) => d._type !== "activity");
  const out = [...others, ...activities];
  for (let i = 0; out.length - others.length < count; i++) {
    const source = activities[i % activities.length];
    if (!source) break;
    const n = Math.floor(i / activities.length) + 1;
    out.push({ ...source, _id: `${source._id}-copy-${n}`, slug: { ...(source.slug ?? { current: "x" }), current: `${source.slug?.current ?? "x"}-${n}` } });
  }
  return out.map((d) => JSON.stringify(d)).join("\n") + "\n";
}

if (import.meta.main) {
  const count = Number(process.argv[2] ?? 5000);
  const file = process.argv[3] ?? `bench/out/dataset-${count}.ndjson`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, generateDataset(readFileSync("sanity/seed/dataset.ndjson", "utf8"), count));
  console.log(`wrote ${file}`);
}
