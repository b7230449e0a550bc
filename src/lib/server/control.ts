/**
 * The server's control socket: with the embedded database one process at a time can open the
 * data directory, so while the server runs, the operator's commands (staff accounts, purge,
 * follow-up, backup) are run inside it. A Unix socket in the data directory, readable and
 * writable by the server's own user only (0600), that takes one JSON request — a command, its
 * arguments and input — and answers its lines and exit code. Nothing listens on the network.
 */
import { chmodSync, existsSync, unlinkSync } from "node:fs";
import { createServer, request } from "node:http";
import { join, resolve } from "node:path";
import { z } from "zod";

export const controlSocketPath = (dataDir: string): string => join(resolve(dataDir), "control.sock");

export const ControlRequest = z.strictObject({
  command: z.string().max(40),
  args: z.array(z.string().max(1000)).max(50),
  input: z.strictObject({ password: z.string().max(1000).optional() }),
});
export type ControlRequest = z.infer<typeof ControlRequest>;

export interface ControlAnswer {
  code: number;
  lines: string[];
}

/** Listens on the socket; `run` answers each request. Resolves with a function that closes it. */
export async function serveControl(path: string, run: (request: ControlRequest) => Promise<ControlAnswer>): Promise<() => Promise<void>> {
  // A socket file left by a server that is gone (a crash) would stop the listen.
  if (existsSync(path) && !(await answers(path))) unlinkSync(path);
  const server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
      if (body.length > 100_000) req.destroy();
    });
    req.on("end", () => {
      const reply = (answer: ControlAnswer) => {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(JSON.stringify(answer));
      };
      let parsed: ControlRequest;
      try {
        parsed = ControlRequest.parse(JSON.parse(body));
      } catch {
        reply({ code: 2, lines: ["Not a command request."] });
        return;
      }
      run(parsed).then(reply, (error: unknown) => {
        reply({ code: 1, lines: [`The command failed in the server: ${error instanceof Error ? error.message : String(error)}`] });
      });
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(path, () => {
      ok();
    });
  });
  chmodSync(path, 0o600);
  return () =>
    new Promise((ok) => {
      server.close(() => {
        ok();
      });
      server.closeAllConnections();
    });
}

function post(path: string, body: string, timeoutMs: number): Promise<ControlAnswer | undefined> {
  return new Promise((done) => {
    const req = request({ socketPath: path, path: "/", method: "POST", headers: { "Content-Type": "application/json" }, timeout: timeoutMs }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => {
        try {
          done(JSON.parse(text) as ControlAnswer);
        } catch {
          done(undefined);
        }
      });
    });
    // No server there (no socket, or one left by a process that is gone): undefined.
    req.on("error", () => {
      done(undefined);
    });
    req.on("timeout", () => req.destroy());
    req.end(body);
  });
}

/** Whether a server answers on the socket. */
const answers = async (path: string) => (await post(path, "{}", 2000)) !== undefined;

/** Asks the running server to run a command; undefined when no server listens there. */
export async function askServer(path: string, request: ControlRequest): Promise<ControlAnswer | undefined> {
  if (!existsSync(path)) return undefined;
  // Some commands (a year of follow-up history, a backup) take a while.
  return post(path, JSON.stringify(request), 30 * 60_000);
}
