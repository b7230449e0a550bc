/**
 * Staff accounts and roles. A role is `clinic:<clinic id>` (that clinic's bookings),
 * `office:<office id>` (that office's messages), `general` (messages to the municipality in
 * general), `editor` (proposals), `nightwalks:<area id>` (that area's night walks: the walkers'
 * details, cancelling a night, the reports), `recruitment` (interests from people who could become
 * contact families or family homes, and the information evenings), `insights` (the follow-up's
 * numbers, no personal data) or `admin` (every unit). Clinic staff also read the messages
 * written to their clinic.
 */
import { randomUUID } from "node:crypto";
import type { Queryable } from "../db/index.ts";
import { hashPassword } from "./passwords.ts";

export interface StaffUser {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  passwordHash: string | null;
  disabled: boolean;
}

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  roles: string[];
  password_hash: string | null;
  disabled: boolean;
}

export const toUser = (r: UserRow): StaffUser => ({ id: r.id, username: r.username, displayName: r.display_name, roles: r.roles, passwordHash: r.password_hash, disabled: r.disabled });

export const ROLE = /^(admin|editor|general|recruitment|insights|(clinic|office|nightwalks):[a-z0-9][a-z0-9-]*)$/;
/** Small letters, digits, `.`, `_`, `-` and `@` (an e-mail address from the sign-in provider is a user name too). */
export const USERNAME = /^[a-z0-9][a-z0-9._@-]{1,126}$/;

/** A new account; without a password it can only sign in through the OpenID Connect provider. */
export async function addUser(db: Queryable, user: { username: string; displayName: string; roles: string[]; password: string | undefined }): Promise<StaffUser> {
  const hash = user.password === undefined ? null : await hashPassword(user.password);
  const rows = await db.query<UserRow>(
    "INSERT INTO staff_users (id, username, display_name, password_hash, roles) VALUES ($1, $2, $3, $4, $5) RETURNING *",
    [randomUUID(), user.username, user.displayName, hash, user.roles],
  );
  const row = rows[0];
  if (!row) throw new Error("The account was not written.");
  return toUser(row);
}

/**
 * The account of someone the OpenID Connect provider vouched for, with the roles it gave: made
 * on the first sign-in, its roles and name brought up to date on every later one. A disabled
 * account stays disabled.
 */
export async function upsertProviderUser(db: Queryable, user: { username: string; displayName: string; roles: string[] }): Promise<StaffUser> {
  const rows = await db.query<UserRow>(
    `INSERT INTO staff_users (id, username, display_name, password_hash, roles) VALUES ($1, $2, $3, NULL, $4)
     ON CONFLICT (username) DO UPDATE SET display_name = EXCLUDED.display_name, roles = EXCLUDED.roles RETURNING *`,
    [randomUUID(), user.username, user.displayName, user.roles],
  );
  const row = rows[0];
  if (!row) throw new Error("The account was not written.");
  return toUser(row);
}

export async function setPassword(db: Queryable, username: string, password: string): Promise<boolean> {
  return (await db.query("UPDATE staff_users SET password_hash = $2 WHERE username = $1 RETURNING 1", [username, await hashPassword(password)])).length === 1;
}

export async function removeUser(db: Queryable, username: string): Promise<boolean> {
  return (await db.query("DELETE FROM staff_users WHERE username = $1 RETURNING 1", [username])).length === 1;
}

export async function userByUsername(db: Queryable, username: string): Promise<StaffUser | undefined> {
  const row = (await db.query<UserRow>("SELECT * FROM staff_users WHERE username = $1", [username]))[0];
  return row ? toUser(row) : undefined;
}

export async function listUsers(db: Queryable): Promise<StaffUser[]> {
  return (await db.query<UserRow>("SELECT * FROM staff_users ORDER BY username")).map(toUser);
}

/** Whether the user may work with a unit: its own role for it, or admin. */
export function mayAccess(user: Pick<StaffUser, "roles">, kind: "clinic" | "office", unitId: string): boolean {
  return user.roles.includes("admin") || user.roles.includes(`${kind}:${unitId}`);
}

/** The units of a kind a user works with (every one, for admin: `"*"`). */
export function unitsOf(user: Pick<StaffUser, "roles">, kind: "clinic" | "office"): string[] | "*" {
  if (user.roles.includes("admin")) return "*";
  return user.roles.filter((r) => r.startsWith(`${kind}:`)).map((r) => r.slice(kind.length + 1));
}

/** Whether the user may read and answer the messages of a unit (kind `general`: the general ones). */
export function mayReadMessages(user: Pick<StaffUser, "roles">, unit: { id: string; kind: "office" | "clinic" | "general" }): boolean {
  if (user.roles.includes("admin")) return true;
  return unit.kind === "general" ? user.roles.includes("general") : user.roles.includes(`${unit.kind}:${unit.id}`);
}

/** The units whose messages a user reads (every one, for admin: `"*"`). */
export function messageUnitsOf(user: Pick<StaffUser, "roles">, generalUnit: string): string[] | "*" {
  if (user.roles.includes("admin")) return "*";
  return user.roles.flatMap((r) => (r === "general" ? [generalUnit] : /^(office|clinic):/.test(r) ? [r.slice(r.indexOf(":") + 1)] : []));
}

/** Whether the user decides on associations' proposals (editor or admin). */
export const mayEditContent = (user: Pick<StaffUser, "roles">) => user.roles.includes("editor") || user.roles.includes("admin");

/** Whether the user coordinates an area's night walks (its `nightwalks:` role, or admin). */
export const mayCoordinate = (user: Pick<StaffUser, "roles">, areaId: string) => user.roles.includes("admin") || user.roles.includes(`nightwalks:${areaId}`);

/** The areas whose night walks a user coordinates (every one, for admin: `"*"`). */
export function coordinatedAreas(user: Pick<StaffUser, "roles">): string[] | "*" {
  if (user.roles.includes("admin")) return "*";
  return user.roles.filter((r) => r.startsWith("nightwalks:")).map((r) => r.slice("nightwalks:".length));
}

/** Whether the user works with recruitment (contact families, family homes): the `recruitment` role, or admin. */
export const mayRecruit = (user: Pick<StaffUser, "roles">) => user.roles.includes("recruitment") || user.roles.includes("admin");

/** Whether the user reads the follow-up's numbers (the `insights` role, or admin): counts only, no personal data. */
export const mayReadInsights = (user: Pick<StaffUser, "roles">) => user.roles.includes("insights") || user.roles.includes("admin");
