/**
 * What a person wrote, made safe to keep and to show: Unicode NFC, line ends as `\n`, no
 * control characters, and no bidi embeddings, overrides or isolates (U+202A–U+202E,
 * U+2066–U+2069), which could make text look like something it is not. The marks LRM, RLM
 * and ALM stay: they only nudge neutral characters and cannot reorder what follows them.
 * Pages still show every message in its own isolated, `dir="auto"` block.
 */
import { z } from "zod";

const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function cleanText(value: string): string {
  return value.normalize("NFC").replace(/\r\n?/g, "\n").replace(CONTROLS, "").trim();
}

/** A one-line field (name, call times): the same, with line breaks as spaces. */
export function cleanLine(value: string): string {
  return cleanText(value).replace(/\s+/g, " ");
}

/** A one-line form field, cleaned, 1 to `max` characters (the raw value may be longer before cleaning). */
export const lineField = (max: number) => z.string().max(max * 4).transform(cleanLine).pipe(z.string().min(1).max(max));

/** An optional one-line form field, cleaned; empty is absent. */
export const optionalLineField = (max: number) =>
  z
    .string()
    .max(max * 4)
    .optional()
    .transform((v) => (v === undefined ? undefined : cleanLine(v) || undefined))
    .pipe(z.string().max(max).optional());

/** A text of several lines, cleaned, 1 to `max` characters. */
/** A phone number as people write it: digits, spaces, `+`, `-` and brackets, with `minDigits` to 15 digits. */
export function isPhoneNumber(value: string, minDigits: number): boolean {
  const digits = value.replace(/\D/g, "").length;
  return /^\+?[\d\s()-]{6,25}$/.test(value) && digits >= minDigits && digits <= 15;
}

/** Lines people typed (one name a line), each cleaned like a one-line field; empty lines left out. */
export const linesOf = (value: string | undefined): string[] => (value ?? "").split(/\r?\n/).map(cleanLine).filter((line) => line !== "");

export const textField = (max: number) => z.string().max(max * 4).transform(cleanText).pipe(z.string().min(1).max(max));
