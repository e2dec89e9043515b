import { describe, expect, it } from 'vitest';
import { createCauseBook } from '@/src/cause/createCauseBook';
import { LAYOUTS } from '@/src/cause/layouts';
import type { Cause, InputFact } from '@/src/cause/types';
import { findingsWithCauses } from '@/src/cause/inspectionWithCauses';

// A key pressed and the character it typed, as a browser reports them.
const key = (code: string, char: string): InputFact[] => [
  { type: 'keydown', code, key: char, isComposing: false },
  { type: 'input', inputType: 'insertText', data: char },
];
// An input method's composition that ends with `text` committed.
const compose = (...steps: string[]): InputFact[] => [
  { type: 'compositionstart' },
  ...steps.map((s): InputFact => ({ type: 'input', inputType: 'insertCompositionText', data: s, isComposing: true })),
  { type: 'compositionend', data: steps.at(-1)! },
];
// Text put in with no key event (an on-screen keyboard, voice, a script's insertText).
const insert = (text: string): InputFact => ({ type: 'input', inputType: 'insertText', data: text });

interface Row {
  facts: InputFact[];
  char: string;
  cause: Cause | undefined;
}
const layout = (language?: string): Cause => (language ? { kind: 'keyboard-layout', language } : { kind: 'keyboard-layout' });
const ime = (language?: string): Cause => (language ? { kind: 'ime-fullwidth', language } : { kind: 'ime-fullwidth' });

