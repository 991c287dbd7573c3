/**
 * Writes the start page, the FAQ and every guidance page to HTML at build,
 * so their words are on screen before the script arrives and read in full
 * with JavaScript off. src/prerender.tsx renders them from the app's own
 * components and compiled rules, loaded through a Vite server renderer; this
 * plugin puts each into the built index.html and writes it at its address
 * (`faq.html`, `guidance/<id>.html`). It runs as the files are written, before
 * the service worker is generated, so the worker precaches the written pages.
 *
 * Every other address (a question, the result, the region page, a share
 * link, any address with a query string) is answered with `shell.html`, the
 * page with nothing written in it:
 * the service worker does so, and so does `vite preview`, so a share link
 * never shows the start page before its result.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import type { WrittenPage } from '../prerender.tsx';

/** The page with nothing written in it, for every address that is not a written page. */
export const SHELL = 'shell.html';

const ROOT = '<div id="root"></div>';
const TITLE = /<title>[^<]*<\/title>/;
const NOSCRIPT = /\s*<noscript>[\s\S]*?<\/noscript>/;

/** The built index.html with a written page in it, and its own title; the page says itself what needs JavaScript. */
export function fillTemplate(template: string, page: WrittenPage): string {
  if (!template.includes(ROOT) || !TITLE.test(template)) {
    throw new Error(`index.html needs ${ROOT} and a <title> for the pages written at build`);
  }
  const escaped = page.title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return template
    .replace(TITLE, `<title>${escaped}</title>`)
    .replace(NOSCRIPT, '')
    .replace(ROOT, `<div id="root" data-page="${page.page}">${page.html}</div>`);
}

/** The file an address is written to: "/" → index.html, "/faq" → faq.html. */
function fileFor(path: string, base: string): string {
  const inside = path.slice(base.length);
  return inside === '' ? 'index.html' : `${inside}.html`;
}

export function prerenderPages(entry = '/src/prerender.tsx'): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'squat-back-check:prerender',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle() {
      if (config.command !== 'build' || config.build.ssr) return;
      const outDir = resolve(config.root, config.build.outDir);
      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      writeFileSync(join(outDir, SHELL), template);
      const server = await createServer({
        configFile: config.configFile ?? false,
        root: config.root,
        mode: config.mode,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
      });
      try {
        const { renderPages } = (await server.ssrLoadModule(entry)) as typeof import('../prerender.tsx');
        for (const page of await renderPages()) {
          const file = join(outDir, fileFor(page.path, config.base));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, fillTemplate(template, page));
        }
      } finally {
        await server.close();
      }
    },
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      server.middlewares.use((req, _res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const written = url.pathname === base || existsSync(join(outDir, fileFor(url.pathname, base)));
        const file = extname(url.pathname) !== '' || url.pathname.startsWith(`${base}@`);
        // Every address with no page written for it gets the shell, and so does any with a query string: a share
        // link, or a guidance page opened from a result, whose Back link the written page does not know.
        if (!file && (!written || url.search !== '')) req.url = `${base}${SHELL}`;
        next();
      });
    },
  };
}
