/**
 * Compiles `rules/` into the app at build time: `import model from
 * 'virtual:triage-model'` for the triage, and `import content from
 * 'virtual:triage-content'` for what only some pages need (the FAQ), so the
 * start page does not carry it. An invalid rules file stops the build (and
 * shows in the dev server) with every error as `file:line:column: message`.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { CompileResult } from './compile.ts';
import { loadRulesDir, readRuleFiles } from './load-dir.ts';
import { formatRuleError } from './yaml-source.ts';

type Compiled = Extract<CompileResult, { ok: true }>;

const MODULES: Readonly<Record<string, (compiled: Compiled) => unknown>> = {
  'virtual:triage-model': (compiled) => compiled.model,
  'virtual:triage-content': (compiled) => compiled.content,
};

/** The Vite plugin that serves the compiled rules in `rulesDir`, checking pictures against `picturesDir`. */
export function triageRules(rulesDir: string, picturesDir?: string): Plugin {
  const resolved = (id: string) => `\0${id}`;
  const resolvedIds = Object.keys(MODULES).map(resolved);
  return {
    name: 'squat-back-check:rules',
    resolveId(id) {
      return id in MODULES ? resolved(id) : null;
    },
    load(id) {
      const name = Object.keys(MODULES).find((m) => resolved(m) === id);
      if (name === undefined) return null;
      const result = loadRulesDir(rulesDir, picturesDir === undefined ? {} : { picturesDir });
      // Files, not the folder: the dev server resolves watched files like imports, and a folder does not resolve.
      for (const file of readRuleFiles(rulesDir).keys()) this.addWatchFile(join(rulesDir, file));
      if (!result.ok) {
        const error = new Error(`invalid rules:\n${result.errors.map(formatRuleError).join('\n')}`);
        error.stack = error.message;
        throw error;
      }
      const value = MODULES[name]?.(result);
      // JSON.parse of a string literal is faster to start than an object literal of the same size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
    configureServer(server) {
      server.watcher.add(join(rulesDir, '**/*.yaml'));
      if (picturesDir !== undefined) server.watcher.add(join(picturesDir, '*.svg'));
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(rulesDir) && !(picturesDir && file.startsWith(picturesDir))) return;
        for (const id of resolvedIds) {
          const module = server.moduleGraph.getModuleById(id);
          if (module) server.reloadModule(module);
        }
      });
    },
  };
}
