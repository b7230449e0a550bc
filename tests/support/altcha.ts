/** Solving ALTCHA challenges in tests, as the widget does in a browser (same library, same algorithm). */
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import type { Challenge } from "altcha-lib/types";

export async function solvedPayload(baseUrl: string): Promise<string> {
  const challenge = (await (await fetch(new URL("/api/altcha/challenge", baseUrl))).json()) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error("The challenge was not solved in time.");
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}
