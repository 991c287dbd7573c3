/**
 * Turns zod's issues into messages an author editing YAML can act on: what is
 * wrong, where, and what is allowed.
 */
import type { z } from 'zod';
import type { PathSegment, RuleError, YamlSource } from './yaml-source.ts';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

interface Leaf {
  readonly issue: Issue;
  readonly path: readonly PathSegment[];
}

/** Every problem zod found in one file, located and worded for the author. */
export function schemaErrors(source: YamlSource, schema: Schema, issues: readonly Issue[]): RuleError[] {
  return leaves(issues, []).map(({ issue, path }) => describe(source, schema, issue, path));
}

function leaves(issues: readonly Issue[], prefix: readonly PathSegment[]): Leaf[] {
  return issues.flatMap((issue): Leaf[] => {
    const path = [...prefix, ...(issue.path as PathSegment[])];
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ issue, path }];
    const branches = issue.errors.map((branch) => ({ branch, cost: cost(branch) }));
    const best = Math.min(...branches.map((b) => b.cost));
    if (best >= ROOT_MISMATCH) return [{ issue, path }];
    const chosen = branches.find((b) => b.cost === best);
    return chosen ? leaves(chosen.branch, path) : [{ issue, path }];
  });
}

const ROOT_MISMATCH = 100;
const SHAPE_MISMATCH = 10;

/** How badly a union branch missed: a wrong type outright is worse than a misspelt field. */
function cost(branch: readonly Issue[]): number {
  let total = 0;
  for (const issue of branch) {
    if (issue.path.length === 0 && issue.code === 'invalid_type') total += ROOT_MISMATCH;
    else if (issue.path.length === 0 && issue.code === 'invalid_union') total += Math.min(...issue.errors.map(cost));
    else if (issue.path.length === 0 && issue.code === 'unrecognized_keys') total += SHAPE_MISMATCH * issue.keys.length;
    else if (issue.path.length === 1 && issue.code === 'invalid_type') total += SHAPE_MISMATCH;
  }
  return total;
}

function describe(source: YamlSource, schema: Schema, issue: Issue, path: readonly PathSegment[]): RuleError {
  const value = valueAt(source.data, path);
  const field = path.at(-1);
  const parent = path.slice(0, -1);
  // Reads as: question "q", then the field of it, then the problem: `question "q": type "singel" is not allowed`.
  const subject = typeof field === 'string' ? `${prefix(source.data, parent)}${field} ` : prefix(source.data, path);
  const at = (options?: { key?: boolean }) => source.locate(path, options);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined && typeof field === 'string') {
        return { ...source.locate(parent), message: `${prefix(source.data, parent)}missing "${field}"` };
      }
      return { ...at(), message: `${subject}should be ${article(issue.expected)}, not ${kind(value)}` };
    case 'unrecognized_keys': {
      const allowed = fieldsAt(schema, path, source.data);
      const names = issue.keys.map((k) => `"${k}"`).join(', ');
      return {
        ...source.locate([...path, issue.keys[0] ?? ''], { key: true }),
        message: `${prefix(source.data, path)}unknown field${issue.keys.length > 1 ? 's' : ''} ${names}; allowed fields are ${allowed.join(', ')}`,
      };
    }
    case 'invalid_value':
      return {
        ...at(),
        message: `${subject}${JSON.stringify(value)} is not allowed; allowed: ${issue.values.map(String).join(', ')}`,
      };
    case 'invalid_format':
      return { ...at(), message: `${subject}${JSON.stringify(value)} is not valid: ${issue.message}` };
    case 'invalid_key':
      return {
        ...at({ key: true }),
        message: `${prefix(source.data, parent)}${JSON.stringify(field)} is not a valid id: ${issue.issues[0]?.message ?? issue.message}`,
      };
    case 'invalid_union': {
      const expected = [
        ...new Set(issue.errors.flat().map((i) => (i.code === 'invalid_type' ? i.expected : 'object'))),
      ];
      return { ...at(), message: `${subject}should be ${expected.map(article).join(' or ')}, not ${kind(value)}` };
    }
    case 'too_small':
      if (Array.isArray(value) && issue.message.startsWith('Too small')) {
        return { ...at(), message: `${subject}needs at least ${issue.minimum} entries` };
      }
      return { ...at(), message: `${subject}${issue.message}` };
    default:
      return { ...at(), message: `${subject}${issue.message}` };
  }
}

/** Names the thing an author is looking for: `question "q", option "o": `. */
function prefix(data: unknown, path: readonly PathSegment[]): string {
  const context = describePath(data, path);
  return context ? `${context}: ` : '';
}

function describePath(data: unknown, path: readonly PathSegment[]): string {
  const parts: string[] = [];
  let node: unknown = data;
  for (const segment of path) {
    node = valueAt(node, [segment]);
    if (typeof segment === 'number') {
      const owner = parts.pop() ?? '';
      const named = isRecord(node) && typeof node.id === 'string' ? node.id : null;
      parts.push(named ? `${singular(owner)} "${named}"` : `${owner}[${segment}]`);
    } else {
      parts.push(segment);
    }
  }
  return parts.join(', ');
}

function singular(key: string): string {
  return key.endsWith('s') ? key.slice(0, -1) : key;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let node = data;
  for (const segment of path) {
    if (!isRecord(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<PathSegment, unknown>)[segment];
  }
  return node;
}

/** The fields an object at `path` may have, found by walking the schema beside the data. */
function fieldsAt(schema: Schema, path: readonly PathSegment[], data: unknown): string[] {
  let candidates: Schema[] = [schema];
  let node = data;
  for (const segment of path) {
    node = valueAt(node, [segment]);
    candidates = candidates.flatMap((s) => expand(s)).flatMap((s) => child(s, segment));
  }
  const keys = candidates.flatMap(expand).flatMap((s) => (s._zod.def.type === 'object' ? Object.keys(shape(s)) : []));
  return [...new Set(keys)];
}

function expand(schema: Schema): Schema[] {
  const def = schema._zod.def as { type: string; innerType?: Schema; options?: Schema[]; in?: Schema };
  if (def.innerType) return expand(def.innerType);
  if (def.type === 'union' && def.options) return def.options.flatMap(expand);
  if (def.type === 'pipe' && def.in) return expand(def.in);
  return [schema];
}

function child(schema: Schema, segment: PathSegment): Schema[] {
  const def = schema._zod.def as { type: string; element?: Schema; valueType?: Schema };
  if (def.type === 'object') {
    const next = shape(schema)[String(segment)];
    return next ? [next] : [];
  }
  if (def.type === 'array' && def.element && typeof segment === 'number') return [def.element];
  if (def.type === 'record' && def.valueType) return [def.valueType];
  return [];
}

function shape(schema: Schema): Record<string, Schema> {
  return (schema._zod.def as unknown as { shape: Record<string, Schema> }).shape;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kind(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: 'a map',
    array: 'a list',
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
  };
  return names[type] ?? type;
}
