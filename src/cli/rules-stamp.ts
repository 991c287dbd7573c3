/**
 * `npm run rules:stamp`: after changing anything in `rules/`, records the
 * rules' new fingerprint in `rules/version.yaml`. It refuses while the
 * version is the one last committed, so every change ships as a new version
 * (the footer and every result show it). Raise `version` and `changed` first.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readRuleFiles } from '../rules/load-dir.ts';
import { rulesFingerprint, VERSION_FILE } from '../rules/version.ts';
import { isMain, type Output, RULES_DIR } from './shared.ts';

interface Stamp {
  readonly version?: unknown;
  readonly files?: unknown;
}

/**
 * Stamps the rules in `dir`. `committed` is version.yaml as last committed
 * (null when there is none), to tell whether the version was raised.
 */
export function stampRules(dir: string, committed: string | null): Output {
  const path = join(dir, VERSION_FILE);
  const text = readFileSync(path, 'utf8');
  const now = (parse(text) ?? {}) as Stamp;
  const before = committed === null ? null : ((parse(committed) ?? {}) as Stamp);
  const fingerprint = rulesFingerprint(readRuleFiles(dir));
  if (now.files === fingerprint) {
    return { code: 0, stdout: `rules/${VERSION_FILE} already has this fingerprint: nothing to do\n`, stderr: '' };
  }
  if (before !== null && before.files !== fingerprint && before.version === now.version) {
    return {
      code: 1,
      stdout: '',
      stderr: `rules/${VERSION_FILE}: the rules changed but the version is still ${String(now.version)}: raise version and set changed to today, then run npm run rules:stamp again\n`,
    };
  }
  if (!/^files: .*$/m.test(text)) {
    return { code: 1, stdout: '', stderr: `rules/${VERSION_FILE}: it needs a line "files: ..." to write to\n` };
  }
  writeFileSync(path, text.replace(/^files: .*$/m, `files: ${fingerprint}`));
  return { code: 0, stdout: `stamped rules ${String(now.version)}: ${fingerprint}\n`, stderr: '' };
}

/** version.yaml as in the last commit, or null outside git or before it was committed. */
function committedVersionFile(): string | null {
  try {
    return execFileSync('git', ['show', `HEAD:rules/${VERSION_FILE}`], { encoding: 'utf8', stdio: 'pipe' });
  } catch {
    return null;
  }
}

if (isMain(import.meta.url)) {
  const output = stampRules(RULES_DIR, committedVersionFile());
  process.stdout.write(output.stdout);
  process.stderr.write(output.stderr);
  process.exitCode = output.code;
}
