/**
 * A PostgreSQL server of a test's own (Debian's binaries, as `.ci/run` uses): made in a
 * temporary directory, started on a free port, and stopped and started again at will — to take
 * the database away from a running instance and give it back. Needs the `postgres` user and root
 * (as on the CI machine); `available` says whether this machine has them.
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { freePort } from "./server.ts";

const versions = existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql").sort((a, b) => Number(a) - Number(b)) : [];
const bin = versions.length > 0 ? join("/usr/lib/postgresql", versions.at(-1) ?? "", "bin") : "";

const postgresUid = (() => {
  try {
    return Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  } catch {
    return undefined;
  }
})();

export const available = bin !== "" && existsSync(join(bin, "initdb")) && userInfo().uid === 0 && postgresUid !== undefined;

export interface Cluster {
  url: string;
  stop: () => void;
  start: () => void;
  remove: () => void;
}

const asPostgres = (command: string) => execFileSync("su", ["postgres", "-c", command], { stdio: "ignore" });

export async function startCluster(): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), "nara-pgc-"));
  chownSync(dir, postgresUid ?? 0, 0);
  const port = await freePort();
  asPostgres(`'${bin}/initdb' -D '${dir}/data' -A trust -U postgres`);
  const start = () => {
    asPostgres(`'${bin}/pg_ctl' -D '${dir}/data' -o '-p ${String(port)} -k /tmp -c listen_addresses=127.0.0.1' -l '${dir}/server.log' -w start`);
  };
  const stop = () => {
    asPostgres(`'${bin}/pg_ctl' -D '${dir}/data' -m fast -w stop`);
  };
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${String(port)}/postgres`,
    stop,
    start,
    remove: () => {
      try {
        stop();
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
