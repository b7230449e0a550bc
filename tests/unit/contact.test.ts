/** The contact form's rules: what a message may hold, which details are kept, who reads what, and what a notice says. */
import { describe, expect, it } from "vitest";
import { ContactRequest, MESSAGE_MAX, unitNotice } from "../../src/lib/messages/service.ts";
import { cleanLine, cleanText } from "../../src/lib/text.ts";
import { mayReadMessages, messageUnitsOf, ROLE } from "../../src/lib/staff/accounts.ts";

const base = { unit: "office-kvarnby", topic: "money", answerLocale: "so", message: "Salaan", contactMode: "code" };
const parse = (extra: Record<string, string>) => ContactRequest.safeParse({ ...base, ...extra });
const fieldsOf = (extra: Record<string, string>) => {
  const result = parse(extra);
  return result.success ? [] : [...new Set(result.error.issues.map((i) => String(i.path[0])))].sort();
};

describe("text people write", () => {
  it("loses bidi overrides, embeddings and isolates, and control characters, but keeps the marks and line breaks", () => {
    const spoof = "pay\u202Egnp.exe\u202C and \u2067hidden\u2069";
    expect(cleanText(spoof)).toBe("paygnp.exe and hidden");
    expect(cleanText("مرحبا\u200F 123\r\nnext\u0000\u0007 line\u0085")).toBe("مرحبا\u200F 123\nnext line");
    expect(cleanText("  e\u0301  ")).toBe("é");
    expect(cleanLine("after\n\n16:00")).toBe("after 16:00");
  });
});

describe("the contact request", () => {
  it("needs a message of 1 to 3,000 characters after trimming", () => {
    expect(parse({}).success).toBe(true);
    expect(fieldsOf({ message: "   \n " })).toEqual(["message"]);
    expect(fieldsOf({ message: "x".repeat(MESSAGE_MAX + 1) })).toEqual(["message"]);
    expect(parse({ message: "ክ".repeat(MESSAGE_MAX) }).success).toBe(true);
  });

  it("needs a phone number only for a call back, and an e-mail address only for e-mail", () => {
    expect(fieldsOf({ contactMode: "phone" })).toEqual(["phone"]);
    expect(fieldsOf({ contactMode: "phone", phone: "12" })).toEqual(["phone"]);
    expect(fieldsOf({ contactMode: "phone", phone: "call me maybe" })).toEqual(["phone"]);
    expect(parse({ contactMode: "phone", phone: "070-123 45 67" }).success).toBe(true);
    expect(parse({ contactMode: "phone", phone: "+46 70 123 45 67" }).success).toBe(true);
    expect(fieldsOf({ contactMode: "email" })).toEqual(["email"]);
    expect(fieldsOf({ contactMode: "email", email: "not-an-address" })).toEqual(["email"]);
    expect(parse({ contactMode: "email", email: "name@example.com" }).success).toBe(true);
    expect(parse({ contactMode: "code", phone: "", email: "" }).success).toBe(true);
  });

  it("refuses an answer language Nära does not have, an unknown way of answering and unknown fields", () => {
    expect(fieldsOf({ answerLocale: "de" })).toEqual(["answerLocale"]);
    expect(fieldsOf({ contactMode: "pigeon" })).toEqual(["contactMode"]);
    expect(parse({ personnummer: "19900101-1234" }).success).toBe(false);
  });
});

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

describe("the notice to a unit's mailbox", () => {
  it("says that a message waits and where to read it, in Swedish, with nothing of the message", () => {
    const notice = unitNotice("Områdeskontor Kvarnby", "new", "https://nara.example.se");
    expect(notice.subject).toBe("Nytt meddelande i Nära");
    expect(notice.text).toContain("Områdeskontor Kvarnby");
    expect(notice.text).toContain("https://nara.example.se/staff/messages/");
    expect(unitNotice("X", "followUp", "https://nara.example.se").subject).toBe("Nytt svar från en invånare i Nära");
  });
});
