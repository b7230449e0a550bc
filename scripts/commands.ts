/**
 * The operator's commands (`npm run staff | purge | followup | backup`), run against a composed
 * app: in the command's own process, or — with the embedded database while the server runs,
 * since one process at a time can open PGlite — inside the server, asked over its control
 * socket (`src/lib/server/control.ts`). Either way the same code and the same answer: lines of
 * output and an exit code. Parsing here, so that both paths refuse the same bad arguments.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { parseArgs } from "node:util";
import { addDays, isDate, stockholmNow } from "../src/lib/dates.ts";
import { addUser, listUsers, removeUser, ROLE, setPassword, USERNAME } from "../src/lib/staff/accounts.ts";
import { MIN_PASSWORD_LENGTH } from "../src/lib/staff/passwords.ts";
import { rotateKeyFile } from "../src/lib/security/crypto.ts";
import type { App } from "../src/app/index.ts";

export const COMMANDS = ["staff", "purge", "followup", "backup", "keys"] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface CommandResult {
  code: number;
  lines: string[];
}

/** What the caller read itself: the password (from STAFF_PASSWORD, a terminal or standard input). */
export interface CommandInput {
  password?: string | undefined;
}

const done = (lines: string[]): CommandResult => ({ code: 0, lines });
const refused = (line: string, code = 1): CommandResult => ({ code, lines: [line] });

export const STAFF_USAGE = "Usage: npm run staff -- add|passwd|remove|list … (see scripts/staff.ts)";

/** Whether a staff command needs a password (the caller reads it before asking). */
export function staffNeedsPassword(args: string[]): boolean {
  return args[0] === "passwd" || (args[0] === "add" && !args.includes("--no-password"));
}

async function staff(app: App, args: string[], input: CommandInput): Promise<CommandResult> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { name: { type: "string" }, role: { type: "string", multiple: true }, "no-password": { type: "boolean" } } });
  const [command, username = ""] = positionals;
  if (!command || !["add", "passwd", "remove", "list"].includes(command)) return refused(STAFF_USAGE);
  if (command !== "list" && !USERNAME.test(username)) return refused("A username: small letters, digits, . _ - or @, 2–127 characters.");
  const roles = values.role ?? [];
  const bad = roles.find((role) => !ROLE.test(role));
  if (bad) return refused(`Not a role: ${bad} (admin, editor, general, insights, recruitment, clinic:<id>, office:<id> or nightwalks:<area id>)`);
  const password = staffNeedsPassword(args) ? (input.password ?? "") : undefined;
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) return refused(`The password needs at least ${String(MIN_PASSWORD_LENGTH)} characters.`);
  const lines = [`Database: ${app.describe.database()}`];
  if (command === "add") {
    try {
      const user = await addUser(app.db, { username, displayName: values.name ?? username, roles, password });
      return done([...lines, `Added ${user.username} (${user.roles.join(", ") || "no roles"})`]);
    } catch (error) {
      if (typeof error === "object" && error !== null && "code" in error && error.code === "23505") return refused(`There is already an account ${username}.`);
      throw error;
    }
  }
  if (command === "passwd") return (await setPassword(app.db, username, password ?? "")) ? done([...lines, `New password set for ${username}`]) : refused(`No account ${username}.`);
  if (command === "remove") return (await removeUser(app.db, username)) ? done([...lines, `Removed ${username}`]) : refused(`No account ${username}.`);
  return done([...lines, ...(await listUsers(app.db)).map((u) => `${u.username}\t${u.displayName}\t${u.roles.join(",")}${u.disabled ? "\tdisabled" : ""}`)]);
}

async function purge(app: App): Promise<CommandResult> {
  const counts = await app.upkeep.purge(new Date());
  return done([`Purged (${app.describe.database()}): ${Object.entries(counts).map(([k, v]) => `${k} ${String(v)}`).join(", ")}`]);
}

export const FOLLOWUP_USAGE = "Usage: npm run followup -- catch-up | rebuild [--from YYYY-MM-DD] | demo [--scale N] [--days N] [--seed N]";

