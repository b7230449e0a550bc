import { describe, expect, it } from "vitest";
import { servedOverHttps } from "../../src/lib/http/context.ts";

describe("served over HTTPS", () => {
  const http = new URL("http://10.0.0.5:4321/staff/");
  const env = (site: string, hops: number) => ({ PUBLIC_SITE_URL: site, TRUST_PROXY: hops });
  it("believes X-Forwarded-Proto only behind a trusted proxy, read from the right like X-Forwarded-For", () => {
    expect(servedOverHttps(http, "https", env("http://nara.test", 0))).toBe(false);
    expect(servedOverHttps(http, "https", env("http://nara.test", 1))).toBe(true);
    expect(servedOverHttps(http, "http", env("http://nara.test", 1))).toBe(false);
    expect(servedOverHttps(http, null, env("http://nara.test", 1))).toBe(false);
    // A client's own claim before the proxy's: the proxy's (rightmost) counts.
    expect(servedOverHttps(http, "https, http", env("http://nara.test", 1))).toBe(false);
    expect(servedOverHttps(http, "https, http", env("http://nara.test", 2))).toBe(true);
    expect(servedOverHttps(http, " HTTPS ", env("http://nara.test", 1))).toBe(true);
  });
  it("is true for an https address or an https public address whatever the headers say", () => {
    expect(servedOverHttps(new URL("https://nara.test/"), null, env("http://nara.test", 0))).toBe(true);
    expect(servedOverHttps(http, "http", env("https://nara.kommun.example", 0))).toBe(true);
  });
});