const rows: Array<[string, Row]> = [
  // Keyboard layouts: the physical key (code) against what it gave (key).
  ['Russian: J gives Cyrillic o', { facts: key('KeyJ', '\u043E'), char: '\u043E', cause: layout('ru') }],
  ['Russian: Shift+J gives Cyrillic capital O', { facts: key('KeyJ', '\u041E'), char: '\u041E', cause: layout('ru') }],
  ['Russian: Backquote gives yo', { facts: key('Backquote', '\u0451'), char: '\u0451', cause: layout('ru') }],
  ['Ukrainian: S gives Ukrainian i', { facts: key('KeyS', '\u0456'), char: '\u0456', cause: layout('uk') }],
  ['Ukrainian: an i on S first, then J gives o: the run is Ukrainian', { facts: [...key('KeyS', '\u0456'), ...key('KeyJ', '\u043E')], char: '\u043E', cause: layout('uk') }],
  ['Belarusian: B gives i', { facts: key('KeyB', '\u0456'), char: '\u0456', cause: layout('be') }],
  ['Belarusian: O gives short u', { facts: key('KeyO', '\u045E'), char: '\u045E', cause: layout('be') }],
  ['Bulgarian (BDS): F gives o', { facts: key('KeyF', '\u043E'), char: '\u043E', cause: layout('bg') }],
  ['Bulgarian (phonetic): O gives o', { facts: key('KeyO', '\u043E'), char: '\u043E', cause: layout('bg') }],
  ['Serbian Cyrillic: Y gives ze (QWERTZ)', { facts: key('KeyY', '\u0437'), char: '\u0437', cause: layout('sr-Cyrl') }],
  ['Serbian Cyrillic: Q gives lje, then O gives o', { facts: [...key('KeyQ', '\u0459'), ...key('KeyO', '\u043E')], char: '\u043E', cause: layout('sr-Cyrl') }],
  ['Macedonian: Y gives dze', { facts: key('KeyY', '\u0455'), char: '\u0455', cause: layout('mk') }],
  ['Greek: O gives omicron', { facts: key('KeyO', '\u03BF'), char: '\u03BF', cause: layout('el') }],
  ['Greek: Shift+A gives capital alpha', { facts: key('KeyA', '\u0391'), char: '\u0391', cause: layout('el') }],
  ['Arabic: D gives yeh', { facts: key('KeyD', '\u064A'), char: '\u064A', cause: layout('ar') }],
  ['Arabic or Persian: J gives teh, Arabic named first', { facts: key('KeyJ', '\u062A'), char: '\u062A', cause: layout('ar') }],
  ['Persian: D gives Farsi yeh, then J gives teh', { facts: [...key('KeyD', '\u06CC'), ...key('KeyJ', '\u062A')], char: '\u062A', cause: layout('fa') }],
  ['Persian: Digit1 gives a Persian one', { facts: key('Digit1', '\u06F1'), char: '\u06F1', cause: layout('fa') }],
  ['Hebrew: O gives final mem', { facts: key('KeyO', '\u05DD'), char: '\u05DD', cause: layout('he') }],
  ['Hindi (INSCRIPT): K gives ka', { facts: key('KeyK', '\u0915'), char: '\u0915', cause: layout('hi') }],
  ['Thai (Kedmanee): D gives ko kai', { facts: key('KeyD', '\u0E01'), char: '\u0E01', cause: layout('th') }],
  ['Thai: Digit4 gives pho samphao', { facts: key('Digit4', '\u0E20'), char: '\u0E20', cause: layout('th') }],
  ['Armenian (legacy): O gives vo', { facts: key('KeyO', '\u0578'), char: '\u0578', cause: layout('hy') }],
  ['Armenian (phonetic): O gives oh', { facts: key('KeyO', '\u0585'), char: '\u0585', cause: layout('hy') }],
  ['Georgian: O gives on', { facts: key('KeyO', '\u10DD'), char: '\u10DD', cause: layout('ka') }],
  ['Turkish Q: I gives the dotless i', { facts: key('KeyI', '\u0131'), char: '\u0131', cause: layout('tr') }],
  // A Latin key between: the person switched back; the next Cyrillic key starts a new run.
  ['Ukrainian, then a Latin key, then J gives o: Russian again', { facts: [...key('KeyS', '\u0456'), ...key('KeyA', 'a'), ...key('KeyJ', '\u043E')], char: '\u043E', cause: layout('ru') }],
  // No key event names the physical key: the script alone.
  ['Cyrillic o with no key event: a layout, language unknown', { facts: [insert('\u043E')], char: '\u043E', cause: layout() }],
  ['Greek omicron with no key event: Greek', { facts: [insert('\u03BF')], char: '\u03BF', cause: layout('el') }],
  ['Ukrainian yi with no key event: only Ukrainian has it', { facts: [insert('\u0457')], char: '\u0457', cause: layout('uk') }],
  ['Arabic-Indic digit with no key event: Arabic', { facts: [insert('\u0663')], char: '\u0663', cause: layout('ar') }],
  ['Cyrillic o from a key with no code (a test tool): the script', { facts: key('', '\u043E'), char: '\u043E', cause: layout() }],
  ['Cherokee letter with no key event', { facts: [insert('\u13A0')], char: '\u13A0', cause: layout('chr') }],
  // Input methods.
  ['Chinese composition: zhong -> the ideograph', { facts: compose('z', 'zh', '\u4E2D'), char: '\u4E2D', cause: ime('zh') }],
  ['Chinese, then a full-width 3: Chinese', { facts: [...compose('\u4E2D'), ...compose('\uFF13')], char: '\uFF13', cause: ime('zh') }],
  ['Full-width 3 alone (Microsoft Pinyin in full-width mode)', { facts: key('Digit3', '\uFF13'), char: '\uFF13', cause: ime() }],
  ['Full-width A typed with no composition', { facts: [insert('\uFF21')], char: '\uFF21', cause: ime() }],
  ['Japanese kana, then a full-width 1: Japanese', { facts: [...compose('\u3042'), ...compose('\uFF11')], char: '\uFF11', cause: ime('ja') }],
  ['Japanese kana then kanji: the kanji is Japanese', { facts: [...compose('\u3042'), ...compose('\u5B57')], char: '\u5B57', cause: ime('ja') }],
  ['Korean composition (keydown Process)', {
    facts: [{ type: 'keydown', code: 'KeyG', key: 'Process', isComposing: true }, ...compose('\u314E', '\uD558', '\uD55C')],
    char: '\uD55C', cause: ime('ko'),
  }],
  ['Ideographic space from an input method', { facts: compose('\u3000'), char: '\u3000', cause: ime() }],
  ['A composition that gives Cyrillic (an on-screen keyboard): a layout, not an input method', { facts: compose('\u043E'), char: '\u043E', cause: layout() }],
  ['ASCII from a composition: no cause', { facts: compose('a'), char: 'a', cause: undefined }],
  // Paste and drop: every character they bring.
  ['Paste: the leading space', { facts: [{ type: 'paste', text: ' AB\u00A0' }, { type: 'input', inputType: 'insertFromPaste', data: null, inserted: ' AB\u00A0' }], char: ' ', cause: { kind: 'paste' } }],
  ['Paste: the no-break space', { facts: [{ type: 'paste', text: ' AB\u00A0' }, { type: 'input', inputType: 'insertFromPaste', data: null, inserted: ' AB\u00A0' }], char: '\u00A0', cause: { kind: 'paste' } }],
  ['Paste whose text the event did not give: the inserted text', { facts: [{ type: 'paste' }, { type: 'input', inputType: 'insertFromPaste', data: null, inserted: 'A\u200BB' }], char: '\u200B', cause: { kind: 'paste' } }],
  ['Paste of Cyrillic text: paste, not a layout', { facts: [{ type: 'paste' }, { type: 'input', inputType: 'insertFromPaste', data: '\u043E' }], char: '\u043E', cause: { kind: 'paste' } }],
  ['Drop of text dragged from an e-mail', { facts: [{ type: 'input', inputType: 'insertFromDrop', data: '\u2013' }], char: '\u2013', cause: { kind: 'paste' } }],
  // Autofill.
  ['Autofill told first, then the input', { facts: [{ type: 'autofill' }, { type: 'input', inputType: null, data: null, inserted: 'AB ' }], char: ' ', cause: { kind: 'autofill' } }],
  ['Autofill told after the input', { facts: [{ type: 'input', inputType: null, data: null, inserted: 'AB ' }, { type: 'autofill' }], char: ' ', cause: { kind: 'autofill' } }],
  ['Autofill with the text it filled', { facts: [{ type: 'autofill', text: '\u00A0AB' }], char: '\u00A0', cause: { kind: 'autofill' } }],
  // Plain typing, and the last event wins.
  ['A space typed on the keyboard: no cause', { facts: key('Space', ' '), char: ' ', cause: undefined }],
  ['Pasted space, then a letter typed: the space is still pasted', { facts: [{ type: 'paste', text: ' ' }, { type: 'input', inputType: 'insertFromPaste', data: ' ' }, ...key('KeyA', 'A')], char: ' ', cause: { kind: 'paste' } }],
  ['Pasted Cyrillic o, then typed on a Russian layout: the typing', { facts: [{ type: 'paste', text: '\u043E' }, { type: 'input', inputType: 'insertFromPaste', data: '\u043E' }, ...key('KeyJ', '\u043E')], char: '\u043E', cause: layout('ru') }],
  ['A character no event brought', { facts: key('KeyA', 'A'), char: '\u043E', cause: undefined }],
  ['A paste the page refused (no input), then J on a Russian layout: the typing', { facts: [{ type: 'paste' }, ...key('KeyJ', '\u043E')], char: '\u043E', cause: layout('ru') }],
  ['A no-break space typed (Option+Space on a Mac): no layout\'s doing', { facts: key('Space', '\u00A0'), char: '\u00A0', cause: undefined }],
  ['An en dash put in with no key event: no cause', { facts: [insert('\u2013')], char: '\u2013', cause: undefined }],
  ['A Devanagari vowel sign (a mark) typed on INSCRIPT: a layout', { facts: key('KeyE', '\u093E'), char: '\u093E', cause: layout('hi') }],
];