async function followup(app: App, args: string[]): Promise<CommandResult> {
  const [command, ...rest] = args;
  const now = app.clock();
  const rolled = (days: string[]) => done([days.length === 0 ? "Follow-up: nothing to roll up." : `Follow-up: rolled up ${String(days.length)} days, ${days[0] ?? ""} to ${days.at(-1) ?? ""} (${app.describe.database()}).`]);
  if (command === "catch-up" && rest.length === 0) return rolled(await app.followup.catchUp(now));
  if (command === "rebuild") {
    const [flag, value] = rest;
    if (flag !== undefined && (flag !== "--from" || !value || !isDate(value) || rest.length > 2)) return refused("--from takes a date: YYYY-MM-DD", 2);
    // By default from as far back as every kind of raw row is still complete (the bookings' retention).
    return rolled(await app.followup.rebuild(value ?? addDays(stockholmNow(now).date, -app.env.BOOKING_RETENTION_DAYS), now));
  }
  if (command !== "demo") return refused(FOLLOWUP_USAGE, 2);
  const options = { scale: 1, days: 365, seed: 2026 };
  const bounds = { scale: [1, 100], days: [1, 731], seed: [0, 2 ** 31] } as const;
  for (let i = 0; i < rest.length; i += 2) {
    const name = rest[i]?.replace(/^--/, "") as keyof typeof options;
    const n = Number(rest[i + 1]);
    if (!(name in bounds) || !Number.isInteger(n) || n < bounds[name][0] || n > bounds[name][1]) return refused(FOLLOWUP_USAGE, 2);
    options[name] = n;
  }
  const made = await app.followup.generate(options, now);
  const sorted = [...made.rollupMs].sort((a, b) => a - b);
  return done([
    `Follow-up: synthetic history (scale ${String(options.scale)}) for ${String(made.days)} days, ${made.from} to ${made.to}: ${String(made.bookings)} bookings and ${String(made.threads)} threads rolled up; a day's roll-up took ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(0)} ms (median), ${(sorted.at(-1) ?? 0).toFixed(0)} ms at most (${app.describe.database()}).`,
  ]);
}

/**
 * A consistent copy of the database in one file at an absolute path: the embedded database's
 * data directory as a gzipped tar (taken between two queries, after a checkpoint), or
 * PostgreSQL's `pg_dump --format=custom`. The message key is not in it: keep it apart.
 */
async function backup(app: App, args: string[]): Promise<CommandResult> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0 || !isAbsolute(file)) return refused("Usage: npm run backup -- <file> (the backup is written there)", 2);
  if (app.db.kind === "postgres") {
    const dumped = spawnSync("pg_dump", ["--format=custom", "--no-owner", `--file=${file}`, `--dbname=${app.env.DATABASE_URL ?? ""}`], { encoding: "utf8" });
    if (dumped.error) return refused(`pg_dump could not be run (${dumped.error.message}): install PostgreSQL's client programs, or follow docs/operations.md.`);
    if (dumped.status !== 0) return refused(`pg_dump failed: ${dumped.stderr.trim()}`);
    return done([`Backed up PostgreSQL to ${file} (pg_dump, custom format). The message key is not in it: keep it apart.`]);
  }
  if (!app.db.dump) return refused("This database cannot be backed up from here.");
  const archive = await app.db.dump();
  writeFileSync(file, archive, { mode: 0o600 });
  return done([`Backed up the embedded database to ${file} (${(archive.length / 1_048_576).toFixed(1)} MB). The message key is not in it: keep it apart.`]);
}

export const KEYS_USAGE = "Usage: npm run keys -- status | reseal | rotate";

/**
 * The message key: which one seals, how much is still sealed with older ones, a re-seal of all
 * of it now (the upkeep does it a batch a minute anyway), and a new key for the key file.
 */
async function keys(app: App, args: string[]): Promise<CommandResult> {
  const [command, ...rest] = args;
  if (rest.length > 0) return refused(KEYS_USAGE, 2);
  if (command === "status") {
    const { current, older } = await app.sealedStatus();
    return done([`Message key: ${app.describe.messageKey()}`, `Sealed values: ${String(current)} with the current key, ${String(older)} with older keys${older > 0 ? " (npm run keys -- reseal moves them now)" : ""}.`]);
  }
  if (command === "reseal") {
    const moved = await app.reseal();
    const { older } = await app.sealedStatus();
    return done([`Re-sealed with the current key: ${Object.entries(moved).map(([t, n]) => `${t} ${String(n)}`).join(", ")}.`, `Left with older keys: ${String(older)}.`]);
  }
  if (command === "rotate") {
    if (app.env.MESSAGE_KEY) {
      return refused(
        "MESSAGE_KEY is set: make a new key (openssl rand -base64 32), set it as MESSAGE_KEY and the old one in MESSAGE_KEYS_OLD, restart every instance; the upkeep then re-seals (or npm run keys -- reseal). Remove the old key once `npm run keys -- status` shows none left.",
      );
    }
    if (app.env.DATA_DIR === "memory://") return refused("DATA_DIR is memory://: there is no key file.");
    const id = rotateKeyFile(join(app.env.DATA_DIR, "message.key"));
    return done([`A new message key (key id ${id}) is first in ${join(app.env.DATA_DIR, "message.key")}; the old ones stay there for reading.`, "Restart the server to seal with it; the upkeep then re-seals what the old ones sealed (or npm run keys -- reseal)."]);
  }
  return refused(KEYS_USAGE, 2);
}

/** Runs a command against the app. */
export async function runCommand(app: App, name: CommandName, args: string[], input: CommandInput = {}): Promise<CommandResult> {
  switch (name) {
    case "staff":
      return staff(app, args, input);
    case "purge":
      return purge(app);
    case "followup":
      return followup(app, args);
    case "backup":
      return backup(app, args);
    case "keys":
      return keys(app, args);
  }
}
