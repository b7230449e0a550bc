/** The boxes an interest form ticked: one checkbox per role (`role:<role>`) and per language (`lang:<locale>`). */
export function ticked(form: Record<string, string>, prefix: "role:" | "lang:"): string[] {
  return Object.entries(form)
    .filter(([name, value]) => name.startsWith(prefix) && value === "on")
    .map(([name]) => name.slice(prefix.length))
    .slice(0, 10);
}
