/**
 * Debian's nginx in front of the instances of a test, with the project's own site file
 * (deploy/nginx/nara.conf) and a main file of the test's: everything in a temporary directory,
 * in the foreground, stopped with the test. `available` says whether this machine has nginx.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { freePort } from "./server.ts";

const NGINX = "/usr/sbin/nginx";
export const available = existsSync(NGINX);

export interface Proxy {
  url: string;
  stop: () => Promise<void>;
  log: () => string;
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => {
      resolve(false);
    });
  });

export async function startNginx(ports: [number, number]): Promise<Proxy> {
  const dir = mkdtempSync(join(tmpdir(), "nara-nginx-"));
  mkdirSync(join(dir, "tmp"));
  const port = await freePort();
  const site = readFileSync("deploy/nginx/nara.conf", "utf8").replace("{{PORT_A}}", String(ports[0])).replace("{{PORT_B}}", String(ports[1])).replace("{{LISTEN}}", `127.0.0.1:${String(port)}`);
  writeFileSync(join(dir, "nara.conf"), site);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `${t}_temp_path ${join(dir, "tmp", t)};`).join(" ");
  writeFileSync(
    join(dir, "nginx.conf"),
    `${userInfo().uid === 0 ? "user root root;\n" : ""}worker_processes 1;\ndaemon off;\npid ${join(dir, "nginx.pid")};\nerror_log ${join(dir, "error.log")} warn;\nevents { worker_connections 1024; }\nhttp { access_log off; ${temp} include ${join(dir, "nara.conf")}; }\n`,
  );
  const child = spawn(NGINX, ["-p", dir, "-e", join(dir, "error.log"), "-c", join(dir, "nginx.conf")], { stdio: "ignore" });
  for (let i = 0; i < 100 && !(await listening(port)); i++) await new Promise((r) => setTimeout(r, 50));
  if (!(await listening(port))) throw new Error(`nginx did not start: ${readFileSync(join(dir, "error.log"), "utf8")}`);
  return {
    url: `http://127.0.0.1:${String(port)}`,
    log: () => (existsSync(join(dir, "error.log")) ? readFileSync(join(dir, "error.log"), "utf8") : ""),
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill("SIGQUIT");
      }),
  };
}
