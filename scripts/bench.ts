/**
 * `npm run bench`: prints what the app costs a phone, not a test. Bytes
 * (gzip) of the production build beside a floor built by the same Vite in
 * this run from the same runtime libraries: what the start page loads, all
 * JS and CSS, and that split into the app's code and its content (the
 * compiled rules, which the floor does not have), with each file's share;
 * what the service worker precaches beside the raw build, and what a first
 * visit downloads; then Lighthouse mobile scores and paint times (median of
 * five runs, as Lighthouse's guide to variability advises: total blocking
 * time varies from run to run far more than the paints) for the start page, a
 * guidance page and a result page, in Debian's Chromium, beside the floor app
 * served in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/support/chromium.ts';
import { writeAnswers } from '../src/engine/answers-text.ts';
import { replay, shortestPathsToRules } from '../tests/support/machine-paths.ts';
import { content, model } from '../tests/support/model.ts';
import {
  BUDGET,
  type BuildSize,
  buildApp,
  buildFloor,
  type CodeAndContent,
  measureBuild,
  measureCodeAndContent,
  measurePrecache,
  type Precache,
  ROOT,
} from './build-size.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = 5;
const PORT = Number(process.env.BENCH_PORT ?? 4312);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

function printSizes(app: BuildSize, split: CodeAndContent, floor: BuildSize) {
  const bytes = (n: number) => `${String(n).padStart(8)} B (${kb(n).padStart(9)})`;
  const row = (name: string, ours: number, least: number, budget?: number) => {
    const ratio = ours / least;
    const verdict =
      budget === undefined ? '' : ` (budget <= ${budget.toFixed(2)}: ${ratio <= budget ? 'met' : 'NOT met'})`;
    console.log(
      `${name.padEnd(26)} ${bytes(ours)}  floor ${String(least).padStart(8)} B  ratio ${ratio.toFixed(3)}${verdict}`,
    );
  };
  console.log('Bytes, gzip level 9');
  row('start page loads', app.startPage, floor.startPage, BUDGET.startPage);
  row('all JS and CSS', app.all, floor.all, BUDGET.all);
  row('  code (without the rules)', split.code, floor.all, BUDGET.code);
  console.log(
    `${'  content (compiled rules)'.padEnd(26)} ${bytes(split.content)}  ${((100 * split.content) / app.all).toFixed(1)}% of all; ` +
      'the floor has none',
  );
  console.log(
    `${''.padEnd(26)} code + content, each gzipped apart: ${split.code + split.content} B ` +
      `(${split.code + split.content - app.all >= 0 ? '+' : ''}${split.code + split.content - app.all} B on all gzipped file by file)`,
  );
  console.log(`${'pictures (SVG)'.padEnd(26)} ${bytes(app.pictures)}, loaded only where shown`);
  console.log(
    `${'service worker'.padEnd(26)} ${bytes(app.serviceWorker)}, fetched in the background after the first page`,
  );
  console.log(`start page files: ${app.startFiles.join(', ')}`);
  console.log('\nEach JS and CSS file, largest first: all, code, content (gzip bytes)');
  for (const f of split.files) {
    const start = app.startFiles.includes(f.file) ? '  (start page)' : '';
    console.log(
      `  ${f.file.padEnd(40)} ${String(f.all).padStart(7)} ${String(f.code).padStart(7)} ${String(f.content).padStart(7)}${start}`,
    );
  }
}

/** A share link to the result of the last rule, the broadest one, through the shortest path to it. */
function resultPath(): string {
  const journey = shortestPathsToRules(model).at(-1);
  if (!journey) throw new Error('no rule can be reached');
  return `/?${writeAnswers(model, replay(model, journey.events).context.answers)}`;
}

interface Scores {
  readonly scores: Record<string, number>;
  /** Median largest and first contentful paint, in milliseconds (Lighthouse's simulated mobile). */
  readonly lcp: number;
  readonly fcp: number;
  /** Median cumulative layout shift. */
  readonly cls: number;
  /** Median total blocking time, in milliseconds: what most often keeps performance from 100. */
  readonly tbt: number;
  /** Audits that lost points in any run, to say what to fix. */
  readonly failing: readonly string[];
}

