import { afterEach, describe, expect, it } from 'vitest';
import { classifyField } from '@/src/field/classifyField';
import { collectFieldFacts } from '@/src/field/collectFieldFacts';

// The field finder over page shapes: facts collected from real markup, then
// the pure decision. Each row: markup, the field's selector, what it is.
const shapes: Array<[string, string, string, string | null]> = [
  // <label for> pointing at the field
  ['label for', '<label for="a">Online Access Code</label><input id="a">', '#a', 'access-code'],
  // a label wrapping the field and its hint
  ['wrapping label', '<label>Access code <small>case-sensitive</small><input name="x"></label>', 'input', 'access-code'],
  // aria-labelledby pointing at a heading-like span
  ['aria-labelledby', '<span id="l">Receipt number</span><input aria-labelledby="l">', 'input', 'receipt-number'],
  // a <div> where the label should be (no association at all)
  ['div before the field', '<div class="uscis-row"><div>Online Access Code</div><input></div>', 'input', 'access-code'],
  // the field alone in a wrapper, the words one level up
  ['text one level up', '<div><p>Receipt Number</p><div class="wrap"><input></div></div>', 'input', 'receipt-number'],
  // placeholder only
  ['placeholder', '<input placeholder="Código de acceso">', 'input', 'access-code'],
  // the two-step page: id="code", labelled as verification
  ['two-step field', '<label for="code">Secure Verification Code</label><input id="code">', '#code', null],
  // a two-step field that says "access code" too, with a neutral id
  ['two-step access code', '<label for="f2">Two-step access code</label><input id="f2">', '#f2', 'excluded'],
  // the hint (aria-describedby) says where the code came from
  ['described as sent by phone', '<label for="f4">Access code</label><input id="f4" aria-describedby="h"><p id="h">It was sent to your phone.</p>', '#f4', 'excluded'],
  // a search form around the box
  ['inside role=search', '<form role="search"><input id="q" aria-label="Access code help"></form>', '#q', 'excluded'],
  ['inside <search>', '<search><input id="q" aria-label="Access code help"></search>', '#q', 'excluded'],
  // the search box of the help pages
  ['question as placeholder', '<input id="q" placeholder="what is an online access code?">', '#q', 'excluded'],
  // "User name or access code" on a sign-in form
  ['user name or access code', '<label for="u">User name or access code</label><input id="u">', '#u', 'excluded'],
  // a password field labelled, oddly, "access code": never ours
  ['password', '<label for="p">Access code</label><input id="p" type="password">', '#p', 'excluded'],
  // a neighbouring field's label must not leak to the next field
  ['next to another field', '<label for="r">Receipt number</label><input id="r"><input id="other">', '#other', null],
  // a row of boxes after the page's words: the words name the row, not its later boxes (one panel per code, not one per box)
  ['the second box of an unrecognised row', '<p>Online Access Code</p><div><input id="r1"><input id="r2"><input id="r3"></div>', '#r2', null],
  // a text between two fields still names the second one
  ['a label-like div after another field', '<div><input id="x"><div>Receipt Number</div><input id="y"></div>', '#y', 'receipt-number'],
  // unrelated text far away is not a label
  ['far text ignored', '<p>Online Access Code</p><div><div><div><input id="deep"></div></div></div>', '#deep', null],
];

afterEach(() => {
  document.body.replaceChildren();
});

describe('find fields in page shapes', () => {
  it.each(shapes)('%s', (_, html, selector, expected) => {
    document.body.innerHTML = html;
    const field = document.querySelector<HTMLInputElement>(selector)!;
    expect(classifyField(collectFieldFacts(field))?.kind ?? null).toBe(expected);
  });

  it('reads at most a few hundred characters of a neighbouring article', () => {
    document.body.innerHTML = `<article><p>${'word '.repeat(100_000)}</p></article><input id="q">`;
    const facts = collectFieldFacts(document.querySelector('input')!);
    expect(facts.nearbyText.length).toBeLessThanOrEqual(300);
    expect(facts.nearbyText.startsWith('word word')).toBe(true);
  });

  it('never gathers labels or neighbours of a password field', () => {
    document.body.innerHTML = '<label for="p">Secret</label><input id="p" type="password" placeholder="x">';
    const facts = collectFieldFacts(document.querySelector('input')!);
    expect(facts.labels).toEqual([]);
    expect(facts.placeholder).toBe('');
    expect(facts.nearbyText).toBe('');
  });
});
