/**
 * Compiles `rules/` into the app at build time: `import model from
 * 'virtual:triage-model'`. An invalid rules file stops the build (and shows in
 * the dev server) with every error as `file:line:column: message`.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadRulesDir, readRuleFiles } from './load-dir.ts';
import { formatRuleError } from './yaml-source.ts';

const MODULE_ID = 'virtual:triage-model';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** The Vite plugin that serves the compiled rules in `rulesDir`. */
export function triageRules(rulesDir: string): Plugin {
  return {
    name: 'squat-back-check:rules',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const result = loadRulesDir(rulesDir);
      // Files, not the folder: the dev server resolves watched files like imports, and a folder does not resolve.
      for (const name of readRuleFiles(rulesDir).keys()) this.addWatchFile(join(rulesDir, name));
      if (!result.ok) {
        const error = new Error(`invalid rules:\n${result.errors.map(formatRuleError).join('\n')}`);
        error.stack = error.message;
        throw error;
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
