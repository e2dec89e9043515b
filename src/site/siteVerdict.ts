import { homoglyphs } from '@/src/inspector/homoglyphs';
import { imitatedName, officialDomains } from './officialDomains';
import { decodePunycodeLabel } from './punycode';

// Is this address an official USCIS site? A named verdict, never a bare boolean.
export type VerdictKind =
  | 'official' // https on uscis.gov or a subdomain: https://my.uscis.gov/account
  | 'not-https' // an official host without https: http://my.uscis.gov/
  | 'lookalike' // imitates uscis.gov: https://uscis-gov.com/, see LookalikeReason
  | 'not-uscis' // any other address: https://example.org/, chrome://newtab/
  | 'unknown'; // no address to judge: the tab's address is hidden, or not an address

export type LookalikeReason =
  | 'official-name-inside' // uscis.gov as the start of a longer host: uscis.gov.example.com
  | 'user-info' // text before an @ passes for the host: https://uscis.gov@example.com/
  | 'other-alphabet' // a punycode host that reads as uscis: xn--uscs-n9d.gov (uscіs.gov, Cyrillic і)
  | 'similar-name'; // uscis inside another name or one letter off: myuscisgov.com, usciss.us, ucsis.gov

export interface SiteVerdict {
  kind: VerdictKind;
  /** The host as the browser reads it, to show the person where they really are. */
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

function resemblesName(text: string): boolean {
  const folded = fold(text);
  if (folded.includes(imitatedName)) return true;
  return folded.split(/[^a-z0-9]+/).some((token) => token.length >= 4 && isOneEditAway(token, imitatedName));
}

export function isOfficialHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return officialDomains.some((domain) => h === domain || h.endsWith(`.${domain}`));
}

/**
 * Judges an address. Text without a scheme (`my.uscis.gov/account`) is read
 * as https, as a browser's address bar does today.
 */
export function siteVerdict(address: string | undefined): SiteVerdict {
  const text = address?.trim() ?? '';
  if (text === '') return { kind: 'unknown' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return { kind: 'unknown' };
  }
  // Browser and extension pages: their "host" (newtab, an extension id) would only confuse.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'not-uscis' };
  const host = url.hostname.replace(/\.$/, '');

  if (isOfficialHost(host)) return { kind: url.protocol === 'https:' ? 'official' : 'not-https', host };

  const official = officialDomains.find((domain) => host.startsWith(`${domain}.`) || host.includes(`.${domain}.`));
  if (official) return { kind: 'lookalike', host, reason: 'official-name-inside' };
  if (url.username || url.password) {
    const userInfo = decodeURIComponent(`${url.username}${url.password}`);
    if (resemblesName(userInfo) || userInfo.includes('.')) return { kind: 'lookalike', host, reason: 'user-info' };
  }
  const labels = host.split('.');
  if (labels.some((label) => label.startsWith('xn--'))) {
    const decoded = labels.map((label) => decodePunycodeLabel(label) ?? label).join('.');
    if (resemblesName(decoded)) return { kind: 'lookalike', host, reason: 'other-alphabet' };
  }
  if (resemblesName(host)) return { kind: 'lookalike', host, reason: 'similar-name' };
  return { kind: 'not-uscis', host };
}
