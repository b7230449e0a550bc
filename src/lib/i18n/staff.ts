/**
 * The staff view's words: one Swedish file (`staff/sv.json`), typed like the public locales, so
 * that an outcome carries a key and a missing word is a type error. The staff UI is Swedish only.
 */
import sv from "./staff/sv.json" with { type: "json" };

export type StaffKey = keyof typeof sv;

const WORDS: Record<StaffKey, string> = sv;

/** The Swedish text of a staff key, with `{{name}}` filled in. */
export function staffText(key: StaffKey, vars: Record<string, unknown> = {}): string {
  return WORDS[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => (name in vars ? String(vars[name]) : `{{${name}}}`));
}
