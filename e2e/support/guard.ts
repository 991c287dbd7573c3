/**
 * What every page of every journey must keep to, checked around each test:
 * requests only to the page's own origin, no cookie, nothing in
 * localStorage but the region chosen, only the versioned answers in
 * sessionStorage, no Content-Security-Policy violation, no console error,
 * no uncaught error.
 */
import { type BrowserContext, expect, type Page } from '@playwright/test';
import { parseAnswers } from '../../src/engine/answers-text.ts';
import { model } from './shown-model.ts';

/** Keeps a URL in a message readable. */
const short = (url: string) => (url.length > 120 ? `${url.slice(0, 120)}…` : url);

interface Storage {
  readonly local: Record<string, string>;
  readonly session: Record<string, string>;
}

/** Watches a browser context from before its first page opens. */
export class Guard {
  readonly problems: string[] = [];
  private readonly pages: Page[] = [];

  private constructor(
    private readonly context: BrowserContext,
    private readonly origin: string,
  ) {}

  /** Starts watching `context`, whose pages should all be at `origin`. */
  static async watch(context: BrowserContext, origin: string): Promise<Guard> {
    const guard = new Guard(context, origin);
    await context.exposeBinding('reportPolicyViolation', (_source, text: string) => {
      guard.problems.push(`Content-Security-Policy violation: ${text}`);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { reportPolicyViolation: (text: string) => void }).reportPolicyViolation;
        report(
          `${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
        );
      });
    });
    // Anything for another origin is stopped here and reported, so nothing leaves the machine.
    await context.route(
      (url) => url.origin !== origin,
      async (route) => {
        guard.problems.push(`request to another origin: ${short(route.request().url())}`);
        await route.abort('blockedbyclient');
      },
    );
    // Every request the context sees, the service worker's own included (Chromium reports those here, not on a page).
    context.on('request', (request) => {
      if (new URL(request.url()).origin === origin || request.url().startsWith('data:')) return;
      const from = request.serviceWorker() ? 'the service worker' : 'a page';
      guard.problems.push(`request to another origin from ${from}: ${short(request.url())}`);
    });
    context.on('page', (page) => guard.attach(page));
    return guard;
  }

  private attach(page: Page) {
    this.pages.push(page);
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.problems.push(`uncaught error: ${error.message}`));
    page.on('requestfailed', (request) => {
      // Requests a page abandons on navigation are not failures of the app.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
        this.problems.push(`request failed: ${short(request.url())} (${request.failure()?.errorText})`);
      }
    });
  }

  /** Fails the test on anything seen so far, and on cookies or storage beyond the saved answers. */
  async check(): Promise<void> {
    const cookies = await this.context.cookies();
    const problems = [...this.problems, ...cookies.map((c) => `cookie set: ${c.name}`)];
    for (const page of this.pages) {
      if (page.isClosed() || new URL(page.url()).origin !== this.origin) continue;
      const storage: Storage = await page.evaluate(() => ({
        local: { ...window.localStorage },
        session: { ...window.sessionStorage },
      }));
      problems.push(...storageProblems(storage));
    }
    expect(problems, 'privacy, security and error checks').toEqual([]);
  }
}

/** The one key localStorage may hold: the region chosen, a country, not health data. */
const REGION_KEY = 'squat-back-check:region';

/**
 * localStorage at most the region chosen, an id of a region that exists;
 * sessionStorage at most one key, holding a version and valid answers text,
 * and nothing else.
 */
export function storageProblems({ local, session }: Storage): string[] {
  const problems = Object.keys(local)
    .filter((key) => key !== REGION_KEY)
    .map((key) => `localStorage written: ${key}`);
  const region = local[REGION_KEY];
  if (region !== undefined && !model.regions.some((r) => r.id === region)) {
    problems.push(`localStorage holds a region that does not exist: ${region}`);
  }
  const keys = Object.keys(session);
  if (keys.length > 1) problems.push(`sessionStorage holds more than the answers: ${keys.join(', ')}`);
  for (const key of keys) {
    const problem = savedAnswersProblem(session[key] ?? '');
    if (problem) problems.push(`sessionStorage "${key}" ${problem}`);
  }
  return problems;
}

function savedAnswersProblem(value: string): string | null {
  let saved: unknown;
  try {
    saved = JSON.parse(value);
  } catch {
    return 'is not the versioned answers';
  }
  if (typeof saved !== 'object' || saved === null) return 'is not the versioned answers';
  const fields = Object.keys(saved).sort().join(',');
  if (fields !== 'answers,version') return `holds ${fields}, not just answers and version`;
  const { version, answers } = saved as { version: unknown; answers: unknown };
  if (typeof version !== 'number') return 'has no version number';
  if (typeof answers !== 'string' || !parseAnswers(model, answers).ok) return 'holds something other than answers';
  return null;
}
