import { homoglyphs } from '@/src/inspector/homoglyphs';
import { imitatedName, officialDomains } from './uscisPages';
import { decodePunycodeLabel } from './punycode';

// Is this address an official USCIS site? A named verdict, never a bare boolean.
export type VerdictKind =
  | 'official' // https on uscis.gov or a subdomain: https://my.uscis.gov/account
  | 'not-https' // an official host without https: http://my.uscis.gov/
  | 'lookalike' // imitates uscis.gov: https://uscis-gov.com/, see LookalikeReason
  | 'not-uscis' // any other address: https://example.org/, chrome://newtab/
  | 'malformed' // written like an address but cannot be read or decoded: https://my.uscis.gov%ff@evil.example/
  | 'cannot-check' // our own check failed: never an earlier verdict instead
  | 'too-long' // longer than any address we read (MAX_ADDRESS_LENGTH): a whole e-mail pasted, 'https://' + 'a.'.repeat(5000)
  | 'unknown'; // no address to judge: the tab's address is hidden, or not an address

export type LookalikeReason =
  | 'official-name-inside' // uscis.gov as the start of a longer host: uscis.gov.example.com
  | 'user-info' // text before an @ passes for the host: https://uscis.gov@example.com/
  | 'other-alphabet' // a punycode host that reads as uscis: xn--uscs-n9d.gov (uscіs.gov, Cyrillic і)
  | 'similar-name' // uscis inside another name or one letter off: myuscisgov.com, usciss.us, ucsis.gov, us-cis.gov
  | 'trailing-dot'; // an official name with extra dots at the end: https://my.uscis.gov./

export interface SiteVerdict {
  kind: VerdictKind;
  /** The host as the browser reads it (`new URL(text).hostname`), to show the person where they really are. */
  host?: string;
  reason?: LookalikeReason;
}

const asciiFor = new Map<number, string>(homoglyphs.map(([cp, ascii]) => [cp, ascii]));

// Characters people and scammers swap for the letters of "uscis".
const foldAscii: Record<string, string> = { '1': 'i', l: 'i', '|': 'i', '0': 'o', '5': 's', $: 's' };

/** Lowercase, other alphabets' lookalikes folded to ASCII, then 1/l => i, 0 => o, 5 => s. */
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const ascii = (asciiFor.get(ch.codePointAt(0)!) ?? ch).toLowerCase();
    out += foldAscii[ascii] ?? ascii;
  }
  return out;
}

/** Damerau-Levenshtein distance of at most one (one letter added, dropped, changed or swapped). */
function isOneEditAway(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, n: number) => x.slice(i + n);
  return (
    rest(a, 1) === rest(b, 1) || // changed
    rest(a, 1) === rest(b, 0) || // a has one more
    rest(a, 0) === rest(b, 1) || // b has one more
    (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, 2) === rest(b, 2)) // swapped
  );
}

/**
 * "u.s.c.i.s.gov", "us-cis.gov": the name spelled out across dots or hyphens,
 * from some label on. One pass: the pieces joined once, the name looked for
 * at each piece's start (never a join per piece, which grew as the square of
 * the length).
 */
function spellsNameAcrossSeparators(folded: string): boolean {
  const pieces = folded.split(/[.\-_]+/);
  const joined = pieces.join('');
  let at = 0;
  for (const piece of pieces) {
    if (joined.startsWith(imitatedName, at)) return true;
    at += piece.length;
  }
  return false;
}

function resemblesName(text: string): boolean {
  const folded = fold(text);
  if (folded.includes(imitatedName)) return true;
  if (spellsNameAcrossSeparators(folded)) return true;
  return folded.split(/[^a-z0-9]+/).some((token) => token.length >= 4 && isOneEditAway(token, imitatedName));
}

/** uscis.gov or a subdomain, exactly as the browser's URL gives the host (no trailing dot). */
export function isOfficialHost(host: string): boolean {
  const h = host.toLowerCase();
  return officialDomains.some((domain) => h === domain || h.endsWith(`.${domain}`));
}

/** What every step looks at: the browser's reading of the address. */
export interface Address {
  url: URL;
  /** url.hostname, as the browser would open it. */
  host: string;
  /** The host without the dots a name may end with (`my.uscis.gov.` -> `my.uscis.gov`), to compare names. */
  name: string;
}

