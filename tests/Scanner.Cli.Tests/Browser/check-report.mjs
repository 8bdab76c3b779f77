// Opens a latticescan HTML report in Debian's Chromium (headless) and prints what a reader would see, as JSON:
// console errors, page errors, any request that is not file: or data: (the report must fetch nothing), the
// drawn sharing graphs, and the number of findings shown after each filter. Usage:
//   node check-report.mjs REPORT.html SCREENSHOT.png
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [report, screenshot] = process.argv.slice(2);
if (!report || !screenshot) {
  console.error("usage: node check-report.mjs REPORT.html SCREENSHOT.png");
  process.exit(2);
}
const profile = mkdtempSync(join(tmpdir(), "latticescan-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
const result = { consoleErrors: [], pageErrors: [], externalRequests: [], filters: {} };
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.on("console", m => { if (m.type() === "error") result.consoleErrors.push(m.text()); });
  page.on("pageerror", e => result.pageErrors.push(String(e)));
  page.on("request", r => { if (!/^(file|data):/.test(r.url())) result.externalRequests.push(r.url()); });
  await page.goto(pathToFileURL(resolve(report)).href, { waitUntil: "load" });

  const rows = () => page.locator("#findings-body tr.finding").count();
  result.rowsInitial = await rows();
  result.shownCount = await page.locator("#shown-count").textContent();
  result.graphs = await page.locator("svg.sharing-graph").count();
  result.nodes = await page.locator("svg.sharing-graph g.node").count();
  result.edges = await page.locator("svg.sharing-graph g.edge").count();
  result.flaggedNodes = await page.locator("svg.sharing-graph g.node.flagged").count();
  result.flaggedEdges = await page.locator("svg.sharing-graph g.edge.flagged").count();
  result.outsideNodes = await page.locator("svg.sharing-graph g.node.outside").count();
  result.graphSizes = await page.locator("svg.sharing-graph").evaluateAll(svgs => svgs.map(s => {
    const b = s.getBBox(); return { width: b.width, height: b.height };
  }));
  await page.screenshot({ path: screenshot, fullPage: true });

  for (const severity of ["critical", "high", "medium", "low", "info"]) {
    await page.selectOption("#filter-severity", severity);
    result.filters["severity>=" + severity] = await rows();
  }
  await page.selectOption("#filter-severity", "info");
  for (const account of await page.locator("#filter-account option").evaluateAll(o => o.map(x => x.value).filter(v => v))) {
    await page.selectOption("#filter-account", account);
    result.filters["account=" + account] = await rows();
  }
  await page.selectOption("#filter-account", "");
  for (const rule of await page.locator("#filter-rule option").evaluateAll(o => o.map(x => x.value).filter(v => v))) {
    await page.selectOption("#filter-rule", rule);
    result.filters["rule=" + rule] = await rows();
  }
  await page.selectOption("#filter-rule", "");
  await page.fill("#filter-text", "999999999999");
  result.filters["text=999999999999"] = await rows();
  await page.fill("#filter-text", "");
  for (const by of ["severity", "account", "rule"]) {
    await page.selectOption("#group-by", by);
    result.filters["groups:" + by] = await page.locator("#findings-body tr.group").count();
  }
  await page.uncheck("#filter-suppressed");
  result.filters["unsuppressed"] = await rows();
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
