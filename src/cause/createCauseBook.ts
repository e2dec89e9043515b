import { layoutLanguage, layoutsFor } from './layouts.ts';
import { scriptLanguage } from './scriptLanguage.ts';
import { PASTE_INPUT_TYPES, type Cause, type InputFact } from './types.ts';

// Only the last insertions matter (a code is a dozen characters); older ones are dropped.
const KEPT = 200;

/** A run of keys typed on one layout: the layouts that fit every key so far, most used first. */
interface Run {
  layouts: readonly string[];
}

interface Insertion {
  text: string;
  channel: 'typed' | 'paste' | 'autofill';
  /** Set when a keydown named the physical key that typed this text. */
  run?: Run;
  /** Typed with no keydown of its own (an on-screen keyboard, voice, a test's insertText). */
  keyless: boolean;
}

export interface CauseBook {
  /** Takes the next fact, in the order the events happened. */
  add(fact: InputFact): void;
  /** Why `char` (one character) is in the field: the last event that put it there decides. */
  causeOf(char: string): Cause | undefined;
}

const isSingle = (key: string) => key.length > 0 && [...key].length === 1;
const intersect = (a: readonly string[], b: readonly string[]) => a.filter((id) => b.includes(id));

/**
 * Decides why each character got into a field, from the plain facts of the
 * field's events (see InputFact), in memory only:
 * - a key whose `code` names a physical key and whose `key` is a letter of
 *   another script: 'keyboard-layout', the language from the layout tables
 *   (narrowed by every key of the same run), else from the script;
 * - Chinese, Japanese or Korean text, or full-width forms, typed or composed:
 *   'ime-fullwidth' (a composition that gives Cyrillic, as on-screen keyboards
 *   do, is still 'keyboard-layout');
 * - a paste or a drop: 'paste', for every character it brought;
 * - the browser's autofill: 'autofill', for every character.
 * Plain ASCII typed on the keyboard has no cause, nor has a typed space,
 * dash or invisible character that is no input method's (no layout types
 * those by mistake for a letter).
 */
export function createCauseBook(): CauseBook {
  let insertions: Insertion[] = [];
  let keydown: { code: string; key: string } | null = null;
  let run: Run | null = null;
  let paste = false;
  let autofill = false;
  // The text of a composition under way, an insertion already (a render may come before compositionend).
  let composition: Insertion | null = null;
  // The language of the last Chinese, Japanese or Korean text typed, for full-width digits and spaces.
  let imeLanguage: string | undefined;

  const noteLanguage = (text: string) => {
    for (const char of text) {
      const facts = scriptLanguage(char);
      if (facts?.ime && facts.language) imeLanguage = facts.language === 'zh' && imeLanguage === 'ja' ? 'ja' : facts.language;
    }
  };
  const push = (insertion: Insertion) => {
    insertions.push(insertion);
    if (insertions.length > KEPT) insertions = insertions.slice(-KEPT);
    if (insertion.channel === 'typed') noteLanguage(insertion.text);
  };

  const onKeydown = (code: string, key: string, isComposing: boolean) => {
    keydown = { code, key };
    // A paste or autofill that brought no input (the page refused it) says nothing about the keys that follow.
    paste = false;
    autofill = false;
    if (isComposing || !isSingle(key) || !/^(Key|Digit|Bracket|Semicolon|Quote|Comma|Period|Slash|Backquote|Backslash|IntlBackslash|Minus|Equal)/.test(code)) return;
    if (key.codePointAt(0)! < 0x80) {
      run = null; // a Latin key: the layout is English (or another Latin one) now
      return;
    }
    const fits = layoutsFor(code, key);
    if (fits.length === 0) return;
    const both = run ? intersect(run.layouts, fits) : [];
    if (run && both.length > 0) run.layouts = both;
    else run = { layouts: fits };
  };

  const onInput = (fact: Extract<InputFact, { type: 'input' }>) => {
    if (fact.isComposing || fact.inputType === 'insertCompositionText') {
      // Each update carries the whole composition so far; the last one stands.
      const text = fact.data ?? fact.inserted ?? '';
      if (composition) {
        composition.text = text;
        noteLanguage(text);
      } else if (text !== '') push((composition = { text, channel: 'typed', keyless: true }));
      return;
    }
    const text = fact.inserted ?? fact.data ?? '';
    const typedKey = keydown;
    keydown = null;
    if (text === '') return; // a deletion
    if (autofill) push({ text, channel: 'autofill', keyless: false });
    else if (paste || PASTE_INPUT_TYPES.has(fact.inputType ?? '')) {
      push({ text, channel: 'paste', keyless: false });
    } else if (typedKey && typedKey.key === text) {
      push({ text, channel: 'typed', keyless: false, ...(run && layoutsFor(typedKey.code, typedKey.key).length > 0 && { run }) });
    } else push({ text, channel: 'typed', keyless: true });
    paste = false;
    autofill = false;
  };

  return {
    add(fact) {
      switch (fact.type) {
        case 'keydown':
          onKeydown(fact.code, fact.key, fact.isComposing);
          break;
        case 'compositionstart':
          keydown = null;
          composition = null;
          break;
        case 'compositionend':
          keydown = null;
          if (composition) {
            composition.text = fact.data;
            noteLanguage(fact.data);
          } else if (fact.data !== '') push({ text: fact.data, channel: 'typed', keyless: true });
          composition = null;
          break;
        case 'paste':
          paste = true;
          if (fact.text) {
            // The clipboard's text is known now; the input event that follows brings the same text.
            push({ text: fact.text, channel: 'paste', keyless: false });
          }
          break;
        case 'input':
          onInput(fact);
          break;
        case 'autofill': {
          if (fact.text) {
            push({ text: fact.text, channel: 'autofill', keyless: false });
            break;
          }
          // Told after the fact: the last insertion no key or paste explains was the browser's.
          const last = insertions.at(-1);
          if (last && last.channel === 'typed' && last.keyless) last.channel = 'autofill';
          else autofill = true;
          break;
        }
      }
    },
    causeOf(char) {
      for (let i = insertions.length - 1; i >= 0; i--) {
        const insertion = insertions[i]!;
        if (!insertion.text.includes(char)) continue;
        if (insertion.channel !== 'typed') return { kind: insertion.channel };
        const facts = scriptLanguage(char);
        if (!facts) return undefined; // plain ASCII from the keyboard
        if (facts.ime) {
          // A kanji is Japanese when kana came before it.
          const language = facts.language === 'zh' && imeLanguage === 'ja' ? 'ja' : (facts.language ?? imeLanguage);
          return language ? { kind: 'ime-fullwidth', language } : { kind: 'ime-fullwidth' };
        }
        // A layout types letters and digits; a typed no-break space or dash (Option+Space on a Mac) is no layout's doing.
        if (!/[\p{L}\p{M}\p{N}]/u.test(char)) return undefined;
        const language = (insertion.run && layoutLanguage(insertion.run.layouts[0]!)) ?? facts.language;
        return language ? { kind: 'keyboard-layout', language } : { kind: 'keyboard-layout' };
      }
      return undefined;
    },
  };
}
