/**
 * The Sanity face of the drafts store, against a stand-in for Sanity's HTTP API on loopback:
 * a proposal is written as a `drafts.` document with the write token, listed with the raw
 * perspective, and publishing is one transaction that writes the published document and
 * deletes the draft.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../../src/lib/config.ts";
import { sanityDrafts } from "../../src/lib/content/drafts.ts";

interface Seen {
  method: string;
  path: string;
  auth: string;
  body: unknown;
}

describe("drafts in Sanity", () => {
  const seen: Seen[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      seen.push({ method: request.method ?? "", path: request.url ?? "", auth: request.headers.authorization ?? "", body: body ? (JSON.parse(body) as unknown) : undefined });
      response.setHeader("Content-Type", "application/json");
      if (request.url?.includes("/data/query/")) response.end(JSON.stringify({ result: [{ _id: "drafts.activity-proposal-1", _type: "activity", proposal: { contactEmail: "a@example.com" } }] }));
      else response.end(JSON.stringify({ transactionId: "t1", results: [{ id: "x", operation: "update" }] }));
    });
  });
  let host = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    host = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  });
  afterAll(() => {
    server.close();
  });

  const env = parseEnv({ SANITY_PROJECT_ID: "abc123", SANITY_DATASET: "production", SANITY_API_WRITE_TOKEN: "write-token" });

  it("writes a proposal as a draft, lists drafts raw, and publishes in one transaction", async () => {
    const drafts = sanityDrafts(env, host);
    await drafts.create({ _id: "drafts.activity-proposal-1", _type: "activity", title: [] });
    const listed = await drafts.list("activity");
    await drafts.publish("drafts.activity-proposal-1", { _id: "activity-proposal-1", _type: "activity" });

    expect(seen.every((s) => s.auth === "Bearer write-token")).toBe(true);
    const [create, query, publish] = seen;
    expect(create?.path).toMatch(/\/data\/mutate\/production/);
    expect(create?.body).toEqual({ mutations: [{ createOrReplace: { _id: "drafts.activity-proposal-1", _type: "activity", title: [] } }] });
    expect(query?.path).toMatch(/\/data\/query\/production\?.*perspective=raw/);
    expect(new URL(query?.path ?? "", host).searchParams.get("query")).toContain('_id in path("drafts.**")');
    expect(listed.map((d) => d._id)).toEqual(["drafts.activity-proposal-1"]);
    expect(publish?.body).toEqual({ mutations: [{ createOrReplace: { _id: "activity-proposal-1", _type: "activity" } }, { delete: { id: "drafts.activity-proposal-1" } }] });
  });
});
