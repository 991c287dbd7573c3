/** A parsed rules file: its syntax errors, its data, and where each value in it was written. */
import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../src/rules/yaml-source.ts';

const FILE = 'rules/example.yaml';
const TEXT = ['top:', '  list:', '    - one', '    - two', '  name: x', ''].join('\n');

describe('a rules file with a YAML mistake', () => {
  it('reports a key written twice in one map, at the second one, and gives no data', () => {
    const source = parseYamlSource(FILE, 'a: 1\na: 2\n');
    expect(source.syntaxErrors).toEqual([{ file: FILE, line: 2, column: 1, message: 'YAML: Map keys must be unique' }]);
    expect(source.data).toBeUndefined();
  });

  it('reports only the first of several YAML errors, as the rest usually follow from it', () => {
    const source = parseYamlSource(FILE, '- a\nb: 1\n');
    expect(source.syntaxErrors).toEqual([
      { file: FILE, line: 2, column: 1, message: 'YAML: Unexpected scalar at node end' },
    ]);
    expect(source.data).toBeUndefined();
  });

  it('gives the data of a file without mistakes, and no errors', () => {
    const source = parseYamlSource(FILE, TEXT);
    expect(source.syntaxErrors).toEqual([]);
    expect(source.data).toEqual({ top: { list: ['one', 'two'], name: 'x' } });
  });
});

describe('locating a value in a rules file', () => {
  const source = parseYamlSource(FILE, TEXT);
  const at = (line: number, column: number) => ({ file: FILE, line, column });

  it('finds a value in a map, an item of a list, and a key', () => {
    expect(source.locate(['top', 'name'])).toEqual(at(5, 9));
    expect(source.locate(['top', 'list', 1])).toEqual(at(4, 7));
    expect(source.locate(['top', 'name'], { key: true })).toEqual(at(5, 3));
  });

  it('points at the map when a key is missing from it', () => {
    expect(source.locate(['top', 'missing'])).toEqual(at(2, 3));
    expect(source.locate(['top', 'missing', 'deeper'])).toEqual(at(2, 3));
  });

  it('points at the list when an index is past its end, even just past it', () => {
    expect(source.locate(['top', 'list', 2])).toEqual(at(3, 5));
    expect(source.locate(['top', 'list', 7])).toEqual(at(3, 5));
  });

  it('points at the list when it is asked for a key, even one that looks like an index, and stops there however the path goes on', () => {
    expect(source.locate(['top', 'list', 'one'])).toEqual(at(3, 5));
    expect(source.locate(['top', 'list', 'one', 1])).toEqual(at(3, 5));
    expect(source.locate(['top', 'list', '1'])).toEqual(at(3, 5));
  });

  it('points at a plain value when the path goes on below it', () => {
    expect(source.locate(['top', 'name', 0])).toEqual(at(5, 9));
    expect(source.locate(['top', 'name', 'x'])).toEqual(at(5, 9));
  });

  it('points at the start of a file that holds nothing', () => {
    const empty = parseYamlSource(FILE, '# only a comment\n');
    expect(empty.data).toBeNull();
    expect(empty.locate(['questions', 0, 'id'])).toEqual(at(1, 1));
    expect(empty.locate([])).toEqual(at(1, 1));
  });
});