describe('createCauseBook', () => {
  it.each(rows)('%s', (_, { facts, char, cause }) => {
    const book = createCauseBook();
    for (const fact of facts) book.add(fact);
    expect(book.causeOf(char)).toEqual(cause);
  });

  it('keeps the layout tables well-formed: 34 keys a row, 10 digits', () => {
    for (const l of LAYOUTS) {
      expect([...(l.top + l.home + l.bottom + l.backquote)].length, l.id).toBe(34);
      expect([...l.top].length, l.id).toBe(12);
      expect([...l.home].length, l.id).toBe(11);
      if (l.digits) expect([...l.digits].length, l.id).toBe(10);
    }
  });
});

describe('findingsWithCauses', () => {
  it('gives a finding the cause of its first character that has one', () => {
    const facts = [...key('KeyA', 'A'), ...key('KeyJ', '\u043E')];
    const findings = [
      // A homoglyph typed on a Russian layout.
      { kind: 'homoglyph', chars: [{ text: '\u043E' }] },
      // A whole-text finding lists no characters.
      { kind: 'looks-like-receipt-number', chars: [] },
      // Plain ASCII typed: no cause.
      { kind: 'lookalike', chars: [{ text: 'A' }] },
    ];
    expect(findingsWithCauses(findings, facts)).toEqual([
      { kind: 'homoglyph', chars: [{ text: '\u043E' }], cause: { kind: 'keyboard-layout', language: 'ru' } },
      { kind: 'looks-like-receipt-number', chars: [] },
      { kind: 'lookalike', chars: [{ text: 'A' }] },
    ]);
  });
});

describe('createCauseBook during a composition', () => {
  it('knows the composed text before compositionend (a render may come first)', () => {
    const book = createCauseBook();
    book.add({ type: 'compositionstart' });
    book.add({ type: 'input', inputType: 'insertCompositionText', data: '\uFF13', isComposing: true });
    expect(book.causeOf('\uFF13')).toEqual({ kind: 'ime-fullwidth' });
    book.add({ type: 'compositionend', data: '\uFF13' });
    expect(book.causeOf('\uFF13')).toEqual({ kind: 'ime-fullwidth' });
  });

  it('keeps only the committed text of a composition', () => {
    const book = createCauseBook();
    for (const fact of compose('n', '\u306B')) book.add(fact); // n, then hiragana ni
    for (const fact of key('KeyN', 'n')) book.add(fact);
    expect(book.causeOf('\u306B')).toEqual({ kind: 'ime-fullwidth', language: 'ja' });
    expect(book.causeOf('n')).toBeUndefined();
  });
});
