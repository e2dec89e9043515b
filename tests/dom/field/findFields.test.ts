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
  ['two-step field', '<label for="code">Secure Verification Code</label><input id="code">', '#code', 'excluded'],
  // a password field labelled, oddly, "access code": never ours
  ['password', '<label for="p">Access code</label><input id="p" type="password">', '#p', 'excluded'],
  // a neighbouring field's label must not leak to the next field
  ['next to another field', '<label for="r">Receipt number</label><input id="r"><input id="other">', '#other', null],
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

  it('never gathers labels or neighbours of a password field', () => {
    document.body.innerHTML = '<label for="p">Secret</label><input id="p" type="password" placeholder="x">';
    const facts = collectFieldFacts(document.querySelector('input')!);
    expect(facts.labels).toEqual([]);
    expect(facts.placeholder).toBe('');
    expect(facts.nearbyText).toBe('');
  });
});
