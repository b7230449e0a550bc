/**
 * The ALTCHA widget, loaded when a form needs it: the custom element, the proof-of-work
 * worker served from this site (CSP: worker-src 'self'), and the status line under each widget.
 */
import "altcha/external";
import workerUrl from "altcha/workers/pbkdf2?url";

globalThis.$altcha.algorithms.set("PBKDF2/SHA-256", () => new Worker(workerUrl));

for (const widget of document.querySelectorAll<HTMLElement>("altcha-widget")) {
  const status = widget.parentElement?.querySelector<HTMLElement>("[data-human-status]");
  if (!status) continue;
  status.textContent = widget.dataset["checking"] ?? "";
  widget.addEventListener("statechange", (event) => {
    const state = (event as CustomEvent<{ state: string }>).detail.state;
    if (state === "verified") status.textContent = widget.dataset["checked"] ?? "";
    // On failure nothing is said: the form still works, through the slower no-JavaScript path.
    if (state === "error" || state === "expired") status.textContent = "";
  });
}
