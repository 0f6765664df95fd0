// Timeline render figures of a running Pilotboard (builds nothing), meant for the national scale
// (about 12,000 tasks: load it with bench/perf's load.sql, see README.md):
//
//   cd bench/ui && npm install && BASE_URL=http://localhost:8080 node timeline.mjs
//
// Measures, in Debian's Chromium at 1440×900, over RUNS fresh page loads (median and worst):
//   (a) first render: from the end of the timeline API response to the first paint of the Gantt
//       (the page's `pb:gantt-rendered` mark): JSON parse, rows, groups and the rows in view;
//   (b) the API response itself and the whole load (navigation start to the mark), for context;
//   (c) expanding every group (all tasks as rows) and switching to the one-quarter zoom: time to the
//       next paint;
//   (d) scrolling the expanded chart 240 frames down: frame times (median, 95th percentile, frames
//       over 50 ms) and the rows in the page.
// Env: BASE_URL (default http://localhost:8080), CHROME_PATH (default /usr/bin/chromium),
//      PAGE (default /timeline), RUNS (default 3), LANG_UI (zh-CN or en; default zh-CN).
// Exits 1 when the first render misses its target (1000 ms; pass --no-fail to always exit 0).
import puppeteer from 'puppeteer-core';

const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');
const PAGE = process.env.PAGE || '/timeline';
const RUNS = Math.max(1, Number(process.env.RUNS || 3));
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const LANG_UI = process.env.LANG_UI || 'zh-CN';
const TARGET_FIRST_RENDER_MS = 1000;
const noFail = process.argv.includes('--no-fail');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ms = (v) => `${Math.round(v)} ms`;

/** The time from an action in the page to its next paint. */
const toNextPaint = (fn) =>
  `(async () => { const t = performance.now(); (${fn})(); await new Promise((r) => requestAnimationFrame(() => setTimeout(r))); return performance.now() - t; })()`;

async function oneRun(browser) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1440, height: 900 });
  await page.evaluateOnNewDocument((lang) => localStorage.setItem('pilotboard.locale', lang), LANG_UI);
  await page.goto(`${BASE_URL}${PAGE}`, { waitUntil: 'load' });
  await page.waitForSelector('.gantt[data-ready="true"]', { timeout: 120_000 });
  const t = await page.evaluate(() => {
    const mark = performance.getEntriesByName('pb:gantt-rendered')[0];
    const api = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/api/v1/dashboard/timeline'))
      .pop();
    return {
      mark: mark.startTime,
      apiStart: api?.requestStart ?? api?.startTime ?? 0,
      apiEnd: api?.responseEnd ?? 0,
      apiBytes: api?.decodedBodySize ?? 0,
      rowsInPage: document.querySelectorAll('li.grow').length,
      groups: document.querySelectorAll('li.grow--group').length,
      shown: document.querySelector('[role="status"]')?.textContent?.trim() ?? '',
    };
  });
  // expand every group, then scroll
  const expand = await page.evaluate(
    toNextPaint(
      "() => [...document.querySelectorAll('.gantt-tools button')].find((b) => /全部展开|Expand all/.test(b.textContent))?.click()",
    ),
  );
  const scroll = await page.evaluate(async () => {
    const body = document.querySelector('.gantt-body');
    const frames = [];
    let last = performance.now();
    for (let i = 0; i < 240; i++) {
      body.scrollTop += 400;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    return { frames, rowsInPage: document.querySelectorAll('li.grow').length, height: body.scrollHeight };
  });
  const zoom = await page.evaluate(
    toNextPaint(
      "() => [...document.querySelectorAll('.seg__btns button')].find((b) => /一季度|One quarter/.test(b.textContent))?.click()",
    ),
  );
  await page.close();
  return {
    firstRender: t.mark - t.apiEnd,
    api: t.apiEnd - t.apiStart,
    apiBytes: t.apiBytes,
    load: t.mark,
    rowsFolded: t.rowsInPage,
    groups: t.groups,
    shown: t.shown,
    expand,
    zoom,
    frames: scroll.frames,
    rowsExpanded: scroll.rowsInPage,
    scrollHeight: scroll.height,
  };
}

async function main() {
  const ping = await fetch(`${BASE_URL}/api/v1/dashboard/timeline?limit=1`).catch((e) => e);
  if (!(ping instanceof Response) || !ping.ok) {
    console.error(`Cannot reach ${BASE_URL}: ${ping instanceof Response ? ping.status : ping.message}`);
    process.exit(2);
  }
  const { totalTasks } = await ping.json();
  const browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run'],
  });
  const runs = [];
  try {
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(browser));
  } finally {
    await browser.close();
  }
  const col = (k) => runs.map((r) => r[k]);
  const frames = runs.flatMap((r) => r.frames);
  const first = median(col('firstRender'));
  const rows = [
    ['First render (API response → first paint)', ms(first), ms(Math.max(...col('firstRender'))), `≤ ${TARGET_FIRST_RENDER_MS} ms`],
    ['Timeline API (request → response end)', ms(median(col('api'))), ms(Math.max(...col('api'))), ''],
    ['Whole load (navigation → first paint)', ms(median(col('load'))), ms(Math.max(...col('load'))), ''],
    ['Expand all groups (→ next paint)', ms(median(col('expand'))), ms(Math.max(...col('expand'))), ''],
    ['Zoom to one quarter (→ next paint)', ms(median(col('zoom'))), ms(Math.max(...col('zoom'))), ''],
    ['Scroll frame, median / p95', `${ms(median(frames))}`, `${ms(pct(frames, 0.95))}`, ''],
  ];
  const w = [44, 10, 10, 10];
  const line = (c) => `| ${c[0].padEnd(w[0])} | ${c[1].padStart(w[1])} | ${c[2].padStart(w[2])} | ${c[3].padStart(w[3])} |`;
  console.log(`\nPilotboard timeline render — ${BASE_URL}${PAGE}, ${totalTasks.toLocaleString('en')} tasks, ${LANG_UI}, ${RUNS} run(s)\n`);
  console.log(line(['metric', 'median', 'worst', 'target']));
  console.log(`|${'-'.repeat(w[0] + 2)}|${'-'.repeat(w[1] + 2)}|${'-'.repeat(w[2] + 2)}|${'-'.repeat(w[3] + 2)}|`);
  for (const r of rows) console.log(line(r));
  const r0 = runs[0];
  console.log(
    `\nShown: ${r0.shown}; API body ${(r0.apiBytes / 1e6).toFixed(1)} MB; group rows in view ${r0.groups}; ` +
      `rows in the page: ${r0.rowsFolded} folded, ${r0.rowsExpanded} expanded (of all tasks and groups); ` +
      `scroll height ${Math.round(r0.scrollHeight).toLocaleString('en')} px; ` +
      `scroll frames over 50 ms: ${frames.filter((f) => f > 50).length} of ${frames.length}`,
  );
  if (first > TARGET_FIRST_RENDER_MS && !noFail) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
