import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureDocuments, toNdjson } from "../fixtures/content.ts";

function check(text: string) {
  const file = join(mkdtempSync(join(tmpdir(), "nara-check-")), "dataset.ndjson");
  writeFileSync(file, text);
  return spawnSync(process.execPath, ["scripts/check-content.ts", file], { encoding: "utf8" });
}

describe("the content check before build and start", () => {
  it("passes a valid dataset", () => {
    const result = check(toNdjson(fixtureDocuments()));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("3 documents");
  });

  it("stops on a broken one with a readable message and no stack trace", () => {
    const docs = fixtureDocuments();
    docs[1] = { ...docs[1], boundary: [{ _type: "geopoint", lat: 0, lng: 0 }] };
    const result = check(toNdjson(docs) + "oops\n");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/dataset\.ndjson:2 \(area-norr\): field "boundary": ett område behöver minst tre punkter/);
    expect(result.stderr).toMatch(/dataset\.ndjson:2 \(area-norr\): field "boundary\[0\]": ligger utanför kommunen/);
    expect(result.stderr).toMatch(/dataset\.ndjson:4: not valid JSON/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
