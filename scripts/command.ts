/**
 * How the operator's scripts run their command (`scripts/commands.ts`): with the embedded
 * database, first by asking the running server over its control socket (one process at a time
 * can open PGlite); when no server runs there — or with PostgreSQL — in this process.
 */
import { processApp } from "../src/app/index.ts";
import { runCommand, type CommandInput, type CommandName, type CommandResult } from "./commands.ts";
import { serverEnv } from "../src/lib/config.ts";
import { askServer, controlSocketPath } from "../src/lib/server/control.ts";
import { exitOnKnownError } from "./fail.ts";

function finish(result: CommandResult): never {
  for (const line of result.lines) (result.code === 0 ? console.log : console.error)(line);
  process.exit(result.code);
}

export async function runFromCli(name: CommandName, args: string[], input: CommandInput = {}): Promise<never> {
  try {
    const env = serverEnv();
    if (!env.DATABASE_URL && env.DATA_DIR !== "memory://") {
      const answer = await askServer(controlSocketPath(env.DATA_DIR), { command: name, args, input });
      if (answer) {
        console.log("(run by the server that has the embedded database open)");
        finish(answer);
      }
    }
    const app = await processApp();
    const result = await runCommand(app, name, args, input);
    await app.close();
    finish(result);
  } catch (error) {
    exitOnKnownError(error);
    throw error;
  }
}
