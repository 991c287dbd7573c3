/**
 * Compiles `rules/` into the app at build time: `import model from
 * 'virtual:triage-model'` for the triage, and `import content from
 * 'virtual:triage-content'` for what only some pages need (the FAQ), so the
 * start page does not carry it. An invalid rules file stops the build (and
 * shows in the dev server) with every error as `file:line:column: message`.
 * A build also runs the rules checker, and stops on any error it finds (a
 * gap, a rule that never fires, a broken safety invariant...), so unsafe
 * rules never ship.
 */
import { basename, join } from 'node:path';
import type { Plugin } from 'vite';
import { checkRuleFiles } from '../checker/check.ts';
import { formatFinding } from '../checker/format.ts';
import { type CompiledRules, compileRules } from '../rules/compile.ts';
import { readPictureNames, readRuleFiles } from '../rules/load-dir.ts';
import { formatRuleError } from '../rules/yaml-source.ts';

const MODULES: Readonly<Record<string, (compiled: CompiledRules) => unknown>> = {
  'virtual:triage-model': (compiled) => compiled.model,
  'virtual:triage-content': (compiled) => compiled.content,
};

/** The Vite plugin that serves the compiled rules in `rulesDir`, checking pictures against `picturesDir`. */
export function triageRules(rulesDir: string, picturesDir?: string): Plugin {
  const resolved = (id: string) => `\0${id}`;
  const resolvedIds = Object.keys(MODULES).map(resolved);
  let building = false;
  // Each virtual module asks for the rules; compile and check them once per version of the files.
  let last: { readonly key: string; readonly result: CompiledRules } | undefined;
  const compiled = (files: ReadonlyMap<string, string>): CompiledRules => {
    const pictures = picturesDir === undefined ? undefined : readPictureNames(picturesDir);
    const key = JSON.stringify([[...files], pictures ? [...pictures] : null, building]);
    if (last?.key === key) return last.result;
    const dir = basename(rulesDir);
    const result = compileRules(files, dir, pictures === undefined ? {} : { pictures });
    if (!result.ok) fail(`invalid rules:\n${result.errors.map(formatRuleError).join('\n')}`);
    if (building) {
      const errors = checkRuleFiles(files, dir).findings.filter((f) => f.severity === 'error');
      if (errors.length > 0) fail(`the rules checker refused the rules:\n${errors.map(formatFinding).join('\n')}`);
    }
    last = { key, result };
    return result;
  };
  return {
    name: 'squat-back-check:rules',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return Object.hasOwn(MODULES, id) ? resolved(id) : null;
    },
    load(id) {
      const name = Object.keys(MODULES).find((m) => resolved(m) === id);
      if (name === undefined) return null;
      const files = readRuleFiles(rulesDir);
      // Files, not the folder: the dev server resolves watched files like imports, and a folder does not resolve.
      for (const file of files.keys()) this.addWatchFile(join(rulesDir, file));
      const value = MODULES[name]?.(compiled(files));
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

function fail(message: string): never {
  const error = new Error(message);
  // The message already says where to look; a stack trace would only bury it.
  error.stack = message;
  throw error;
}
