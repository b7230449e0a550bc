/** The staff view's Swedish words for a thread's status and way of answering. */
import type { ContactMode, ThreadStatus } from "../messages/store.ts";

export const STATUS_TEXT: Record<ThreadStatus, string> = {
  new: "Nytt",
  answered: "Besvarat",
  waiting: "Nytt svar från invånaren",
  handled: "Klart",
};

export const MODE_TEXT: Record<ContactMode, string> = {
  code: "Kod (anonymt)",
  phone: "Telefon",
  email: "E-post",
};
