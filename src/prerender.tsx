/**
 * The pages written to HTML at build, so their words are on screen before
 * the script arrives: the start page, the FAQ and every guidance page, from
 * the same components and the same compiled rules as the app
 * (src/build/prerender-plugin.ts renders them through Vite's server
 * renderer). The build cannot know the reader's country: the words are the
 * fallback region's, which hold anywhere, and the region line waits, unseen,
 * for the page to read it. main.tsx takes a page over (hydrates it) only
 * where the app's first render is this one.
 */
import content from 'virtual:triage-content';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { defaultRegion, fillPlaceholders } from './engine/region.ts';
import { App, openingAt, writtenPageOf } from './ui/app.tsx';
import { FAQ_TITLE } from './ui/faq/faq-page.tsx';
import { faqPage, guidancePage } from './ui/lazy-pages.ts';
import { pageTitle } from './ui/shared/use-page-title.ts';
import { FAQ_PATH, guidancePath } from './ui/triage/page-urls.ts';
import { model } from './ui/triage/triage-context.ts';

export interface WrittenPage {
  /** The address it answers, such as "/faq". */
  readonly path: string;
  /** Which page it is, as main.tsx compares it with the address it opens: "start", "faq", "guidance/<id>". */
  readonly page: string;
  /** The tab's title, as the page sets it once running. */
  readonly title: string;
  /** The app's markup, for inside the root element. */
  readonly html: string;
}

const neutral = defaultRegion(model.regions, []);
const titled = (title: string) => pageTitle(fillPlaceholders(title, neutral));

/** Every page written at build, rendered to HTML. */
export async function renderPages(): Promise<WrittenPage[]> {
  await Promise.all([faqPage.preload(), guidancePage.preload()]);
  const pages = [
    { path: import.meta.env.BASE_URL, title: titled(model.startPage.title) },
    { path: FAQ_PATH, title: titled(FAQ_TITLE) },
    ...Object.values(content.articles).map((article) => ({
      path: guidancePath(article.id),
      title: titled(article.title),
    })),
  ];
  return Promise.all(
    pages.map(async ({ path, title }) => {
      const opening = openingAt({ pathname: path, search: '' }, null);
      const page = writtenPageOf(opening);
      if (page === null) throw new Error(`${path} is not a page written at build`);
      return { path, page, title, html: await renderToHtml(opening) };
    }),
  );
}

async function renderToHtml(opening: ReturnType<typeof openingAt>): Promise<string> {
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App opening={opening} written />
    </StrictMode>,
    { onError: (error) => console.error(error) },
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
