/**
 * Bytes a phone downloads, measured on a production build: gzip size of all
 * its JavaScript and CSS, and of what the start page loads before it can be
 * used (entry scripts, module preloads, stylesheets named in index.html).
 * Also builds the floor: the smallest app with the same runtime libraries.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const ROOT = join(import.meta.dirname, '..');

/**
 * The byte budgets `npm test` holds the build to, as multiples of the floor
 * built in the same run (so a new React or XState moves both): what the start
 * page loads; the whole build's code, that is all its JavaScript and CSS
 * without the compiled rules (the content, which the floor does not have);
 * and all JavaScript and CSS, content included. Raise one only on purpose,
 * with the reason in the same commit; `npm run bench` prints today's figures
 * beside the floor.
 *
 * All JS and CSS was 1.33 of the floor before version 2 of the clinical
 * model; its eight longer articles, four more regions, "what to do now"
 * lists and the labelled body map (content the floor does not have) took it
 * to 1.41 (131,546 bytes against 93,122), so its budget is 1.45. The code
 * alone is 1.21; the start page, which the person waits for, 1.08.
 */
export const BUDGET = { startPage: 1.1, code: 1.4, all: 1.45 } as const;

export interface BuildSize {
  /** gzip bytes of every .js and .css file the pages load (not the service worker). */
  readonly all: number;
  /** gzip bytes of the service worker, which the browser fetches in the background after the first page. */
  readonly serviceWorker: number;
  /** gzip bytes of what index.html loads up front. */
  readonly startPage: number;
  /** The files index.html loads up front, relative to the build folder. */
  readonly startFiles: readonly string[];
  /** gzip bytes of the pictures (.svg) in the build, which load only where shown. */
  readonly pictures: number;
}

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The service worker vite-plugin-pwa writes: Workbox's code and the list of files, run by the browser, not a page. */
const SERVICE_WORKER = 'sw.js';

/** Whether a file of the build is code or styles a page loads. */
const isPageCode = (dir: string, file: string) => /\.(js|css)$/.test(file) && relative(dir, file) !== SERVICE_WORKER;

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** What index.html in `dir` loads before the page can run: module scripts, preloads, stylesheets. */
export function startPageFiles(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const tags = [...html.matchAll(/<(script|link)\b[^>]*>/g)].map((m) => m[0]);
  const loaded = tags.flatMap((tag) => {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    const loads = tag.startsWith('<script') || /rel="(modulepreload|stylesheet)"/.test(tag);
    return url && loads && !/^[a-z]+:/i.test(url) ? [url.replace(/^\//, '')] : [];
  });
  // The first script (src/boot.ts) loads the app once the page has painted: Vite lists what that takes.
  const started = loaded
    .filter((file) => file.endsWith('.js'))
    .flatMap((file) => {
      const deps = /__vite__mapDeps=.*?m\.f=\[([^\]]*)\]/.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '';
      return [...deps.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
    });
  return [...new Set([...loaded, ...started])];
}

/** One built file: its gzip bytes in all, and split into the app's code and the compiled rules it carries. */
export interface FileSize {
  readonly file: string;
  readonly all: number;
  readonly code: number;
  readonly content: number;
}

/**
 * The build's JavaScript and CSS split into the app's own code and its
 * content: the compiled rules, which the rules plugin puts in the chunks as
 * JSON strings (`virtual:triage-model`, `virtual:triage-content`).
 */
export interface CodeAndContent {
  /** gzip bytes of every .js and .css file with the rules' JSON strings taken out. */
  readonly code: number;
  /** gzip bytes of each JSON string the rules plugin emitted, as it stands in its chunk, gzipped on its own. */
  readonly content: number;
  /** Per file, largest first. */
  readonly files: readonly FileSize[];
}

/**
 * How a minifier may write the string literal holding `json` (the plugin
 * emits `JSON.parse("...")`): a template literal, or double or single quotes.
 */
function literalForms(json: string): string[] {
  const escaped = json.replace(/\\/g, '\\\\');
  return [
    `\`${escaped.replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``,
    JSON.stringify(json),
    `'${escaped.replace(/'/g, "\\'")}'`,
  ];
}

/**
 * Splits the JS and CSS of the build in `dir` into code and content, given
 * the values the rules plugin serves (the compiled model and content, as
 * `loadRulesDir` gives them). Fails if one cannot be found in the build.
 */
export function measureCodeAndContent(dir: string, served: readonly unknown[]): CodeAndContent {
  const wanted = served.map((value) => literalForms(JSON.stringify(value)));
  const found = wanted.map(() => false);
  const files = filesIn(dir)
    .filter((f) => isPageCode(dir, f))
    .map((path) => {
      let text = readFileSync(path, 'utf8');
      let content = 0;
      wanted.forEach((forms, i) => {
        const literal = forms.find((form) => text.includes(form));
        if (literal === undefined) return;
        found[i] = true;
        content += gzipSync(literal, { level: 9 }).length;
        text = text.replace(literal, '""');
      });
      return { file: relative(dir, path), all: gzipped(path), code: gzipSync(text, { level: 9 }).length, content };
    })
    .sort((a, b) => b.all - a.all);
  const missing = found.flatMap((f, i) => (f ? [] : [i]));
  if (missing.length > 0) {
    throw new Error(
      `the compiled rules (value ${missing.join(', ')}) are not in the build as a string literal; ` +
        'has the rules plugin or the minifier changed how it writes them? (see literalForms in scripts/build-size.ts)',
    );
  }
  const sum = (key: 'code' | 'content') => files.reduce((total, f) => total + f[key], 0);
  return { code: sum('code'), content: sum('content'), files };
}

