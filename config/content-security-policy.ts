/**
 * The Content-Security-Policy: the page may load scripts, styles, images and
 * data from its own origin only, and run no inline or evaluated script. The
 * built page carries it as a meta tag; servers send it as a header too.
 * Build configuration, not app code, so it lives beside vite.config.ts (and
 * its CSP keyword 'none' is not mistaken for an option id by the id check).
 */
import type { Plugin } from 'vite';

const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // Vite may inline a small imported picture as a data: URL; an image cannot run code.
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  // The service worker and the web app manifest (config/pwa.ts), from this origin only.
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
];

/** The policy as the meta tag carries it (a meta tag cannot carry frame-ancestors). */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** The same policy as a server sends it, with framing by other sites refused. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** Headers every server of the built app should send (`vite preview` sends them; see the README). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/**
 * Puts the policy right after the charset, before anything it governs. Build
 * only: the dev server injects inline scripts for hot reloading, which the
 * policy forbids.
 */
export function contentSecurityPolicy(): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  return {
    name: 'squat-back-check:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
        if (!charset) throw new Error('index.html needs <meta charset="utf-8" /> so the policy can follow it');
        const end = charset.index + charset[0].length;
        return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
      },
    },
  };
}
