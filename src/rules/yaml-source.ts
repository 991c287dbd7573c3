/**
 * A parsed YAML rules file that can say where any value in it was written.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { SourceLocation } from './model.ts';

/** A problem in a rules file, at the place an author has to look. */
export interface RuleError extends SourceLocation {
  readonly message: string;
}

/** `rules/routing.yaml:42:9: message`: the form editors and terminals link to. */
export function formatRuleError(error: RuleError): string {
  return `${error.file}:${error.line}:${error.column}: ${error.message}`;
}

export type PathSegment = string | number;

export interface YamlSource {
  readonly file: string;
  /** The plain data, or undefined when the file could not be parsed. */
  readonly data: unknown;
  readonly syntaxErrors: readonly RuleError[];
  /** Where the value at `path` (or, with `key`, its key) was written; the nearest enclosing node when it is missing. */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): SourceLocation;
}

/** Parses one rules file, keeping positions for error messages. */
export function parseYamlSource(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  // Only the first: one YAML mistake usually sets off a cascade of others that are not real.
  const syntaxErrors = doc.errors
    .slice(0, 1)
    .map((e): RuleError => ({ ...at(e.pos[0]), message: `YAML: ${firstLine(e.message)}` }));

  const locate = (path: readonly PathSegment[], options: { key?: boolean } = {}): SourceLocation => {
    let node: Node | null = doc.contents;
    let keyNode: Node | null = null;
    for (const segment of path) {
      keyNode = null;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment);
        if (!pair) break;
        keyNode = isScalar(pair.key) ? pair.key : null;
        node = (pair.value as Node | null) ?? keyNode;
      } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
        node = node.items[segment] as Node;
      } else {
        break;
      }
    }
    const target = options.key && keyNode ? keyNode : node;
    return at(target?.range?.[0] ?? 0);
  };

  return {
    file,
    data: syntaxErrors.length > 0 ? undefined : doc.toJS(),
    syntaxErrors,
    locate,
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
