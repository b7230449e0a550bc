/** src/lib/messages/receipt-page.ts: the receipt page's sealed address (post/redirect/get). */
import { describe, expect, it } from "vitest";
import { openReceiptPage, RECEIPT_PAGE_MINUTES, sealReceiptPage } from "../../src/lib/messages/receipt-page.ts";

const KEY = "k".repeat(64);
const NOW = new Date("2026-11-24T17:30:00+01:00");
const PAGE = { receipt: "K7MQ4XRT9PLA2BCD3EFG", unitId: "office-kvarnby", contactMode: "phone" as const };

describe("the receipt page's token", () => {
  it("carries the code unreadably and opens it again, also on reload within its time", () => {
    const token = sealReceiptPage(KEY, PAGE, NOW);
    expect(token).not.toContain("K7MQ");
    expect(Buffer.from(token, "base64url").toString("latin1")).not.toMatch(/K7MQ|kvarnby/);
    expect(openReceiptPage(KEY, token, NOW)).toEqual(PAGE);
    expect(openReceiptPage(KEY, token, new Date(NOW.getTime() + (RECEIPT_PAGE_MINUTES - 1) * 60_000))).toEqual(PAGE);
  });

  it("is a new token every time (a random nonce)", () => {
    expect(sealReceiptPage(KEY, PAGE, NOW)).not.toBe(sealReceiptPage(KEY, PAGE, NOW));
  });

  it("is expired after its minutes, and nothing when changed or sealed with another key", () => {
    const token = sealReceiptPage(KEY, PAGE, NOW);
    expect(openReceiptPage(KEY, token, new Date(NOW.getTime() + (RECEIPT_PAGE_MINUTES + 1) * 60_000))).toBe("expired");
    const changed = `${token.slice(0, 20)}${token[20] === "A" ? "B" : "A"}${token.slice(21)}`;
    expect(openReceiptPage(KEY, changed, NOW)).toBeUndefined();
    expect(openReceiptPage("x".repeat(64), token, NOW)).toBeUndefined();
    expect(openReceiptPage(KEY, "", NOW)).toBeUndefined();
    expect(openReceiptPage(KEY, "<script>", NOW)).toBeUndefined();
  });
});
