import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
for (const path of process.argv.slice(2)) {
  await page.goto(`http://127.0.0.1:4500${path}`);
  const r = await page.evaluate(() => {
    const out = [];
    for (const e of document.querySelectorAll("body *")) { if (e.closest("details:not([open]) > :not(summary)")) continue; const b = e.getBoundingClientRect(); if (b.right > document.documentElement.clientWidth + 0.5 && b.width > 0) out.push(`${e.tagName}.${e.className} right=${Math.round(b.right)} "${(e.textContent||"").trim().slice(0,40)}"`); }
    return [document.documentElement.scrollWidth - document.documentElement.clientWidth, out.slice(0, 6)];
  });
  console.log(path, JSON.stringify(r));
}
await browser.close();
