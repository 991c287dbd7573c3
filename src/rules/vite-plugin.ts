/**
 * Compiles `rules/` into the app at build time: `import model from
 * 'virtual:triage-model'`. An invalid rules file stops the build (and shows in
 * the dev server) with every error as `file:line:column: message`. A build
 * also runs the rules checker, and stops on any error it finds (a gap, a rule
 * that never fires, a broken safety invariant...), so unsafe rules never ship.
 */
import { basename, join } from 'node:path';
import type { Plugin } from 'vite';
import { checkRuleFiles } from './checker/check.ts';
import { formatFinding } from './checker/format.ts';
import { compileRules } from './compile.ts';
import { readRuleFiles } from './load-dir.ts';
import { formatRuleError } from './yaml-source.ts';

const MODULE_ID = 'virtual:triage-model';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** The Vite plugin that serves the compiled rules in `rulesDir`. */
export function triageRules(rulesDir: string): Plugin {
  let building = false;
  return {
    name: 'squat-back-check:rules',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const files = readRuleFiles(rulesDir);
      const result = compileRules(files, basename(rulesDir));
      this.addWatchFile(rulesDir);
      if (!result.ok) fail(`invalid rules:\n${result.errors.map(formatRuleError).join('\n')}`);
      if (building) {
        const errors = checkRuleFiles(files, basename(rulesDir)).findings.filter((f) => f.severity === 'error');
        if (errors.length > 0) fail(`the rules checker refused the rules:\n${errors.map(formatFinding).join('\n')}`);
      }
      // JSON.parse of a string literal is faster to start than an object literal of the same size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.model))});`;
    },
    configureServer(server) {
      server.watcher.add(join(rulesDir, '**/*.yaml'));
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(rulesDir)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.reloadModule(module);
      });
    },
  };
}

function fail(message: string): never {
  const error = new Error(message);
  // The message already says where to look; a stack trace would only bury it.
  error.stack = message;
  throw error;
}
