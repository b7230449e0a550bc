/** The walks a sign-up form chose: one checkbox per walk, named `walk:<series id>:<date>`. */
export function chosenWalks(form: Record<string, string>): string[] {
  return Object.entries(form)
    .filter(([name, value]) => name.startsWith("walk:") && value === "on")
    .map(([name]) => name.slice("walk:".length))
    .slice(0, 20);
}
