import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROTOCOL } from '@/src/protocol/messages';
import {
  folderRuleBreaches,
  inputTypeListsOutside,
  listenerBreaches,
  patternsOutside,
  unhandledTypes,
  type Tree,
} from './conventions';

// refined-github's features.test.ts, for our one-home rules: each fact has one
// home, and a meta-test keeps it the only one.

const root = new URL('../../../', import.meta.url);
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'entrypoints', 'wxt.config.ts'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((path) => /\.(tsx?|md)$/.test(path));
const tree: Tree = Object.fromEntries(files.flatMap((path) => {
  try {
    return [[path, readFileSync(new URL(path, root), 'utf8')]];
  } catch {
    return []; // deleted in the working tree
  }
}));

const PATTERNS_HOME = 'src/site/uscisPages.ts';
const INPUT_TYPES_HOME = 'src/field/inputTypes.ts';
// Each context's one listener.
const LISTENER_OF = {
  background: 'src/protocol/background.ts',
  helper: 'src/field/answerTab.ts',
  announcer: 'src/clinic/announceTab.ts',
};
const LISTENERS = ['src/protocol/background.ts', 'entrypoints/uscis.content/index.ts', 'src/clinic/announceTab.ts'];

describe('one home per fact', () => {
  it('every message type of the protocol is handled by its listener', () => {
    expect(unhandledTypes(PROTOCOL, LISTENER_OF, tree)).toEqual([]);
  });

  it('one runtime message listener per context', () => {
    expect(listenerBreaches(tree, LISTENERS)).toEqual([]);
  });

  it('the USCIS match patterns are written only in their module', () => {
    expect(patternsOutside(tree, PATTERNS_HOME)).toEqual([]);
  });

  it('input types are listed only in the input-type policy', () => {
    expect(inputTypeListsOutside(tree, INPUT_TYPES_HOME)).toEqual([]);
  });

  it("each folder keeps its README's import rules", () => {
    expect(folderRuleBreaches(tree)).toEqual([]);
  });

  it('every folder of src opens with a README', () => {
    const folders = new Set(files.filter((path) => path.startsWith('src/')).map((path) => path.split('/')[1]));
    const without = [...folders].filter((folder) => folder !== 'page' && !tree[`src/${folder}/README.md`]);
    expect(without).toEqual([]);
  });
});

// The checks can fail: each finds a planted breach.
describe('the checks themselves', () => {
  it('finds a message type no listener names', () => {
    const planted: Tree = { 'bg.ts': "case 'ach:a':" };
    expect(unhandledTypes({ 'ach:a': { to: 'background' }, 'ach:b': { to: 'background' } }, { background: 'bg.ts' }, planted)).toEqual(['ach:b']);
  });

  it('finds a second listener, and one outside the listeners', () => {
    const planted: Tree = {
      'a.ts': 'browser.runtime.onMessage.addListener(f);\nbrowser.runtime.onMessage.addListener(g);',
      'b.ts': 'browser.runtime.onMessage.addListener(h);',
      'c.ts': '// browser.runtime.onMessage.addListener(in a comment)',
    };
    expect(listenerBreaches(planted, ['a.ts'])).toEqual(['a.ts: 2 listeners', 'b.ts: a listener outside the protocol\'s listeners']);
  });

  it('finds a pattern written outside its home, but not in a comment', () => {
    const planted: Tree = {
      'home.ts': "export const P = ['https://*.uscis.gov/*'];",
      'menu.ts': "const PAGES = ['https://*.uscis.gov/*'];",
      'note.ts': '// runs on https://*.uscis.gov/*',
    };
    expect(patternsOutside(planted, 'home.ts')).toEqual(['menu.ts']);
  });

  it('finds a list of input types and a comparison with one', () => {
    const planted: Tree = {
      'policy.ts': "const A = ['text', 'tel'];",
      'list.ts': "const TEXT_TYPES = new Set(['text', 'search', 'tel']);",
      'test.ts': "if (field.type === 'password') return;",
      'fine.ts': "const mode: 'text' | 'tel' = 'tel';",
    };
    expect(inputTypeListsOutside(planted, 'policy.ts')).toEqual(['list.ts', 'test.ts']);
  });

  it("finds an import or a global a folder's README forbids", () => {
    const planted: Tree = {
      'src/core/README.md': 'Must not import: `wxt`, `@/src/page`\nMust not use: `document`',
      'src/core/a.ts': "import { browser } from 'wxt/browser';",
      'src/core/b.ts': "import { x } from '../page/x';",
      'src/core/c.ts': 'const el = document.body; // reads the page',
      'src/core/d.ts': "import { y } from './y'; // the document says so",
      'src/other/e.ts': "import { browser } from 'wxt/browser';",
    };
    expect(folderRuleBreaches(planted)).toEqual(['src/core/a.ts: imports wxt/browser', 'src/core/b.ts: imports @/src/page/x', 'src/core/c.ts: uses document']);
  });
});
