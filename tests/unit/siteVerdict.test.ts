import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePunycodeLabel } from '@/src/site/punycode';
import { siteVerdict, VERDICT_STEPS, type SiteVerdict } from '@/src/site/siteVerdict';

const cases: Array<{ input: string | undefined; expected: SiteVerdict }> = [
  // The sites people use, over https.
  { input: 'https://uscis.gov/', expected: { kind: 'official', host: 'uscis.gov' } },
  { input: 'https://www.uscis.gov/about-us/contact-us', expected: { kind: 'official', host: 'www.uscis.gov' } },
  { input: 'https://my.uscis.gov/account/applicant', expected: { kind: 'official', host: 'my.uscis.gov' } },
  { input: 'https://myaccount.uscis.gov/sign-in', expected: { kind: 'official', host: 'myaccount.uscis.gov' } },
  { input: 'https://egov.uscis.gov/', expected: { kind: 'official', host: 'egov.uscis.gov' } },
  { input: 'https://developer.uscis.gov/', expected: { kind: 'official', host: 'developer.uscis.gov' } },
  // Capitals, a port and a query do not change the host.
  { input: 'HTTPS://MY.USCIS.GOV/Account', expected: { kind: 'official', host: 'my.uscis.gov' } },
  { input: 'https://my.uscis.gov:443/account?x=1#top', expected: { kind: 'official', host: 'my.uscis.gov' } },
  // The browser's own reading decides: an escaped letter, an ideographic full stop, a backslash before the @.
  { input: 'https://%75scis.gov/', expected: { kind: 'official', host: 'uscis.gov' } }, // %75 is u
  { input: 'https://my.uscis\u3002gov/', expected: { kind: 'official', host: 'my.uscis.gov' } }, // \u3002 is read as a dot
  { input: 'https://my.uscis.gov\\@evil.example/', expected: { kind: 'official', host: 'my.uscis.gov' } }, // the browser reads \\ as the path's slash
  { input: 'https://my.uscis.gov#@evil.example', expected: { kind: 'official', host: 'my.uscis.gov' } }, // the @ is in the fragment
  // Trailing dots: the browser opens my.uscis.gov., a name the site never uses.
  { input: 'https://my.uscis.gov./account', expected: { kind: 'lookalike', host: 'my.uscis.gov.', reason: 'trailing-dot' } },
  { input: 'https://uscis.gov../', expected: { kind: 'lookalike', host: 'uscis.gov..', reason: 'trailing-dot' } },
  { input: 'https://uscis.gov.evil.example./', expected: { kind: 'lookalike', host: 'uscis.gov.evil.example.', reason: 'official-name-inside' } },
  // Pasted without a scheme, as from a letter: read as https.
  { input: 'my.uscis.gov/account/v1/needhelp', expected: { kind: 'official', host: 'my.uscis.gov' } },
  // Spaces around a pasted address are not part of it.
  { input: '  https://egov.uscis.gov/ \n', expected: { kind: 'official', host: 'egov.uscis.gov' } },
  // An official host without https.
  { input: 'http://my.uscis.gov/account', expected: { kind: 'not-https', host: 'my.uscis.gov' } },
  { input: 'http://uscis.gov', expected: { kind: 'not-https', host: 'uscis.gov' } },
  // The official name at the start of someone else's host.
  { input: 'https://uscis.gov.evil.com/', expected: { kind: 'lookalike', host: 'uscis.gov.evil.com', reason: 'official-name-inside' } },
  { input: 'https://uscis.gov.evil.example/', expected: { kind: 'lookalike', host: 'uscis.gov.evil.example', reason: 'official-name-inside' } },
  { input: 'https://uscis.gov%2eevil.example/', expected: { kind: 'lookalike', host: 'uscis.gov.evil.example', reason: 'official-name-inside' } }, // an escaped dot
  { input: 'https://my.uscis.gov.account-help.net/login', expected: { kind: 'lookalike', host: 'my.uscis.gov.account-help.net', reason: 'official-name-inside' } },
  // user@host: the browser goes to the part after the @.
  { input: 'https://my.uscis.gov@evil.com/account', expected: { kind: 'lookalike', host: 'evil.com', reason: 'user-info' } },
  { input: 'https://uscis.gov:secure@example.net/', expected: { kind: 'lookalike', host: 'example.net', reason: 'user-info' } },
  { input: 'https://www.uscis.gov%40evil.com@evil.com/', expected: { kind: 'lookalike', host: 'evil.com', reason: 'user-info' } },
  { input: 'https://uscis.gov@evil.example', expected: { kind: 'lookalike', host: 'evil.example', reason: 'user-info' } },
  // A malformed escape before the @: cannot be decoded, and the browser would open evil.example.
  { input: 'https://my.uscis.gov%ff@evil.example/account', expected: { kind: 'malformed', host: 'evil.example' } },
  { input: 'https://uscis.gov:%@evil.example/', expected: { kind: 'malformed', host: 'evil.example' } }, // a lone % in the password
  // A host written in another alphabet (punycode) that reads as uscis.
  { input: 'https://xn--uscs-n9d.gov/', expected: { kind: 'lookalike', host: 'xn--uscs-n9d.gov', reason: 'other-alphabet' } }, // usc\u0456s.gov, Cyrillic i
  { input: 'https://xn--usis-m6d.gov/', expected: { kind: 'lookalike', host: 'xn--usis-m6d.gov', reason: 'other-alphabet' } }, // us\u0441is.gov, Cyrillic s
  { input: 'https://my.xn--usis-m6d.gov/account', expected: { kind: 'lookalike', host: 'my.xn--usis-m6d.gov', reason: 'other-alphabet' } },
  // Typed with the lookalike letters themselves: the browser turns them into punycode.
  { input: 'https://usc\u0456s.gov/', expected: { kind: 'lookalike', host: 'xn--uscs-n9d.gov', reason: 'other-alphabet' } },
  { input: 'https://xn--uscs-n9d.gov.evil.example/', expected: { kind: 'lookalike', host: 'xn--uscs-n9d.gov.evil.example', reason: 'other-alphabet' } },
  { input: 'https://xn--80ak6aa92e.com/', expected: { kind: 'not-uscis', host: 'xn--80ak6aa92e.com' } }, // \u0430\u0440\u0440\u04cf\u0435.com: Cyrillic "apple", not uscis
  { input: 'https://xn--uscis-.gov/', expected: { kind: 'lookalike', host: 'xn--uscis-.gov', reason: 'other-alphabet' } }, // an empty punycode tail: still reads uscis
  // Names built around uscis, or one letter off.
  { input: 'https://uscis-gov.com/account', expected: { kind: 'lookalike', host: 'uscis-gov.com', reason: 'similar-name' } },
  { input: 'https://usciss.us/', expected: { kind: 'lookalike', host: 'usciss.us', reason: 'similar-name' } },
  { input: 'https://my-uscis.org/', expected: { kind: 'lookalike', host: 'my-uscis.org', reason: 'similar-name' } },
  { input: 'https://myuscisgov.com/', expected: { kind: 'lookalike', host: 'myuscisgov.com', reason: 'similar-name' } },
  { input: 'https://uscis.com/', expected: { kind: 'lookalike', host: 'uscis.com', reason: 'similar-name' } },
  { input: 'https://uscis.gov-help.com/', expected: { kind: 'lookalike', host: 'uscis.gov-help.com', reason: 'similar-name' } },
  { input: 'https://usc1s.gov/', expected: { kind: 'lookalike', host: 'usc1s.gov', reason: 'similar-name' } }, // 1 for i
  { input: 'https://uscls.gov/', expected: { kind: 'lookalike', host: 'uscls.gov', reason: 'similar-name' } }, // l for i
  { input: 'https://ucsis.gov/', expected: { kind: 'lookalike', host: 'ucsis.gov', reason: 'similar-name' } }, // two letters swapped
  { input: 'https://uscs-online.com/', expected: { kind: 'lookalike', host: 'uscs-online.com', reason: 'similar-name' } }, // one letter dropped
  { input: 'https://us-cis.gov/', expected: { kind: 'lookalike', host: 'us-cis.gov', reason: 'similar-name' } }, // a hyphen inside the name
  { input: 'https://u.s.c.i.s.gov/', expected: { kind: 'lookalike', host: 'u.s.c.i.s.gov', reason: 'similar-name' } }, // spelled out with dots
  { input: 'https://my.u.s.c.i.s.gov/', expected: { kind: 'lookalike', host: 'my.u.s.c.i.s.gov', reason: 'similar-name' } }, // the same under a subdomain
  { input: 'https://focus-cisco.com/', expected: { kind: 'not-uscis', host: 'focus-cisco.com' } }, // "uscis" only across a hyphen, mid-word: not a lookalike
  // A lookalike over http is still a lookalike first.
  { input: 'http://uscis-gov.com/', expected: { kind: 'lookalike', host: 'uscis-gov.com', reason: 'similar-name' } },
  // Other sites, including the rest of the government: not USCIS, and nothing more claimed.
  { input: 'https://www.dhs.gov/', expected: { kind: 'not-uscis', host: 'www.dhs.gov' } },
  { input: 'https://example.org/uscis-forms', expected: { kind: 'not-uscis', host: 'example.org' } },
  { input: 'https://music.example.com/', expected: { kind: 'not-uscis', host: 'music.example.com' } },
  { input: 'https://ucsc.edu/', expected: { kind: 'not-uscis', host: 'ucsc.edu' } },
  { input: 'https://xn--mnchen-3ya.de/', expected: { kind: 'not-uscis', host: 'xn--mnchen-3ya.de' } }, // m\u00fcnchen.de
  { input: 'https://user@example.com/', expected: { kind: 'not-uscis', host: 'example.com' } },
  // IP addresses: not USCIS, whatever form they are written in.
  { input: 'https://192.0.2.7/', expected: { kind: 'not-uscis', host: '192.0.2.7' } },
  { input: 'https://0xc0.0.2.7/', expected: { kind: 'not-uscis', host: '192.0.2.7' } }, // hexadecimal, read as 192.0.2.7
  { input: 'https://[2001:db8::1]/', expected: { kind: 'not-uscis', host: '[2001:db8::1]' } },
  { input: 'https://uscis.gov@192.0.2.7/', expected: { kind: 'lookalike', host: '192.0.2.7', reason: 'user-info' } },
  // Browser and extension pages.
  { input: 'chrome://newtab/', expected: { kind: 'not-uscis' } },
  { input: 'about:blank', expected: { kind: 'not-uscis' } },
  { input: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', expected: { kind: 'not-uscis' } },
  { input: 'file:///home/me/uscis.gov.html', expected: { kind: 'not-uscis' } },
  // Nothing to judge: the browser hid the address, or it is not an address.
  { input: undefined, expected: { kind: 'unknown' } },
  { input: '', expected: { kind: 'unknown' } },
  { input: '   ', expected: { kind: 'unknown' } },
  { input: 'not an address', expected: { kind: 'unknown' } },
  // Written as an address, but the browser cannot read it: malformed.
  { input: 'https://', expected: { kind: 'malformed' } },
  { input: 'https://my.uscis.gov:99999/', expected: { kind: 'malformed' } }, // port out of range
  { input: 'https://uscis.gov%00/', expected: { kind: 'malformed' } }, // a NUL in the host
  { input: 'my.uscis.gov%zz/', expected: { kind: 'malformed' } }, // no scheme, a broken escape in the host
];

describe('siteVerdict', () => {
  it.each(cases)('$input', ({ input, expected }) => {
    expect(siteVerdict(input)).toEqual(expected);
  });
});

describe('decodePunycodeLabel', () => {
  const labels: Array<{ input: string; expected: string | undefined }> = [
    { input: 'xn--mnchen-3ya', expected: 'm\u00fcnchen' }, // RFC 3492 style: basic part, then one insertion
    { input: 'xn--uscs-n9d', expected: 'usc\u0456s' }, // Cyrillic i inside
    { input: 'XN--USCS-N9D', expected: 'USC\u0456S' }, // the prefix in capitals; basic letters keep their case
    { input: 'uscis', expected: 'uscis' }, // not punycode: returned as is
    { input: 'xn--a-?', expected: undefined }, // not a punycode digit
    { input: 'xn--uscs-n9', expected: undefined }, // cut short
    { input: `xn--${'a'.repeat(58)}-`, expected: 'a'.repeat(58) }, // 63 characters, the longest label a name may have: decoded
    { input: `xn--${'a'.repeat(59)}-`, expected: undefined }, // 64: no name has such a label, and it is not decoded
  ];
  it.each(labels)('$input', ({ input, expected }) => {
    expect(decodePunycodeLabel(input)).toBe(expected);
  });
});

// Whatever is pasted, a verdict at once: a text longer than any address
// (8,000 characters) is "not a link we can check", never official; up to
// that length every name is read. (Timing is not asserted here: `npm run
// bench` prints it, scripts/bench-link-check.mjs.)
describe('siteVerdict on long texts', () => {
  const MB = 1024 * 1024;
  const longTexts: Array<{ what: string; input: string; expected: SiteVerdict }> = [
    // A megabyte of dotted labels: the shape that once took seconds.
    { what: '1 MB of a. labels', input: `https://${'a.'.repeat(MB / 2)}com/`, expected: { kind: 'too-long' } },
    // An official host with a megabyte of path: still not judged official.
    { what: 'my.uscis.gov with a 1 MB path', input: `https://my.uscis.gov/${'a'.repeat(MB)}`, expected: { kind: 'too-long' } },
    // A whole e-mail pasted, a link inside it.
    { what: 'a 1 MB message', input: `Dear applicant, ${'please sign in '.repeat(MB / 15)} https://my.uscis.gov/`, expected: { kind: 'too-long' } },
    // 8,000 characters exactly (21 + 7,979): still an address, read in full.
    { what: 'an official address of 8,000 characters', input: `https://my.uscis.gov/${'a'.repeat(7979)}`, expected: { kind: 'official', host: 'my.uscis.gov' } },
    // One more: too long.
    { what: 'an official address of 8,001 characters', input: `https://my.uscis.gov/${'a'.repeat(7980)}`, expected: { kind: 'too-long' } },
    // Under the limit, a long host of many labels is still read, and the name at its end found.
    { what: '3,000 labels, then u.s.c.i.s', input: `https://${'a.'.repeat(3000)}u.s.c.i.s.example/`, expected: { kind: 'lookalike', host: `${'a.'.repeat(3000)}u.s.c.i.s.example`, reason: 'similar-name' } },
    // Spaces around a long text are not counted.
    { what: '8,000 characters inside a megabyte of spaces', input: `${' '.repeat(MB)}https://my.uscis.gov/${'a'.repeat(7979)}${' '.repeat(MB)}`, expected: { kind: 'official', host: 'my.uscis.gov' } },
  ];
  it.each(longTexts)('$what', ({ input, expected }) => {
    expect(siteVerdict(input)).toEqual(expected);
  });
});

/** Written here, not read from the code under test: the browser's URL decides. */
function browserOpensUscis(text: string): boolean {
  const t = text.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:/i.test(t) ? t : `https://${t}`);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && (url.hostname === 'uscis.gov' || url.hostname.endsWith('.uscis.gov'));
}

