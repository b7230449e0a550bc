/** src/lib/staff/accounts.ts: roles, and who reads which messages. */
import { describe, expect, it } from "vitest";
import { mayReadMessages, messageUnitsOf, ROLE } from "../../src/lib/staff/accounts.ts";

describe("who reads which messages", () => {
  const office = { id: "office-kvarnby", kind: "office" as const };
  const clinic = { id: "clinic-x", kind: "clinic" as const };
  const general = { id: "general", kind: "general" as const };

  it("office staff their office, clinic staff their clinic, the general role the general ones, admin all", () => {
    expect(mayReadMessages({ roles: ["office:office-kvarnby"] }, office)).toBe(true);
    expect(mayReadMessages({ roles: ["office:office-tallmon"] }, office)).toBe(false);
    expect(mayReadMessages({ roles: ["clinic:office-kvarnby"] }, office)).toBe(false);
    expect(mayReadMessages({ roles: ["clinic:clinic-x"] }, clinic)).toBe(true);
    expect(mayReadMessages({ roles: ["office:office-kvarnby"] }, general)).toBe(false);
    expect(mayReadMessages({ roles: ["general"] }, general)).toBe(true);
    expect(mayReadMessages({ roles: ["editor"] }, office)).toBe(false);
    expect(mayReadMessages({ roles: ["admin"] }, general)).toBe(true);
    expect(messageUnitsOf({ roles: ["office:a", "clinic:b", "general", "editor"] }, "general")).toEqual(["a", "b", "general"]);
    expect(messageUnitsOf({ roles: ["admin"] }, "general")).toBe("*");
    expect(ROLE.test("general")).toBe(true);
  });
});
