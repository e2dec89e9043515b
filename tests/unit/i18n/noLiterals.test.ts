import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// No words reach the UI from code: in every component, JSX text and the
// user-facing attributes hold only t(...) calls and symbols. Parsed with
// TypeScript, so generics and comparisons are never mistaken for text.
const dir = new URL('../../../src/', import.meta.url);
const components = readdirSync(dir, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && e.name.endsWith('.tsx'))
  .map((e) => `${e.parentPath}/${e.name}`);

const USER_FACING = new Set(['title', 'aria-label', 'placeholder', 'alt', 'aria-description', 'aria-roledescription', 'label', 'value']);
const WORDS = /\p{L}{2,}/u;

function literals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && USER_FACING.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && WORDS.test(node.initializer.text)) {
      found.push(`${node.name.getText()}="${node.initializer.text}"`);
    }
    // A string literal as a JSX child expression: {'Some words'}.
    if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteral(node.expression) && WORDS.test(node.expression.text)) {
      found.push(node.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no string literal reaches the UI', () => {
  it('finds components to check', () => {
    expect(components.length).toBeGreaterThan(3);
  });

  it.each(components.map((f) => [f.replace(/^.*\/src\//, 'src/'), f] as const))('%s', (_, file) => {
    expect(literals(file)).toEqual([]);
  });

  it('would catch one', () => {
    // The check itself must be able to fail.
    const probe = new URL('./fixtures/Literal.tsx', import.meta.url).pathname;
    expect(literals(probe)).toEqual(['title="Close the panel"', 'Hello there', 'Plain words']);
  });
});
