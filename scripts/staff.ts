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
 * through the OpenID Connect provider (OIDC_ISSUER), by the same user name. With the embedded
 * database while the server runs, the server does it (one process at a time can open PGlite).
 */
import { createInterface } from "node:readline";
import { staffNeedsPassword } from "./commands.ts";
import { runFromCli } from "./command.ts";

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

const args = process.argv.slice(2);
await runFromCli("staff", args, staffNeedsPassword(args) ? { password: await readPassword() } : {});
