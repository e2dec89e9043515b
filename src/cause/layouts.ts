// Keyboard layouts that type another script, as data: what each physical
// key (KeyboardEvent.code) gives without Shift. A row lists the keys in the
// order of KEY_CODES: the top letter row (12 keys), the home row (11), the
// bottom row (10), then Backquote; `digits`, where given, is Digit1..Digit0.
// A space marks a key left out (it gives two characters, a dead key, or the
// layouts disagree); ASCII characters are never looked up. Layouts are listed
// most used first: when a key fits several (KeyJ gives "о" in Russian,
// Ukrainian and Belarusian), the first one that fits every key typed so far is named.
// Source: Microsoft's keyboard layouts as shown on kbdlayout.info (the DLL
// name is in each row's comment), and the xkb symbols files for the same
// layouts; the code names are the UI Events KeyboardEvent code values.

/** The physical keys of a row, in order. */
export const KEY_CODES: readonly string[] = [
  'KeyQ', 'KeyW', 'KeyE', 'KeyR', 'KeyT', 'KeyY', 'KeyU', 'KeyI', 'KeyO', 'KeyP', 'BracketLeft', 'BracketRight',
  'KeyA', 'KeyS', 'KeyD', 'KeyF', 'KeyG', 'KeyH', 'KeyJ', 'KeyK', 'KeyL', 'Semicolon', 'Quote',
  'KeyZ', 'KeyX', 'KeyC', 'KeyV', 'KeyB', 'KeyN', 'KeyM', 'Comma', 'Period', 'Slash',
  'Backquote',
];
export const DIGIT_CODES: readonly string[] = [
  'Digit1', 'Digit2', 'Digit3', 'Digit4', 'Digit5', 'Digit6', 'Digit7', 'Digit8', 'Digit9', 'Digit0',
];

export interface Layout {
  id: string;
  /** BCP 47 language, named to the person with Intl.DisplayNames. */
  language: string;
  top: string;
  home: string;
  bottom: string;
  backquote: string;
  digits?: string;
}