/** One step of the verdict: a verdict, or null to pass the address on. */
export type VerdictStep = (address: Address) => SiteVerdict | null;

/** decodeURIComponent, or undefined for a malformed escape (`%ff`, a lone `%`). */
function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * The steps, in order; the first verdict wins, and an address no step
 * claims is not USCIS. Named so a test can make any one of them fail.
 */
export const VERDICT_STEPS: ReadonlyArray<readonly [string, VerdictStep]> = [
  // Browser and extension pages: their "host" (newtab, an extension id) would only confuse.
  ['browser-page', ({ url }) => (url.protocol !== 'https:' && url.protocol !== 'http:' ? { kind: 'not-uscis' } : null)],
  // The one way to be official: https and a host that is uscis.gov or under it.
  ['official', ({ url, host }) => (isOfficialHost(host) ? { kind: url.protocol === 'https:' ? 'official' : 'not-https', host } : null)],
  // my.uscis.gov. is not the name the site uses: an official name never needs the extra dot.
  ['trailing-dot', ({ host, name }) => (host !== name && isOfficialHost(name) ? { kind: 'lookalike', host, reason: 'trailing-dot' } : null)],
  ['official-name-inside', ({ host, name }) =>
    officialDomains.some((domain) => name.startsWith(`${domain}.`) || name.includes(`.${domain}.`))
      ? { kind: 'lookalike', host, reason: 'official-name-inside' }
      : null],
  ['user-info', ({ url, host }) => {
    if (!url.username && !url.password) return null;
    const userInfo = decoded(`${url.username}${url.password}`);
    if (userInfo === undefined) return { kind: 'malformed', host };
    return resemblesName(userInfo) || userInfo.includes('.') ? { kind: 'lookalike', host, reason: 'user-info' } : null;
  }],
  ['other-alphabet', ({ host, name }) => {
    const labels = name.split('.');
    if (!labels.some((label) => label.startsWith('xn--'))) return null;
    const unicode = labels.map((label) => decodePunycodeLabel(label) ?? label).join('.');
    return resemblesName(unicode) ? { kind: 'lookalike', host, reason: 'other-alphabet' } : null;
  }],
  ['similar-name', ({ host, name }) => (resemblesName(name) ? { kind: 'lookalike', host, reason: 'similar-name' } : null)],
];

/**
 * The longest text read as an address: 8,000 characters, what RFC 9110
 * (section 4.1) asks every recipient of an address to support. Links in
 * letters, e-mails and text messages are far shorter; a longer paste is
 * something else (a whole message), and judging it would only keep the
 * person waiting.
 */
export const MAX_ADDRESS_LENGTH = 8000;

// Text someone meant as an address: a scheme, or a dot, slash, @ or % in one word.
const LOOKS_LIKE_ADDRESS = /^[a-z][a-z\d+.-]*:|^\S*[./@%]\S*$/i;

/**
 * Judges an address. Text without a scheme (`my.uscis.gov/account`) is read
 * as https, as a browser's address bar does today. Every step is guarded: a
 * failure of ours anywhere gives 'cannot-check', never a verdict reached
 * before it.
 */
export function siteVerdict(address: string | undefined, steps = VERDICT_STEPS): SiteVerdict {
  try {
    const text = address?.trim() ?? '';
    if (text === '') return { kind: 'unknown' };
    if (text.length > MAX_ADDRESS_LENGTH) return { kind: 'too-long' };
    let url: URL;
    try {
      url = new URL(/^[a-z][a-z\d+.-]*:/i.test(text) ? text : `https://${text}`);
    } catch {
      return LOOKS_LIKE_ADDRESS.test(text) ? { kind: 'malformed' } : { kind: 'unknown' };
    }
    const host = url.hostname;
    const subject: Address = { url, host, name: host.replace(/\.+$/, '') };
    for (const [, step] of steps) {
      const verdict = step(subject);
      if (verdict) return verdict;
    }
    return { kind: 'not-uscis', host };
  } catch {
    return { kind: 'cannot-check' };
  }
}