function printPrecache(precache: Precache) {
  console.log(
    `${'precache (raw)'.padEnd(26)} ${String(precache.raw).padStart(8)} B  build's JS, CSS, HTML and pictures ${precache.rawBuild} B  ratio ${(precache.raw / precache.rawBuild).toFixed(3)} (goal <= 1.50)`,
  );
  console.log(
    `${'first visit (gzip)'.padEnd(26)} ${String(precache.firstVisit).padStart(8)} B  (${kb(precache.firstVisit)}): the start page, then the service worker and all it keeps`,
  );
}

async function lighthouseScores(url: string, port: number): Promise<Scores> {
  const runs: Record<string, number>[] = [];
  const paints: { lcp: number; fcp: number; cls: number; tbt: number }[] = [];
  const failing = new Set<string>();
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const lhr = result?.lhr;
    const categories = lhr?.categories ?? {};
    runs.push(Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? Number.NaN) * 100)])));
    paints.push({
      lcp: lhr?.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      fcp: lhr?.audits['first-contentful-paint']?.numericValue ?? Number.NaN,
      cls: lhr?.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      tbt: lhr?.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    });
    for (const category of Object.values(categories)) {
      for (const ref of category.auditRefs) {
        const audit = lhr?.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9)
          failing.add(`${category.id}/${ref.id}`);
      }
    }
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r[c] ?? Number.NaN))]));
  return {
    scores,
    lcp: median(paints.map((p) => p.lcp)),
    fcp: median(paints.map((p) => p.fcp)),
    cls: median(paints.map((p) => p.cls)),
    tbt: median(paints.map((p) => p.tbt)),
    failing: [...failing],
  };
}

async function main() {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-'));
  const floor = await buildFloor();
  try {
    await buildApp(outDir);
    printSizes(measureBuild(outDir), measureCodeAndContent(outDir, [model, content]), measureBuild(floor.outDir));
    printPrecache(measurePrecache(outDir));

    const server = await preview({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir },
      preview: { host: '127.0.0.1', port: PORT, strictPort: true },
    });
    const floorServer = await preview({
      root: floor.root,
      configFile: false,
      logLevel: 'silent',
      build: { outDir: floor.outDir },
      preview: { host: '127.0.0.1', port: PORT + 1, strictPort: true },
    });
    const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: [...CHROMIUM_ARGS] });
    try {
      console.log(
        `\nLighthouse ${RUNS}x, mobile (default settings), median; goals: 100 in every category; the start page's LCP <= 0.75x the floor's`,
      );
      const least = await lighthouseScores(`http://127.0.0.1:${PORT + 1}/`, chrome.port);
      const paint = (ms: number, floorMs: number) => `${Math.round(ms)} ms (${(ms / floorMs).toFixed(2)}x the floor)`;
      console.log(
        `${'floor app'.padEnd(14)} performance ${least.scores.performance}; LCP ${Math.round(least.lcp)} ms, FCP ${Math.round(least.fcp)} ms, TBT ${Math.round(least.tbt)} ms`,
      );
      const article = Object.keys(content.articles)[0] ?? '';
      for (const [name, path] of [
        ['start page', '/'],
        ['guidance page', `/guidance/${article}`],
        ['result page', resultPath()],
      ] as const) {
        const { scores, lcp, fcp, cls, tbt, failing } = await lighthouseScores(
          `http://127.0.0.1:${PORT}${path}`,
          chrome.port,
        );
        console.log(`${name.padEnd(14)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}  (${path})`);
        console.log(
          `${''.padEnd(14)} LCP ${paint(lcp, least.lcp)}, FCP ${paint(fcp, least.fcp)}, CLS ${cls.toFixed(3)}, TBT ${Math.round(tbt)} ms`,
        );
        if (failing.length > 0) console.log(`${''.padEnd(14)} losing points: ${failing.join(', ')}`);
      }
    } finally {
      chrome.kill();
      await server.close();
      await floorServer.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    floor.remove();
  }
}

await main();
