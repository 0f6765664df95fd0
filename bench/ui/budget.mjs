// Front-end budget for the Pilotboard overview page. Builds nothing: point it at a running server.
//
//   cd bench/ui && npm install && BASE_URL=http://localhost:8080 node budget.mjs
//
// Measures
//   (a) the total gzip size of the JavaScript the overview page loads (each script fetched and
//       gzipped here, level 9, so the figure does not depend on the server's compression);
//   (b) Lighthouse desktop performance and accessibility scores of the overview.
// Env: BASE_URL (default http://localhost:8080), CHROME_PATH (default /usr/bin/chromium),
//      PAGE (default /), RUNS (Lighthouse runs, median taken; default 1).
// Exits 1 when a target is missed (pass --no-fail to always exit 0).
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');
const PAGE = process.env.PAGE || '/';
const RUNS = Math.max(1, Number(process.env.RUNS || 1));
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
  '--no-first-run', '--disable-component-update', '--disable-sync',
];
const TARGETS = { jsGzipKb: 300, performance: 90, accessibility: 95 };
const noFail = process.argv.includes('--no-fail');

async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
      desktopConfig,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function gzipSizeOf(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} -> ${res.status}`);
  const buf = Buffer.from(await res.arrayBuffer());
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

async function main() {
  const url = `${BASE_URL}${PAGE}`;
  const ping = await fetch(url).catch((e) => e);
  if (!(ping instanceof Response) || !ping.ok) {
    console.error(`Cannot reach ${url}: ${ping instanceof Response ? ping.status : ping.message}`);
    process.exit(2);
  }

  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(url));
  const perf = median(runs.map((r) => Math.round((r.categories.performance.score ?? 0) * 100)));
  const a11y = median(runs.map((r) => Math.round((r.categories.accessibility.score ?? 0) * 100)));
  const lhr = runs[0];

  // the scripts the page loaded, from Lighthouse's network log
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const scripts = [...new Set(requests.filter((r) => r.resourceType === 'Script' && r.url.startsWith(BASE_URL)).map((r) => r.url))];
  const sizes = await Promise.all(scripts.map(async (u) => ({ url: u, ...(await gzipSizeOf(u)) })));
  const jsGzip = sizes.reduce((a, s) => a + s.gzip, 0) / 1024;
  const jsRaw = sizes.reduce((a, s) => a + s.raw, 0) / 1024;

  const m = (id) => lhr.audits[id]?.displayValue ?? '—';
  const rows = [
    ['Overview JS (gzip, sum)', `${jsGzip.toFixed(1)} KB`, `≤ ${TARGETS.jsGzipKb} KB`, jsGzip <= TARGETS.jsGzipKb],
    ['Lighthouse performance (desktop)', String(perf), `≥ ${TARGETS.performance}`, perf >= TARGETS.performance],
    ['Lighthouse accessibility', String(a11y), `≥ ${TARGETS.accessibility}`, a11y >= TARGETS.accessibility],
  ];
  const w = [34, 12, 10];
  const line = (c) => `| ${c[0].padEnd(w[0])} | ${c[1].padStart(w[1])} | ${c[2].padStart(w[2])} | ${c[3]} |`;
  console.log(`\nPilotboard UI budget — ${url}${RUNS > 1 ? ` (median of ${RUNS} Lighthouse runs)` : ''}\n`);
  console.log(line(['metric', 'measured', 'target', 'ok  ']));
  console.log(`|${'-'.repeat(w[0] + 2)}|${'-'.repeat(w[1] + 2)}|${'-'.repeat(w[2] + 2)}|------|`);
  for (const r of rows) console.log(line([r[0], r[1], r[2], r[3] ? 'yes ' : 'NO  ']));
  console.log(`\nScripts (${sizes.length}, ${jsRaw.toFixed(1)} KB raw):`);
  for (const s of sizes.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${(s.gzip / 1024).toFixed(1).padStart(7)} KB  ${s.url.replace(BASE_URL, '')}`);
  console.log(`\nLighthouse metrics: FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}, SI ${m('speed-index')}`);
  const a11yFails = Object.values(lhr.audits).filter((a) => lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score === 0);
  if (a11yFails.length) console.log(`Accessibility audits failing: ${a11yFails.map((a) => a.id).join(', ')}`);

  const ok = rows.every((r) => r[3]);
  if (!ok && !noFail) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
