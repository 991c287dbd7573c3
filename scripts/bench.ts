/**
 * `npm run bench`: prints what the app costs a phone, not a test. Bytes
 * (gzip) of the production build beside a floor built by the same Vite in
 * this run from the same runtime libraries, and Lighthouse mobile scores
 * (median of three runs) for the start page and a result page, in Debian's
 * Chromium.
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
import { model } from '../tests/support/model.ts';
import { BUDGET, type BuildSize, buildApp, measureBuild, measureFloor, ROOT } from './build-size.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = 3;
const PORT = Number(process.env.BENCH_PORT ?? 4312);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

function printSizes(app: BuildSize, floor: BuildSize) {
  const row = (name: string, ours: number, least: number, budget: number) => {
    const ratio = ours / least;
    console.log(
      `${name.padEnd(22)} ${String(ours).padStart(8)} B (${kb(ours)})  floor ${String(least).padStart(8)} B  ` +
        `ratio ${ratio.toFixed(3)} (budget <= ${budget.toFixed(2)}: ${ratio <= budget ? 'met' : 'NOT met'})`,
    );
  };
  console.log('Bytes, gzip level 9');
  row('start page loads', app.startPage, floor.startPage, BUDGET.startPage);
  row('all JS and CSS', app.all, floor.all, BUDGET.all);
  console.log(`${'pictures (SVG)'.padEnd(22)} ${String(app.pictures).padStart(8)} B, loaded only where shown`);
  console.log(`start page files: ${app.startFiles.join(', ')}`);
}

/** A share link to the result of the last rule, the broadest one, through the shortest path to it. */
function resultPath(): string {
  const journey = shortestPathsToRules(model).at(-1);
  if (!journey) throw new Error('no rule can be reached');
  return `/?${writeAnswers(model, replay(model, journey.events).context.answers)}`;
}

interface Scores {
  readonly scores: Record<string, number>;
  /** Audits that lost points in any run, to say what to fix. */
  readonly failing: readonly string[];
}

async function lighthouseScores(url: string, port: number): Promise<Scores> {
  const runs: Record<string, number>[] = [];
  const failing = new Set<string>();
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const lhr = result?.lhr;
    const categories = lhr?.categories ?? {};
    runs.push(Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? Number.NaN) * 100)])));
    for (const category of Object.values(categories)) {
      for (const ref of category.auditRefs) {
        const audit = lhr?.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9)
          failing.add(`${category.id}/${ref.id}`);
      }
    }
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r[c] ?? Number.NaN))]));
  return { scores, failing: [...failing] };
}

async function main() {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    await buildApp(outDir);
    printSizes(measureBuild(outDir), await measureFloor());

    const server = await preview({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir },
      preview: { host: '127.0.0.1', port: PORT, strictPort: true },
    });
    const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: [...CHROMIUM_ARGS] });
    try {
      console.log(
        `\nLighthouse ${RUNS}x, mobile (default settings), median; goals: 100 a11y, best practices, SEO; >= 98 performance`,
      );
      for (const [name, path] of [
        ['start page', '/'],
        ['result page', resultPath()],
      ] as const) {
        const { scores, failing } = await lighthouseScores(`http://127.0.0.1:${PORT}${path}`, chrome.port);
        console.log(`${name.padEnd(12)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}  (${path})`);
        if (failing.length > 0) console.log(`${''.padEnd(12)} losing points: ${failing.join(', ')}`);
      }
    } finally {
      chrome.kill();
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
