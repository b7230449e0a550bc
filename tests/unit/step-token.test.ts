/** src/lib/booking/step-token.ts: the booking steps' choices sealed in one opaque token. */
import { describe, expect, it } from "vitest";
import { openStep, sealStep } from "../../src/lib/booking/step-token.ts";

const KEY = "a".repeat(64);
const NOW = new Date("2026-11-24T17:30:00+01:00");
const CHOICES = { clinic: "clinic-ungdomsmottagningen-ekbacken", type: "pregnancy-test", date: "2026-11-26", time: "18:20" };

describe("the booking step token", () => {
  it("carries the choices unreadably, and opens them again", () => {
    const token = sealStep(KEY, CHOICES, NOW);
    expect(token).toMatch(/^[\w-]{40,400}$/);
    for (const part of ["ekbacken", "pregnancy", "2026", "18:20", "test"]) expect(token).not.toContain(part);
    expect(Buffer.from(token, "base64url").toString("latin1")).not.toMatch(/pregnancy|ekbacken/);
    expect(openStep(KEY, token, NOW)).toEqual(CHOICES);
  });

  it("is the same for the same choices within the hour (stable links), and differs for other choices", () => {
    const token = sealStep(KEY, CHOICES, NOW);
    expect(sealStep(KEY, CHOICES, new Date(NOW.getTime() + 60_000))).toBe(token);
    expect(sealStep(KEY, { ...CHOICES, time: "18:40" }, NOW)).not.toBe(token);
  });

  it("opens as no choice when changed, made with another key, or two hours and more old", () => {
    const token = sealStep(KEY, CHOICES, NOW);
    const changed = `${token.slice(0, 30)}${token[30] === "A" ? "B" : "A"}${token.slice(31)}`;
    expect(openStep(KEY, changed, NOW)).toEqual({});
    expect(openStep("b".repeat(64), token, NOW)).toEqual({});
    expect(openStep(KEY, token, new Date(NOW.getTime() + 3.1 * 60 * 60 * 1000))).toEqual({});
    expect(openStep(KEY, "not a token", NOW)).toEqual({});
  });
});
