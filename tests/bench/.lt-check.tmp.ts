import { chromium } from "playwright-core";
(async () => {
  const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const p = await b.newPage();
  await p.setContent("<p>x</p>");
  await p.evaluate(`(() => { window.lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.lt.push(e.duration); }).observe({ type: "longtask" }); })()`);
  await p.evaluate(`setTimeout(() => { const t = performance.now(); while (performance.now() - t < 150) {} }, 10)`);
  await new Promise((r) => setTimeout(r, 500));
  console.log(await p.evaluate(`window.lt`));
  await b.close();
})();