describe('siteVerdict properties', () => {
  // A DNS label: letters, digits and inner hyphens.
  const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,14}[a-z0-9])?$/);

  it('every subdomain of uscis.gov over https is official', () => {
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 3 }), (labels) => {
        expect(siteVerdict(`https://${labels.join('.')}.uscis.gov/`).kind).toBe('official');
      }),
    );
  });

  it('uscis.gov followed by any other domain is a lookalike', () => {
    fc.assert(
      fc.property(label, fc.constantFrom('com', 'net', 'org', 'us', 'info'), (name, tld) => {
        expect(siteVerdict(`https://uscis.gov.${name}.${tld}/`)).toMatchObject({ kind: 'lookalike', reason: 'official-name-inside' });
      }),
    );
  });

  it('uscis.gov before an @ never makes another host official', () => {
    fc.assert(
      fc.property(label, (name) => {
        const verdict = siteVerdict(`https://uscis.gov@${name}.example/`);
        expect(verdict).toMatchObject({ kind: 'lookalike', reason: 'user-info', host: `${name}.example` });
      }),
    );
  });

  it('never throws, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(['official', 'not-https', 'lookalike', 'not-uscis', 'malformed', 'cannot-check', 'unknown']).toContain(siteVerdict(text).kind);
      }),
    );
  });

  // Pieces a scam link is built from: schemes, user info with escapes (good
  // and broken), IDN and punycode labels, dots, ports and IP addresses.
  const scheme = fc.constantFrom('https://', 'http://', 'HTTPS://', 'ftp://', 'javascript:', 'https:', 'https:///', '');
  const piece = fc.oneof(
    fc.constantFrom('uscis', 'gov', 'my', 'www', 'evil', 'example', 'us-cis', 'u', 's', 'c', 'i', 'xn--uscs-n9d', 'xn--80ak6aa92e', 'usc\u0456s', '\u3002', '%2e', '%75', '192', '0x7f', '1'),
    label,
  );
  const hostText = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 5 }), fc.constantFrom('', '.', '..')).map(([parts, dots]) => parts.join('.') + dots);
  const userInfo = fc.option(
    fc.tuple(fc.oneof(hostText, fc.constantFrom('my.uscis.gov%ff', 'uscis.gov%40x', '%', 'user')), fc.option(fc.constantFrom('secure', '%ff', 'x'), { nil: undefined })).map(([user, pass]) => `${user}${pass === undefined ? '' : `:${pass}`}@`),
    { nil: '' },
  );
  const port = fc.constantFrom('', ':443', ':8080', ':99999', ':');
  const rest = fc.constantFrom('', '/', '/account', '/%ff', '?q=%zz', '#@evil.example', '\\@evil.example');
  const link = fc.tuple(scheme, userInfo, fc.oneof(hostText, fc.constantFrom('[::1]', '192.0.2.7', 'uscis.gov')), port, rest).map((parts) => parts.join(''));

  it('is official only when the browser would open https on uscis.gov or a subdomain', () => {
    fc.assert(
      fc.property(link, (text) => {
        const verdict = siteVerdict(text);
        if (verdict.kind === 'official') expect({ text, opens: browserOpensUscis(text) }).toEqual({ text, opens: true });
        if (browserOpensUscis(text)) expect(verdict.kind).toBe('official');
      }),
      { numRuns: 3000 },
    );
  });

  it('names the host the browser would open', () => {
    fc.assert(
      fc.property(link, (text) => {
        const verdict = siteVerdict(text);
        if (verdict.host === undefined) return;
        const t = text.trim();
        expect(verdict.host).toBe(new URL(/^[a-z][a-z\d+.-]*:/i.test(t) ? t : `https://${t}`).hostname);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('siteVerdict when a step of ours fails', () => {
  // Whichever step throws, the verdict is "cannot be checked", never one
  // reached before it. Steps after the one that decides are never run:
  // `official` decides at step 1 (official), the %ff link at step 4 (user-info).
  const official = 'https://my.uscis.gov/account';
  it.each(VERDICT_STEPS.map(([name], i) => [name, i] as const))('%s', (_, i) => {
    const steps = VERDICT_STEPS.map(([name, step], j) => [name, j === i ? () => { throw new Error('boom'); } : step] as const);
    expect(siteVerdict(official, steps).kind).toBe(i <= 1 ? 'cannot-check' : 'official');
    expect(siteVerdict('https://my.uscis.gov%ff@evil.example/', steps).kind).toBe(i <= 4 ? 'cannot-check' : 'malformed');
  });
});
