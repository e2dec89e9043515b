import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/inspector/applyFixes.ts';
import { inspect } from '../../../src/inspector/inspect.ts';
import type { InspectOptions } from '../../../src/inspector/types.ts';
import { severityOf, summarizeAll } from './summarize.ts';

interface Case {
  text: string;
  findings: string[]; // see summarize.ts
  /** "Fix all": every certain fix applied; absent when nothing is fixable. */
  suggestion?: string;
  options?: InspectOptions;
}

const code = 'K7XH4MW9PT3R'; // a clean code: no lookalike, no lowercase
const cases: [string, Case][] = [
  // --- clean and empty
  ['empty text', { text: '', findings: [] }],
  ['a clean code', { text: 'K7XH4MW9PT3R', findings: [] }],
  ['a clean short code', { text: 'K7XH', findings: [] }],
  // --- leading / trailing white space
  ['space before', { text: ' K7XH4MW9PT3R', findings: ['leading-space@0='], suggestion: code }],
  ['space after', { text: 'K7XH4MW9PT3R ', findings: ['trailing-space@12='], suggestion: code }],
  ['tab before', { text: '\tK7XH4MW9PT3R', findings: ['leading-space@0='], suggestion: code }],
  ['newline after', { text: 'K7XH4MW9PT3R\n', findings: ['trailing-space@12='], suggestion: code }],
  ['CR LF after', { text: 'K7XH4MW9PT3R\r\n', findings: ['trailing-space@12=,13='], suggestion: code }],
  ['no-break space before', { text: '\u00a0K7XH4MW9PT3R', findings: ['leading-space@0='], suggestion: code }],
  ['thin space after', { text: 'K7XH4MW9PT3R\u2009', findings: ['trailing-space@12='], suggestion: code }],
  ['narrow no-break space before', { text: '\u202fK7XH4MW9PT3R', findings: ['leading-space@0='], suggestion: code }],
  ['ideographic spaces around', { text: '\u3000K7XH4MW9PT3R\u3000', findings: ['leading-space@0=', 'trailing-space@13='], suggestion: code }],
  ['line separator before', { text: '\u2028K7XH4MW9PT3R', findings: ['leading-space@0='], suggestion: code }],
  ['next line (NEL) before', { text: '\u0085K7XH4MW9PT3R', findings: ['leading-space@0='], suggestion: code }],
  ['ogham space mark before', { text: '\u1680K7XH4MW9PT3R', findings: ['leading-space@0='], suggestion: code }],
  ['medium mathematical space after', { text: 'K7XH4MW9PT3R\u205f', findings: ['trailing-space@12='], suggestion: code }],
  ['form feed and vertical tab after', { text: 'K7XH4MW9PT3R\f\v', findings: ['trailing-space@12=,13='], suggestion: code }],
  ['only spaces', { text: '   ', findings: ['leading-space@0=,1=,2='], suggestion: '' }],
  ['only a no-break space', { text: '\u00a0', findings: ['leading-space@0='], suggestion: '' }],
  // --- inner white space
  ['groups of four with spaces', { text: 'K7XH 4MW9 PT3R', findings: ['inner-space@4=,9='], suggestion: code }],
  ['no-break space inside', { text: 'K7XH\u00a04MW9PT3R', findings: ['inner-space@4='], suggestion: code }],
  ['em space inside', { text: 'K7XH\u20034MW9PT3R', findings: ['inner-space@4='], suggestion: code }],
  ['two spaces inside', { text: 'K7XH  4MW9PT3R', findings: ['inner-space@4=,5='], suggestion: code }],
  ['newline inside', { text: 'K7XH\n4MW9PT3R', findings: ['inner-space@4='], suggestion: code }],
  // --- invisible characters
  ['zero-width space before', { text: '\u200bK7XH4MW9PT3R', findings: ['invisible@0='], suggestion: code }],
  ['zero-width non-joiner inside', { text: 'K7XH\u200c4MW9PT3R', findings: ['invisible@4='], suggestion: code }],
  ['zero-width joiner inside', { text: 'K7XH\u200d4MW9PT3R', findings: ['invisible@4='], suggestion: code }],
  ['byte order mark before', { text: '\ufeffK7XH4MW9PT3R', findings: ['invisible@0='], suggestion: code }],
  ['soft hyphen inside', { text: 'K7XH\u00ad4MW9PT3R', findings: ['invisible@4='], suggestion: code }],
  ['word joiner inside', { text: 'K7XH\u20604MW9PT3R', findings: ['invisible@4='], suggestion: code }],
  ['left-to-right mark before', { text: '\u200eK7XH4MW9PT3R', findings: ['invisible@0='], suggestion: code }],
  ['right-to-left mark after', { text: 'K7XH4MW9PT3R\u200f', findings: ['invisible@12='], suggestion: code }],
  ['right-to-left override and pop', { text: '\u202eK7XH4MW9PT3R\u202c', findings: ['invisible@0=,13='], suggestion: code }],
  ['bidi isolates around', { text: '\u2066K7XH4MW9PT3R\u2069', findings: ['invisible@0=,13='], suggestion: code }],
  ['NUL inside', { text: 'K7XH\u00004MW9PT3R', findings: ['invisible@4='], suggestion: code }],
  ['escape inside', { text: 'K7XH\u001b4MW9PT3R', findings: ['invisible@4='], suggestion: code }],
  ['delete inside', { text: 'K7XH\u007f4MW9PT3R', findings: ['invisible@4='], suggestion: code }],
  ['variation selector 16 inside', { text: 'K7XH\ufe0f4MW9PT3R', findings: ['invisible@4='], suggestion: code }],
  ['tag letter (astral) inside', { text: 'K7XH\u{E0041}4MW9PT3R', findings: ['invisible@4='], suggestion: code }],
  ['combining grapheme joiner inside', { text: 'K7XH\u034f4MW9PT3R', findings: ['invisible@4='], suggestion: code }],
  ['Mongolian vowel separator inside', { text: 'K7XH\u180e4MW9PT3R', findings: ['invisible@4='], suggestion: code }],
  ['Hangul filler inside', { text: 'K7XH\u31644MW9PT3R', findings: ['invisible@4='], suggestion: code }],
  ['Braille pattern blank inside', { text: 'K7XH\u28004MW9PT3R', findings: ['invisible@4='], suggestion: code }],
  ['Arabic number sign (prepended concatenation mark) before', { text: '\u0600K7XH4MW9PT3R', findings: ['invisible@0='], suggestion: code }],
  ['Egyptian hieroglyph vertical joiner inside (astral)', { text: 'K7XH\u{13430}4MW9PT3R', findings: ['invisible@4='], suggestion: code }],
  ['object replacement character after', { text: 'K7XH4MW9PT3R\ufffc', findings: ['invisible@12='], suggestion: code }],
  ['lone high surrogate before', { text: '\ud800K7XH4MW9PT3R', findings: ['invisible@0='], suggestion: code }],
  ['lone low surrogate after', { text: 'K7XH4MW9PT3R\udc00', findings: ['invisible@12='], suggestion: code }],
  ['two high surrogates inside', { text: 'K7XH\udbff\ud8004MW9PT3R', findings: ['invisible@4=,5='], suggestion: code }],
  ['zero-width space between leading spaces', { text: ' \u200b K7XH4MW9PT3R', findings: ['leading-space@0=,2=', 'invisible@1='], suggestion: code }],
  ['zero-width space between trailing spaces', { text: 'K7XH4MW9PT3R \u200b ', findings: ['trailing-space@12=,14=', 'invisible@13='], suggestion: code }],
  // --- full-width forms
  ['full-width K and 7', { text: '\uff2b\uff17XH4MW9PT3R', findings: ['fullwidth@0=K,1=7'], suggestion: code }],
  ['full-width 3', { text: 'K7XH4MW9PT\uff13R', findings: ['fullwidth@10=3'], suggestion: code }],
  ['full-width small k', { text: '\uff4b7XH4MW9PT3R', findings: ['fullwidth@0=k'], suggestion: 'k7XH4MW9PT3R' }],
  ['full-width hyphen-minus', { text: 'K7XH\uff0d4MW9PT3R', findings: ['fullwidth@4=-'], suggestion: 'K7XH-4MW9PT3R' }],
  ['full-width zero', { text: 'K7XH\uff10', findings: ['fullwidth@4=0'], suggestion: 'K7XH0' }],
  // --- homoglyphs
  ['Cyrillic Ha', { text: 'K7\u0425H4MW9PT3R', findings: ['homoglyph@2=X'], suggestion: code }],
  ['Cyrillic Ka', { text: '\u041a7XH4MW9PT3R', findings: ['homoglyph@0=K'], suggestion: code }],
  ['Cyrillic Em', { text: 'K7XH4\u041cW9PT3R', findings: ['homoglyph@5=M'], suggestion: code }],
  ['Cyrillic Er, Te and Ze', { text: 'K7XH4MW9\u0420\u0422\u0417R', findings: ['homoglyph@8=P,9=T,10=3'], suggestion: code }],
  ['Greek Rho', { text: 'K7XH4MW9PT3\u03a1', findings: ['homoglyph@11=P'], suggestion: 'K7XH4MW9PT3P' }],
  ['Greek Kappa, Chi, Eta', { text: '\u039a7\u03a7\u03974MW9PT3R', findings: ['homoglyph@0=K,2=X,3=H'], suggestion: code }],
  ['Armenian Tiwn (looks like S)', { text: '\u054f7XH', findings: ['homoglyph@0=S'], suggestion: 'S7XH' }],
  ['Cherokee A (looks like D)', { text: '\u13a07XH', findings: ['homoglyph@0=D'], suggestion: 'D7XH' }],
  ['Cherokee Go and La', { text: '\u13aa\u13b3', findings: ['homoglyph@0=A,1=W'], suggestion: 'AW' }],
  ['Cyrillic small a and ie', { text: '\u0430\u0435', findings: ['homoglyph@0=a,1=e'], suggestion: 'ae' }],
  ['Cyrillic O', { text: 'K7XH4MW9PT3\u041e', findings: ['homoglyph@11=O'], suggestion: 'K7XH4MW9PT3O' }],
  ['Cyrillic I (Ukrainian)', { text: 'K7\u0406H', findings: ['homoglyph@2=I'], suggestion: 'K7IH' }],
  ['Greek Iota', { text: 'K7\u0399H', findings: ['homoglyph@2=I'], suggestion: 'K7IH' }],
  ['Cyrillic reversed dze (looks like 2)', { text: 'K7\ua644H', findings: ['homoglyph@2=2'], suggestion: 'K72H' }],
  ['Cyrillic small be (looks like 6)', { text: 'K7\u0431H', findings: ['homoglyph@2=6'], suggestion: 'K76H' }],
  ['dotless i', { text: 'K7\u0131H', findings: ['homoglyph@2=i'], suggestion: 'K7iH' }],
  // --- every lookalike Unicode knows (confusables.txt 17.0.0, NFKC): a row per family
  ['mathematical bold capital A (NFKC)', { text: '\u{1D400}7XH', findings: ['homoglyph@0=A'], suggestion: 'A7XH' }],
  ['mathematical bold K (astral, NFKC)', { text: '\u{1D40A}7XH', findings: ['homoglyph@0=K'], suggestion: 'K7XH' }],
  ['mathematical fraktur small a (NFKC)', { text: 'K7\u{1D51E}H', findings: ['homoglyph@2=a'], suggestion: 'K7aH' }],
  ['Kelvin sign (canonically K)', { text: '\u212a7XH', findings: ['homoglyph@0=K'], suggestion: 'K7XH' }],
  ['double-struck capital C, a letterlike symbol', { text: '\u2102K7X', findings: ['homoglyph@0=C'], suggestion: 'CK7X' }],
  ['Roman numeral one (NFKC I)', { text: 'K7\u2160H', findings: ['homoglyph@2=I'], suggestion: 'K7IH' }],
  ['Roman numeral ten', { text: 'K7\u2169H', findings: ['homoglyph@2=X'], suggestion: 'K7XH' }],
  ['circled capital A', { text: 'K7\u24b6H', findings: ['homoglyph@2=A'], suggestion: 'K7AH' }],
  ['squared capital A', { text: 'K7\u{1F130}H', findings: ['homoglyph@2=A'], suggestion: 'K7AH' }],
  ['modifier capital A (superscript)', { text: 'K7\u1d2cH', findings: ['homoglyph@2=A'], suggestion: 'K7AH' }],
  ['Cyrillic small sha (looks like w)', { text: 'K7\u0448H', findings: ['homoglyph@2=w'], suggestion: 'K7wH' }],
  ['Greek small sho (looks like p)', { text: 'K7\u03f8H', findings: ['homoglyph@2=p'], suggestion: 'K7pH' }],
  ['Cherokee small letter v (looks like i)', { text: 'K7\uab75H', findings: ['homoglyph@2=i'], suggestion: 'K7iH' }],
  ['Coptic capital O', { text: 'K7\u2c9eH', findings: ['homoglyph@2=O'], suggestion: 'K7OH' }],
  ['IPA alpha (looks like a)', { text: 'K7\u0251H', findings: ['homoglyph@2=a'], suggestion: 'K7aH' }],
  ['IPA script g', { text: 'K7\u0261H', findings: ['homoglyph@2=g'], suggestion: 'K7gH' }],
  ['Canadian syllabics e (looks like V)', { text: 'K7\u142fH', findings: ['homoglyph@2=V'], suggestion: 'K7VH' }],
  ['Latin capital tone five (looks like 5)', { text: 'K7\u01bcH', findings: ['homoglyph@2=5'], suggestion: 'K75H' }],
  // confusables.txt folds I into l; a code is printed in capitals, so a stroke is I unless it is a small letter
  ['Arabic alef, a stroke: capital I', { text: 'K7\u0627H', findings: ['homoglyph@2=I'], suggestion: 'K7IH' }],
  ['Cyrillic small palochka stays small l', { text: 'K7\u04cfH', findings: ['homoglyph@2=l'], suggestion: 'K7lH' }],
  // --- digits of other systems
  ['Arabic-Indic zero and one', { text: '\u0660\u0661', findings: ['other-digit@0=0,1=1'], suggestion: '01' }],
  ['Persian four and seven', { text: '\u06f4\u06f7', findings: ['other-digit@0=4,1=7'], suggestion: '47' }],
  ['Devanagari one and three', { text: '\u0967\u0969', findings: ['other-digit@0=1,1=3'], suggestion: '13' }],
  ['Bengali four', { text: 'K\u09ea', findings: ['other-digit@1=4'], suggestion: 'K4' }],
  ['Thai nine', { text: 'K\u0e59', findings: ['other-digit@1=9'], suggestion: 'K9' }],
  ['mathematical bold three (astral)', { text: 'K\u{1D7D1}', findings: ['other-digit@1=3'], suggestion: 'K3' }],
  ['mathematical monospace nine', { text: 'K\u{1D7FF}', findings: ['other-digit@1=9'], suggestion: 'K9' }],
  ['superscript two', { text: 'K\u00b2', findings: ['other-digit@1=2'], suggestion: 'K2' }],
  ['subscript three', { text: 'K\u2083', findings: ['other-digit@1=3'], suggestion: 'K3' }],
  ['circled four', { text: 'K\u2463', findings: ['other-digit@1=4'], suggestion: 'K4' }],
  ['circled zero', { text: 'K\u24ea', findings: ['other-digit@1=0'], suggestion: 'K0' }],
  ['circled one', { text: 'K\u2460', findings: ['other-digit@1=1'], suggestion: 'K1' }],
  ['double circled one', { text: 'K\u24f5', findings: ['other-digit@1=1'], suggestion: 'K1' }],
  ['Tolong Siki seven (Unicode 17)', { text: 'K\u{11DE7}', findings: ['other-digit@1=7'], suggestion: 'K7' }],
  ['negative circled seven', { text: 'K\u277c', findings: ['other-digit@1=7'], suggestion: 'K7' }],
  ['segmented five', { text: 'K\u{1FBF5}', findings: ['other-digit@1=5'], suggestion: 'K5' }],
  // --- punctuation
  ['hyphens between groups', { text: 'K7XH-4MW9-PT3R', findings: ['punctuation@4,9'] }],
  ['en dash', { text: 'K7XH\u20134MW9PT3R', findings: ['punctuation@4'] }],
  ['em dash', { text: 'K7XH\u20144MW9PT3R', findings: ['punctuation@4'] }],
  ['minus sign', { text: 'K7XH\u22124MW9PT3R', findings: ['punctuation@4'] }],
  ['straight quotes around', { text: '"K7XH4MW9PT3R"', findings: ['punctuation@0,13'] }],
  ['curly quotes around', { text: '\u201cK7XH4MW9PT3R\u201d', findings: ['punctuation@0,13'] }],
  ['full stop', { text: 'K7XH.4MW9', findings: ['punctuation@4'] }],
  ['slash', { text: 'K7XH/4MW9', findings: ['punctuation@4'] }],
  ['asterisk', { text: 'K7XH*4MW9', findings: ['punctuation@4'] }],
  ['low line', { text: 'K7XH_4MW9', findings: ['punctuation@4'] }],
  // --- other non-ASCII
  ['e with acute', { text: 'K7XH\u00e94MW9', findings: ['non-ascii@4'] }],
  ['emoji (astral)', { text: 'K7XH\u{1F600}', findings: ['non-ascii@4'] }],
  ['combining acute accent', { text: 'K7XH\u0301', findings: ['non-ascii@4'] }],
  ['CJK ideograph', { text: 'K7XH\u4e2d', findings: ['non-ascii@4'] }],
  ['private use character', { text: 'K7XH\ue000', findings: ['non-ascii@4'] }],
  ['multiplication sign looks like x (confusables.txt 17)', { text: 'K7\u00d7H', findings: ['homoglyph@2=x'], suggestion: 'K7xH' }],
  ['e with acute: its skeleton is e and a mark, no one letter', { text: 'K7\u00e9H', findings: ['non-ascii@2'] }],
  // --- case and lookalikes
  ['all lowercase', { text: 'k7xh4mw9pt3r', findings: ['lowercase@0,2,3,5,6,8,9,11'] }],
  ['one lowercase letter', { text: 'K7xH', findings: ['lowercase@2'] }],
  ['zero among capitals', { text: 'K0XH', findings: ['lookalike@1'] }],
  ['O 0 I l 1', { text: 'O0Il1', findings: ['lowercase@3', 'lookalike@0,1,2,4'] }],
  ['5 S 2 Z 8 B', { text: '5S2Z8B', findings: ['lookalike@0,1,2,3,4,5'] }],
  ['small o', { text: 'o', findings: ['lowercase@0'] }],
  // --- Caps Lock, from the DOM layer
  ['Caps Lock on', { text: 'K7XH4MW9PT3R', options: { capsLock: true }, findings: ['caps-lock'] }],
  ['Caps Lock on, empty field', { text: '', options: { capsLock: true }, findings: ['caps-lock'] }],
  ['Caps Lock off', { text: 'K7XH4MW9PT3R', options: { capsLock: false }, findings: [] }],
  // --- other identifiers in the access-code field
  ['receipt number IOE', { text: 'IOE0912345678', findings: ['looks-like-receipt-number', 'lookalike@0,1,3,5,6,9,12'] }],
  ['receipt number WAC', { text: 'WAC3463476349', findings: ['looks-like-receipt-number'] }],
  ['receipt number with a space and dashes', { text: 'WAC 346-347-6349', findings: ['looks-like-receipt-number', 'inner-space@3=', 'punctuation@7,11'], suggestion: 'WAC346-347-6349' }],
  ['receipt number with an asterisk', { text: 'WAC*463476349', findings: ['looks-like-receipt-number', 'punctuation@3'] }],
  ['receipt number in lowercase', { text: 'wac3463476349', findings: ['looks-like-receipt-number', 'lowercase@0,1,2'] }],
  ['receipt number with a full-width 3', { text: 'WAC\uff13463476349', findings: ['looks-like-receipt-number', 'fullwidth@3=3'], suggestion: 'WAC3463476349' }],
  ['receipt number with Cyrillic letters', { text: '\u0415\u0410\u0421346347634', findings: ['homoglyph@0=E,1=A,2=C'], suggestion: 'EAC346347634' }],
  ['receipt number with Cyrillic letters, 13 long', { text: '\u0415\u0410\u04213463476349', findings: ['looks-like-receipt-number', 'homoglyph@0=E,1=A,2=C'], suggestion: 'EAC3463476349' }],
  ['3 letters + 9 digits is no receipt number', { text: 'WAC346347634', findings: [] }],
  ['A-Number, 9 digits', { text: 'A346793467', findings: ['looks-like-a-number'] }],
  ['A-Number, 7 digits', { text: 'A3467934', findings: ['looks-like-a-number'] }],
  ['A-Number, lowercase a', { text: 'a346793467', findings: ['looks-like-a-number', 'lowercase@0'] }],
  ['A-Number with dashes', { text: 'A-346-793-467', findings: ['looks-like-a-number', 'punctuation@1,5,9'] }],
  ['A + 6 digits is no A-Number', { text: 'A346793', findings: [] }],
  ['A + 11 digits is no A-Number', { text: 'A34679346734', findings: [] }],
  ['account number, 12 digits', { text: '346793467934', findings: ['looks-like-account-number'] }],
  ['account number in groups', { text: '3467 9346 7934', findings: ['looks-like-account-number', 'inner-space@4=,9='], suggestion: '346793467934' }],
  ['verification code, 6 digits', { text: '346793', findings: ['looks-like-verification-code'] }],
  ['verification code with a space', { text: '346 793', findings: ['looks-like-verification-code', 'inner-space@3='], suggestion: '346793' }],
  ['verification code in full-width digits', { text: '\uff13\uff14\uff16\uff17\uff19\uff13', findings: ['fullwidth@0=3,1=4,2=6,3=7,4=9,5=3', 'looks-like-verification-code'], suggestion: '346793' }],
  ['verification code in Arabic-Indic digits', { text: '\u0663\u0664\u0666\u0667\u0669\u0663', findings: ['other-digit@0=3,1=4,2=6,3=7,4=9,5=3', 'looks-like-verification-code'], suggestion: '346793' }],
  ['5 digits', { text: '34679', findings: [] }],
  // --- several problems at once
  ['space, Cyrillic Ha, zero-width space', { text: ' K7\u0425H4MW9PT3R\u200b', findings: ['leading-space@0=', 'homoglyph@3=X', 'invisible@13='], suggestion: code }],
  [
    'a scan: no-break space, full-width K, Cyrillic Ha, inner space, lowercase r, zero-width space, newline',
    {
      text: '\u00a0\uff2b7\u0425H 4MW9PT3r\u200b\n',
      findings: ['leading-space@0=', 'fullwidth@1=K', 'homoglyph@3=X', 'invisible@14=', 'trailing-space@15=', 'inner-space@5=', 'lowercase@13'],
      suggestion: 'K7XH4MW9PT3r',
    },
  ],
  ['astral digits keep UTF-16 offsets', { text: '\u{1D7D1}\u{1D7D1}x', findings: ['other-digit@0=3,2=3', 'lowercase@4'], suggestion: '33x' }],
  // --- a format profile (data; empty by default)
  ['profile length 12, 12 characters', { text: code, options: { profile: { lengths: [12] } }, findings: [] }],
  ['profile length 12, 11 characters', { text: 'K7XH4MW9PT3', options: { profile: { lengths: [12] } }, findings: ['wrong-length!11'] }],
  ['profile length 12, a leading space is not counted', { text: ' K7XH4MW9PT3R', options: { profile: { lengths: [12] } }, findings: ['leading-space@0='], suggestion: code }],
  ['profile alphabet, all inside', { text: code, options: { profile: { alphabet: 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789' } }, findings: [] }],
  ['profile alphabet, a 1 outside', { text: 'K7XH4MW9PT1R', options: { profile: { alphabet: 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789' } }, findings: ['outside-alphabet@10'] }],
  ['empty profile', { text: 'K7X', options: { profile: {} }, findings: [] }],
];

describe('inspect, access-code field', () => {
  it.each(cases)('%s', (_label, { text, findings, suggestion, options }) => {
    const result = inspect(text, 'access-code', options);
    expect(summarizeAll(result)).toEqual(findings);
    const fixed = result.fixable.length > 0 ? applyFixes(text, 'access-code', result.fixable, options) : undefined;
    expect(fixed).toBe(suggestion);
    for (const finding of result.findings) {
      expect(finding.severity).toBe(severityOf[finding.kind]);
      expect(finding.count).toBe(finding.chars.length);
    }
  });
});
