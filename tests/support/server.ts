/** The built server (`node scripts/serve.ts`) started for a test, on a free port, with its own environment. */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";

export interface RunningServer {
  url: string;
  output: () => string;
  /** SIGTERM, then the exit code. */
  stop: () => Promise<number | null>;
  /** Sends a signal without waiting. */
  signal: (name: NodeJS.Signals) => void;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => {
        if (typeof address === "object" && address) resolve(address.port);
        else reject(new Error("no port"));
      });
    });
  });
}

/**
 * Starts the built server; resolves once it is ready (it says it is listening), or with
 * `{ untilReady: false }` as soon as the process has been spawned (to watch it start).
 */
export async function startServer(env: Record<string, string>, { untilReady = true, port: chosen }: { untilReady?: boolean; port?: number } = {}): Promise<RunningServer> {
  if (!existsSync("dist/server/entry.mjs")) throw new Error("The site is not built: run `npm run build` first (npm test does).");
  const port = chosen ?? (await freePort());
  const child: ChildProcess = spawn(process.execPath, ["scripts/serve.ts"], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", HOST: "127.0.0.1", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (untilReady) await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`The server did not start:\n${output}`));
    }, 60_000);
    const check = () => {
      if (output.includes("is listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${String(code)}):\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${String(port)}`,
    output: () => output,
    stop: () => {
      child.kill("SIGTERM");
      return exited;
    },
    signal: (name) => child.kill(name),
    exited,
  };
}