export const LAYOUTS: readonly Layout[] = [
  // Russian (KBDRU)
  { id: 'ru', language: 'ru', top: 'йцукенгшщзхъ', home: 'фывапролджэ', bottom: 'ячсмитьбю.', backquote: 'ё' },
  // Ukrainian (KBDUR1, "Ukrainian (Enhanced)"): і, ї, є instead of ы, ъ, э
  { id: 'uk', language: 'uk', top: 'йцукенгшщзхї', home: 'фівапролджє', bottom: 'ячсмитьбю.', backquote: "'" },
  // Belarusian (KBDBLR): ў on O, і on B
  { id: 'be', language: 'be', top: "йцукенгшўзх'", home: 'фывапролджэ', bottom: 'ячсмітьбю.', backquote: 'ё' },
  // Bulgarian, the BDS typewriter layout (KBDBULG)
  { id: 'bg', language: 'bg', top: ',уеишщксдзц;', home: 'ьяаожгтнвмч', bottom: 'юйъэфхпрлб', backquote: ' ' },
  // Bulgarian (Phonetic Traditional) (KBDBGPH1)
  { id: 'bg-phonetic', language: 'bg', top: 'явертъуиопшщ', home: "асдфгхйкл;'", bottom: 'зьцжбнм,./', backquote: 'ч' },
  // Serbian (Cyrillic) (KBDYCC), a QWERTZ layout: з on Y, ѕ on Z
  { id: 'sr-Cyrl', language: 'sr-Cyrl', top: 'љњертзуиопшђ', home: 'асдфгхјклчћ', bottom: 'ѕџцвбнм,.-', backquote: ' ' },
  // Macedonian (KBDMACST): ѕ on Y, з on Z
  { id: 'mk', language: 'mk', top: 'љњертѕуиопшѓ', home: 'асдфгхјклчќ', bottom: 'зџцвбнм,./', backquote: ' ' },
  // Greek (KBDHE); Semicolon is the tonos dead key
  { id: 'el', language: 'el', top: ';ςερτυθιοπ[]', home: "ασδφγηξκλ '", bottom: 'ζχψωβνμ,./', backquote: '`' },
  // Arabic (101) (KBDA1); B gives two characters (lam alef)
  { id: 'ar', language: 'ar', top: 'ضصثقفغعهخحجد', home: 'شسيبلاتنمكط', bottom: 'ئءؤر ىةوزظ', backquote: 'ذ' },
  // Persian (Standard) (KBDFAR, ISIRI 9147): Persian yeh and keheh, Persian digits
  { id: 'fa', language: 'fa', top: 'ضصثقفغعهخحجچ', home: 'شسیبلاتنمکگ', bottom: 'ظطزرذدپو./', backquote: ' ', digits: '۱۲۳۴۵۶۷۸۹۰' },
  // Hebrew (KBDHEB)
  { id: 'he', language: 'he', top: "/'קראטוןםפ][", home: 'שדגכעיחלךף,', bottom: 'זסבהנמצתץ.', backquote: ';' },
  // Hindi (Traditional), Devanagari INSCRIPT (KBDINHIN)
  { id: 'hi', language: 'hi', top: 'ौैाीूबहगदजड़', home: 'ोे्िुपरकतचट', bottom: 'ॆंमनवलस,.य', backquote: 'ॊ' },
  // Thai Kedmanee (KBDTH0)
  { id: 'th', language: 'th', top: 'ๆไำพะัีรนยบล', home: 'ฟหกดเ้่าสวง', bottom: 'ผปแอิืทมใฝ', backquote: '_', digits: 'ๅ/-ภถุึคตจ' },
  // Armenian Eastern (Legacy) (KBDARME)
  { id: 'hy', language: 'hy', top: 'խւէրտեըիոպչջ', home: 'ասդֆքհճկլթփ', bottom: 'զցգվբնմ,./', backquote: ' ' },
  // Armenian Phonetic (KBDARMPH)
  { id: 'hy-phonetic', language: 'hy', top: 'քոեռտըւիօպխծ', home: "ասդֆգհյկլ;'", bottom: 'զղցվբնմ,./', backquote: ' ' },
  // Georgian (QWERTY) (KBDGEOQW)
  { id: 'ka', language: 'ka', top: 'ქწერტყუიოპ[]', home: "ასდფგჰჯკლ;'", bottom: 'ზხცვბნმ,./', backquote: ' ' },
  // Turkish Q (KBDTUQ): the dotless ı on I
  { id: 'tr', language: 'tr', top: 'qwertyuıopğü', home: 'asdfghjklşi', bottom: 'zxcvbnmöç.', backquote: '"' },
];

// code -> (character -> ids of the layouts where that key gives it), built once.
const byCode = new Map<string, Map<string, string[]>>();
function put(code: string, char: string, id: string): void {
  if (char === ' ' || char.codePointAt(0)! < 0x80) return;
  let chars = byCode.get(code);
  if (!chars) byCode.set(code, (chars = new Map()));
  const ids = chars.get(char);
  if (ids) ids.push(id);
  else chars.set(char, [id]);
}
for (const layout of LAYOUTS) {
  const keys = [...(layout.top + layout.home + layout.bottom + layout.backquote)];
  keys.forEach((char, i) => put(KEY_CODES[i]!, char, layout.id));
  [...(layout.digits ?? '')].forEach((char, i) => put(DIGIT_CODES[i]!, char, layout.id));
}

/** The layouts (ids, most used first) where the key `code` gives `key`, Shift or not. */
export function layoutsFor(code: string, key: string): readonly string[] {
  const chars = byCode.get(code);
  if (!chars) return [];
  return chars.get(key) ?? chars.get(key.toLowerCase()) ?? [];
}

/** The language of a layout id. */
export function layoutLanguage(id: string): string | undefined {
  return LAYOUTS.find((l) => l.id === id)?.language;
}
