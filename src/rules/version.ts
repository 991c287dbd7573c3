/**
 * The fingerprint of the rules: the SHA-256 of every rules file but
 * `version.yaml`, which records it. `npm run rules:stamp` writes it there
 * with a new version, and a test fails while the two disagree, so no change
 * to the rules ships under the version of the rules before it. Node only.
 */
import { createHash } from 'node:crypto';

export const VERSION_FILE = 'version.yaml';

/** The SHA-256, in hex, of the files (path inside `rules/` to text), in path order, line endings as "\n". */
export function rulesFingerprint(files: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  for (const path of [...files.keys()].filter((p) => p !== VERSION_FILE).sort()) {
    hash.update(`${path}\0${(files.get(path) ?? '').replaceAll('\r\n', '\n')}\0`);
  }
  return hash.digest('hex');
}
