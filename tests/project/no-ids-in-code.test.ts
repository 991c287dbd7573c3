/**
 * No TypeScript outside the tests names a question, option, rule, article or
 * disposition: those ids live in rules/ alone, so an author's change there
 * needs no code change. A string that is an id, a hyphenated id anywhere in a
 * string, template or JSX text, and a `question=option` pair all count; a
 * plain word inside a longer string ("none", "sharp") does not, as it is
 * usually just the word.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync, Visitor } from 'vite';
import { describe, expect, it } from 'vitest';
import { careCard } from '../../src/rules/schema.ts';
import { content, model } from '../support/model.ts';

const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

const questionIds = new Set(model.questions.map((q) => q.id));
const optionIds = new Set(model.questions.flatMap((q) => q.options.map((o) => o.id)));
const ids = new Set([
  ...questionIds,
  ...optionIds,
  ...model.rules.map((r) => r.id),
  ...model.dispositions.map((d) => d.id),
  ...Object.keys(content.articles),
]);
// The NHS care-card styles are the interface's own vocabulary, which some disposition ids share.
for (const level of careCard.options) ids.delete(level);

/** The text of every string literal, template literal part and piece of JSX text in a TypeScript file. */
function stringsIn(file: string, code: string): string[] {
  const { program, errors } = parseSync(file, code);
  if (errors.length > 0) throw new Error(`${file} does not parse: ${errors[0]?.message}`);
  const strings: string[] = [];
  new Visitor({
    Literal(node) {
      if (typeof node.value === 'string') strings.push(node.value);
    },
    TemplateLiteral(node) {
      // A template with no ${...} is one string; otherwise each part stands alone.
      for (const part of node.quasis) strings.push(part.value.cooked ?? part.value.raw);
    },
    JSXText(node) {
      strings.push(node.value);
    },
  }).visit(program);
  return strings;
}

/** The ids a string names: the whole string, a hyphenated id within it, or either side of a `question=option` pair. */
function idsIn(text: string): string[] {
  const found = new Set<string>();
  if (ids.has(text)) found.add(text);
  for (const [word] of text.matchAll(/(?<![a-z0-9-])[a-z0-9]+(?:-[a-z0-9]+)+(?![a-z0-9-])/gi)) {
    if (ids.has(word)) found.add(word);
  }
  for (const [pair, key = '', values = ''] of text.matchAll(
    /(?<![a-z0-9-])([a-z0-9-]+)=([a-z0-9-]+(?:,[a-z0-9-]+)*)/gi,
  )) {
    if (questionIds.has(key) || values.split(',').some((v) => optionIds.has(v))) found.add(pair);
  }
  return [...found];
}

/** Every id named in a file's strings, as `file: "id"`. */
function idsInFile(file: string, code: string): string[] {
  return stringsIn(file, code).flatMap((text) => idsIn(text).map((id) => `${file}: "${id}"`));
}

describe('ids in code', () => {
  it('knows the ids of the model', () => {
    expect(ids.has('emergency-signs')).toBe(true);
    expect(ids.has('acute-strain')).toBe(true);
    expect(ids.size).toBeGreaterThan(60);
  });

  it.each([
    ['a whole string', `const level = 'none';`, 'none'],
    ['a hyphenated id in a string', `const usage = 'like "dull-ache" here';`, 'dull-ache'],
    ['a question=option pair in a string', `const usage = 'like "emergency-signs=none"; see --help';`],
    ['a pair in a template', `const m = \`\${x}: answers use plain ids like location=thighs\`;`, 'location=thighs'],
    ['an option of a pair with an unknown question', 'const help = `such as "signs=fever" stands`;', 'signs=fever'],
    ['a hyphenated id in JSX text', 'const p = <p>Read see-a-professional</p>;', 'see-a-professional'],
  ])('finds %s', (_what, code, id = 'emergency-signs') => {
    expect(idsInFile('example.tsx', code).join('\n')).toContain(`"${id}`);
  });

  it.each([
    ['a plain word inside a sentence', `const m = 'there is none';`],
    ['a pair of words that are not ids', `const href = \`/guidance/\${article}?from=%2Fresult\`;`],
    ['a comment', `// like "emergency-signs=none"\nconst a = 1;`],
  ])('ignores %s', (_what, code) => {
    expect(idsInFile('example.tsx', code)).toEqual([]);
  });

  it('finds none in a string, template or JSX text in src/ or scripts/', () => {
    const found = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'scripts'))].flatMap((file) =>
      idsInFile(relative(ROOT, file), readFileSync(file, 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