/** Measures the production build in `dir`. */
export function measureBuild(dir: string): BuildSize {
  const files = filesIn(dir);
  const sum = (list: readonly string[]) => list.reduce((total, file) => total + gzipped(file), 0);
  const startFiles = startPageFiles(dir);
  return {
    all: sum(files.filter((f) => isPageCode(dir, f))),
    serviceWorker: sum(files.filter((f) => relative(dir, f) === SERVICE_WORKER)),
    startPage: sum(startFiles.map((f) => join(dir, f))),
    startFiles,
    pictures: sum(files.filter((f) => f.endsWith('.svg') && relative(dir, f) !== 'favicon.svg')),
  };
}

/**
 * Runs a production build even inside a test runner, which sets NODE_ENV to
 * "test" and would otherwise get React's larger development build.
 */
async function productionBuild(config: Parameters<typeof build>[0]): Promise<void> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ ...config, mode: 'production', logLevel: 'silent' });
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}

/** Builds the app with the project's own Vite config into `outDir`. */
export async function buildApp(outDir: string): Promise<void> {
  await productionBuild({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), build: { outDir, emptyOutDir: true } });
}

/** The floor's one page: a machine, a form and a render, nothing of ours. */
const FLOOR_MAIN = `
import { useMachine } from '@xstate/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import { assign, setup } from 'xstate';

const machine = setup({ types: { context: {} as { answer: string } } }).createMachine({
  context: { answer: '' },
  initial: 'asking',
  states: { asking: { on: { submit: { target: 'done', actions: assign({ answer: ({ event }) => event.answer }) } } }, done: {} },
});

function App() {
  const [state, send] = useMachine(machine);
  const { register, handleSubmit } = useForm<{ answer: string }>();
  if (state.matches('done')) return <p>{state.context.answer}</p>;
  return (
    <form onSubmit={handleSubmit((v) => send({ type: 'submit', answer: v.answer }))}>
      <input {...register('answer', { required: true })} />
      <button type="submit">Continue</button>
    </form>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
`;

/**
 * Builds the floor in a temporary folder under node_modules (so it finds the
 * same libraries) with the same Vite and target, and measures it.
 */
export async function measureFloor(): Promise<BuildSize> {
  const floor = await buildFloor();
  try {
    return measureBuild(floor.outDir);
  } finally {
    floor.remove();
  }
}

/** The floor's production build, in a temporary folder the caller removes when done with it. */
export async function buildFloor(): Promise<{
  readonly root: string;
  readonly outDir: string;
  readonly remove: () => void;
}> {
  const base = join(ROOT, 'node_modules', '.cache');
  mkdirSync(base, { recursive: true });
  const root = mkdtempSync(join(base, 'floor-'));
  const remove = () => rmSync(root, { recursive: true, force: true });
  try {
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>floor</title></head><body><div id="root"></div><script type="module" src="/main.tsx"></script></body></html>',
    );
    writeFileSync(join(root, 'main.tsx'), FLOOR_MAIN);
    const outDir = join(root, 'dist');
    await productionBuild({
      root,
      configFile: false,
      plugins: [react()],
      build: { outDir, target: 'es2022' },
    });
    return { root, outDir, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/** What the service worker precaches, and what a first visit downloads because of it. */
export interface Precache {
  /** Raw bytes of the files in the service worker's list, as Workbox counts them. */
  readonly raw: number;
  /** Raw bytes of the build's JS, CSS, HTML and pictures, for comparison. */
  readonly rawBuild: number;
  /** gzip bytes a first visit downloads: the start page, then the service worker and every file it lists. */
  readonly firstVisit: number;
}

/** Reads the list of files in the service worker of the build in `dir`. */
export function measurePrecache(dir: string): Precache {
  const worker = readFileSync(join(dir, SERVICE_WORKER), 'utf8');
  const listed = [...new Set([...worker.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1] as string))];
  if (listed.length === 0)
    throw new Error(`no precache list in ${SERVICE_WORKER}: has vite-plugin-pwa changed how it writes it?`);
  const raw = (file: string) => statSync(join(dir, file)).size;
  const built = filesIn(dir)
    .map((f) => relative(dir, f))
    .filter((f) => /\.(js|css|html|svg|png|ico)$/.test(f) && f !== SERVICE_WORKER);
  const downloaded = new Set([...startPageFiles(dir), 'index.html', SERVICE_WORKER, ...listed]);
  return {
    raw: listed.reduce((total, file) => total + raw(file), 0),
    rawBuild: built.reduce((total, file) => total + raw(file), 0),
    firstVisit: [...downloaded].reduce((total, file) => total + gzipped(join(dir, file)), 0),
  };
}
