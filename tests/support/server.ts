/** The built server (`node scripts/serve.ts`) started for a test, on a free port, with its own environment. */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";

export interface RunningServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
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

export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  if (!existsSync("dist/server/entry.mjs")) throw new Error("The site is not built: run `npm run build` first (npm test does).");
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["scripts/serve.ts"], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", HOST: "127.0.0.1", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
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
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners("exit");
        child.once("exit", () => {
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}
