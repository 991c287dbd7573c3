/**
 * The browser every browser test and the benchmark use: Debian's Chromium
 * (`apt-get install chromium`), never one downloaded by a test tool.
 */
import { existsSync } from 'node:fs';

/** Flags for a quiet, headless, reproducible Chromium that calls no one. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Where Chromium is: $CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`no Chromium at ${path}: run "apt-get install -y chromium", or set CHROMIUM_PATH to a Chromium`);
  }
  return path;
}
