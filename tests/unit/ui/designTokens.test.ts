import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// One home for every colour and size: src/ui/tokens.css. Every other CSS
// file draws with var(--ach-*), so light, dark, the popup, the pages and the
// panel cannot drift apart.
//
// A colour literal: #hex, rgb()/hsl()/hwb()/lab()/lch()/oklab()/oklch()/color(),
// or a CSS named colour. Allowed: currentColor, transparent, and the system
// colours forced-colours mode needs (Canvas, CanvasText, ButtonText, Highlight).
// A size literal: a px length other than 0 and 1px (hairline borders). em and %
// stay (proportions inside a component: a glyph box 1.4em wide), so do pt and
// mm in print rules (paper sizes), and media query conditions (custom
// properties cannot be used there).
const root = new URL('../../../', import.meta.url);
const TOKENS = 'src/ui/tokens.css';
const EXEMPT = new Set([TOKENS]);

const NAMED = new Set(
  ('aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue ' +
    'chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey ' +
    'darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray ' +
    'darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen ' +
    'fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender ' +
    'lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey ' +
    'lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen ' +
    'magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen ' +
    'mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange ' +
    'orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple ' +
    'rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue ' +
    'slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen').split(' '),
);
const COLOUR_FUNCTION = /(?<![\w-])(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
const HEX = /#[0-9a-f]{3,8}\b/i;
const PX = /(?<![\w.-])(\d*\.?\d+)px\b/g;

/** Each declaration's value (selectors, at-rule conditions and comments left out). */
function declarations(css: string): Array<{ property: string; value: string }> {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@[a-z-]+[^{;]*[{;]/gi, '{');
  return [...plain.matchAll(/([-a-z]+)\s*:\s*([^;{}]+)(?=[;}])/gi)].map(([, property, value]) => ({ property: property!, value: value! }));
}

/** What a file holds that belongs in the tokens: `property: value` for each. */
function literals(css: string): string[] {
  const found: string[] = [];
  for (const { property, value } of declarations(css)) {
    const words = value.toLowerCase().match(/[a-z]+/g) ?? [];
    const colour = HEX.test(value) || COLOUR_FUNCTION.test(value) || words.some((word) => NAMED.has(word));
    const size = [...value.matchAll(PX)].some(([, n]) => Number(n) !== 0 && Number(n) !== 1);
    if (colour || size) found.push(`${property}: ${value.trim()}`);
  }
  return found;
}

/** The custom properties a block of the tokens sets to a hex colour. */
const colours = (block: string) => new Set([...block.matchAll(/(--ach-[a-z0-9-]+):\s*#/g)].map(([, name]) => name!));

const cssFiles = (dir: string): string[] =>
  readdirSync(new URL(dir, root), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => `${dir}/${file}`);
const FILES = [...cssFiles('src'), ...cssFiles('entrypoints')].toSorted();
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');

describe('what counts as a literal', () => {
  // [css, what the check finds]
  const cases: Array<[string, string[]]> = [
    ['a { color: #1b1b1b; }', ['color: #1b1b1b']], // hex
    ['a { background: rgb(0 0 0 / 0.5) }', ['background: rgb(0 0 0 / 0.5)']], // a colour function
    ['a { border: 1px solid white; }', ['border: 1px solid white']], // a named colour
    ['a { padding: 2px 0; }', ['padding: 2px 0']], // a size in px
    ['a { margin: 0.5px; }', ['margin: 0.5px']], // a fraction of a px
    ['a { --x: #fff; }', ['--x: #fff']], // a custom property of its own
    ['a { color: var(--ach-text); border: 1px solid var(--ach-rule); padding: 0; }', []], // tokens, a hairline, zero
    ['a:hover, b:focus-visible { color: currentColor; background: transparent; }', []], // pseudo-classes are not values
    ['@media (max-height: 450px) { a { color: CanvasText; } }', []], // a media condition; a system colour
    ['/* was #fff, 12px */ a { width: 1.4em; }', []], // comments; em
    ['a { font-family: var(--ach-font-sans); grid-template-columns: repeat(auto-fill, minmax(9.5em, 1fr)); }', []], // no colour words hidden in names
  ];
  it.each(cases)('%s', (css, expected) => {
    expect(literals(css)).toEqual(expected);
  });
});

describe('design tokens', () => {
  it('finds the CSS files (the check cannot pass on none)', () => {
    expect(FILES).toContain(TOKENS);
    expect(FILES).toContain('src/popup/Popup.css');
    expect(FILES.length).toBeGreaterThan(10);
  });

  it.each(FILES.filter((file) => !EXEMPT.has(file)))('%s holds no colour and no px size (they live in the tokens)', (file) => {
    expect(literals(read(file))).toEqual([]);
  });

  it('every var(--ach-*) a CSS file uses is defined in the tokens', () => {
    const defined = new Set([...read(TOKENS).matchAll(/(--ach-[a-z0-9-]+)\s*:/g)].map(([, name]) => name));
    const undefinedNames = FILES.flatMap((file) =>
      [...read(file).matchAll(/var\((--ach-[a-z0-9-]+)/g)].map(([, name]) => name!).filter((name) => !defined.has(name)).map((name) => `${file}: ${name}`),
    );
    expect(undefinedNames).toEqual([]);
  });

  it('the tokens define light and dark for every colour', () => {
    const tokens = read(TOKENS);
    const dark = tokens.slice(tokens.indexOf('prefers-color-scheme: dark'));
    const light = tokens.slice(0, tokens.indexOf('prefers-color-scheme: dark'));
    // Paper stays black on white in either scheme; the focus ring's amber reads on both.
    const same = new Set(['--ach-print-ink', '--ach-print-paper', '--ach-print-rule', '--ach-focus']);
    expect([...colours(light)].filter((name) => !same.has(name) && !colours(dark).has(name))).toEqual([]);
  });
});
