/**
 * `npm run staff -- <command>`: staff accounts for the embedded sign-in.
 *
 *   add <username> --name "Full Name" --role clinic:<clinic id> [--role …] [--no-password]
 *   passwd <username>
 *   remove <username>
 *   list
 *
 * The password comes from STAFF_PASSWORD, or is asked for (not echoed) on a terminal, or is
 * the first line of standard input. `--no-password` makes an account that can only sign in
 * through the OpenID Connect provider (OIDC_ISSUER), by the same user name. With the embedded database, stop the server first: one
 * process at a time can open a PGlite data directory.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { addUser, listUsers, removeUser, ROLE, setPassword, USERNAME } from "../src/lib/staff/accounts.ts";
import { MIN_PASSWORD_LENGTH } from "../src/lib/staff/passwords.ts";
import { processApp } from "../src/app/index.ts";
import { exitOnKnownError } from "./fail.ts";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env["STAFF_PASSWORD"];
  if (fromEnv) return fromEnv;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    process.stdout.write("Password: ");
    // Nothing typed is echoed.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
  }
  const line = await new Promise<string>((resolve) => rl.once("line", resolve));
  rl.close();
  if (process.stdin.isTTY) process.stdout.write("\n");
  return line;
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, role: { type: "string", multiple: true }, "no-password": { type: "boolean" } },
});
const [command, username] = positionals;

try {
  if (!command || !["add", "passwd", "remove", "list"].includes(command)) fail("Usage: npm run staff -- add|passwd|remove|list … (see scripts/staff.ts)");
  if (command !== "list" && (!username || !USERNAME.test(username))) fail("A username: small letters, digits, . _ - or @, 2–127 characters.");
  const roles = values.role ?? [];
  for (const role of roles) if (!ROLE.test(role)) fail(`Not a role: ${role} (admin, editor, general, clinic:<id> or office:<id>)`);
  const needsPassword = command === "passwd" || (command === "add" && values["no-password"] !== true);
  const password = needsPassword ? await readPassword() : undefined;
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) fail(`The password needs at least ${String(MIN_PASSWORD_LENGTH)} characters.`);

  const s = await processApp();
  console.log(`Database: ${s.describe.database()}`);
  if (command === "add") {
    const user = await addUser(s.db, { username: username ?? "", displayName: values.name ?? username ?? "", roles, password }).catch((error: unknown) => {
      if (typeof error === "object" && error !== null && "code" in error && error.code === "23505") fail(`There is already an account ${username ?? ""}.`);
      throw error;
    });
    console.log(`Added ${user.username} (${user.roles.join(", ") || "no roles"})`);
  } else if (command === "passwd") {
    if (!(await setPassword(s.db, username ?? "", password ?? ""))) fail(`No account ${username ?? ""}.`);
    console.log(`New password set for ${username ?? ""}`);
  } else if (command === "remove") {
    if (!(await removeUser(s.db, username ?? ""))) fail(`No account ${username ?? ""}.`);
    console.log(`Removed ${username ?? ""}`);
  } else {
    for (const u of await listUsers(s.db)) console.log(`${u.username}\t${u.displayName}\t${u.roles.join(",")}${u.disabled ? "\tdisabled" : ""}`);
  }
  await s.close();
} catch (error) {
  exitOnKnownError(error);
  throw error;
}
