import { posix } from 'node:path';

// The checks behind conventions.test.ts, as pure functions over a tree of
// sources ({ path: text }), so each can be shown to fail on a planted example.

export type Tree = Readonly<Record<string, string>>;

/** The text without its comments (roughly: enough for a grep to skip what a comment says). */
export function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Every module a file imports (relative ones resolved to `@/src/...`). */
export function importsOf(path: string, text: string): string[] {
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? m[2]!);
  return specs.map((spec) => (spec.startsWith('.') ? `@/${posix.normalize(posix.join(posix.dirname(path), spec))}` : spec));
}

/** A folder's rules, from its README: `Must not import:` and `Must not use:` lines of backticked names. */
export function rulesOf(readme: string): { imports: string[]; globals: string[] } {
  const listed = (label: string) => {
    const line = readme.split('\n').find((l) => l.startsWith(label));
    return line ? [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]!) : [];
  };
  return { imports: listed('Must not import:'), globals: listed('Must not use:') };
}

/** Each breach of a folder's README rules: `path: what`. */
export function folderRuleBreaches(tree: Tree): string[] {
  const out: string[] = [];
  for (const [readmePath, readme] of Object.entries(tree)) {
    if (!readmePath.endsWith('/README.md')) continue;
    const folder = posix.dirname(readmePath);
    const { imports, globals } = rulesOf(readme);
    for (const [path, text] of Object.entries(tree)) {
      if (!path.startsWith(`${folder}/`) || !/\.tsx?$/.test(path)) continue;
      for (const spec of importsOf(path, text)) {
        const own = spec.startsWith(`@/${folder}/`) || spec === `@/${folder}`;
        const banned = imports.find((prefix) => spec === prefix || spec.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`) || (prefix.endsWith('/') && spec.startsWith(prefix)));
        if (banned && !own) out.push(`${path}: imports ${spec}`);
      }
      const code = withoutComments(text);
      for (const name of globals) if (new RegExp(`\\b${name}\\b`).test(code)) out.push(`${path}: uses ${name}`);
    }
  }
  return out;
}

/** Files outside `home` that write a USCIS match pattern. */
export function patternsOutside(tree: Tree, home: string): string[] {
  return Object.entries(tree)
    .filter(([path, text]) => path !== home && /uscis\.gov\/\*/.test(withoutComments(text)))
    .map(([path]) => path);
}

const TYPES = 'text|search|tel|url|number|password|email|hidden|checkbox|radio|file|submit|button|image|reset|date|color|range';
// A list of two or more input types, or a comparison of a type with one.
const TYPE_LIST = new RegExp(`['"](${TYPES})['"]\\s*,\\s*['"](${TYPES})['"]`);
const TYPE_TEST = new RegExp(`\\btype\\s*[!=]==?\\s*['"](${TYPES})['"]|['"](${TYPES})['"]\\s*[!=]==?\\s*[\\w.]*type\\b`);

/** Files outside `home` that list input types or compare a type with one. */
export function inputTypeListsOutside(tree: Tree, home: string): string[] {
  return Object.entries(tree)
    .filter(([path]) => path !== home && /\.tsx?$/.test(path))
    .filter(([, text]) => {
      const code = withoutComments(text);
      return TYPE_LIST.test(code) || TYPE_TEST.test(code);
    })
    .map(([path]) => path);
}

/** Files other than `listeners` that add a runtime message listener, and listener files that add more than one. */
export function listenerBreaches(tree: Tree, listeners: readonly string[]): string[] {
  const out: string[] = [];
  for (const [path, text] of Object.entries(tree)) {
    const count = withoutComments(text).match(/onMessage\.addListener\(/g)?.length ?? 0;
    if (count > 0 && !listeners.includes(path)) out.push(`${path}: a listener outside the protocol's listeners`);
    if (count > 1) out.push(`${path}: ${count} listeners`);
  }
  return out;
}

/** Message types whose listener file never names them. */
export function unhandledTypes(protocol: Readonly<Record<string, { to: string }>>, listenerOf: Readonly<Record<string, string>>, tree: Tree): string[] {
  return Object.entries(protocol)
    .filter(([type, { to }]) => !withoutComments(tree[listenerOf[to]!] ?? '').includes(`'${type}'`))
    .map(([type]) => type);
}
