/**
 * The receipt page after a message is sent (post/redirect/get): the form's answer is a redirect
 * to `/{locale}/contact/sent/?r=…`, the token sealing the receipt code, the unit and how the
 * writer asked to be answered. A reload shows the same code and sends nothing again. The code
 * is never readable in the address or the history, and the token opens for a short time only:
 * after that the page says to use the code one saved.
 */
import { z } from "zod";
import { openJson, sealText } from "../security/sealed.ts";

/** How long a receipt page shows its code, also on reload. */
export const RECEIPT_PAGE_MINUTES = 30;

export interface ReceiptPage {
  receipt: string;
  unitId: string;
  contactMode: "code" | "phone" | "email";
}

const Sealed = z.object({
  r: z.string().max(40),
  u: z.string().max(200),
  m: z.enum(["code", "phone", "email"]),
  x: z.number().int(),
});

export function sealReceiptPage(key: string, page: ReceiptPage, now: Date): string {
  const body = JSON.stringify({ r: page.receipt, u: page.unitId, m: page.contactMode, x: now.getTime() + RECEIPT_PAGE_MINUTES * 60_000 });
  return sealText(key, body, "random");
}

/** The receipt a token holds; `expired` when it did open but its time is over, undefined when it is not ours. */
export function openReceiptPage(key: string, token: string, now: Date): ReceiptPage | "expired" | undefined {
  const parsed = Sealed.safeParse(openJson(key, token));
  if (!parsed.success) return undefined;
  if (parsed.data.x < now.getTime()) return "expired";
  return { receipt: parsed.data.r, unitId: parsed.data.u, contactMode: parsed.data.m };
}
