import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePunycodeLabel } from '@/src/site/punycode';
import { siteVerdict, type SiteVerdict } from '@/src/site/siteVerdict';

const cases: Array<{ input: string | undefined; expected: SiteVerdict }> = [
  // The sites people use, over https.
  { input: 'https://uscis.gov/', expected: { kind: 'official', host: 'uscis.gov' } },
  { input: 'https://www.uscis.gov/about-us/contact-us', expected: { kind: 'official', host: 'www.uscis.gov' } },
  { input: 'https://my.uscis.gov/account/applicant', expected: { kind: 'official', host: 'my.uscis.gov' } },
  { input: 'https://myaccount.uscis.gov/sign-in', expected: { kind: 'official', host: 'myaccount.uscis.gov' } },
  { input: 'https://egov.uscis.gov/', expected: { kind: 'official', host: 'egov.uscis.gov' } },
  { input: 'https://developer.uscis.gov/', expected: { kind: 'official', host: 'developer.uscis.gov' } },
  // Capitals, a port, a trailing dot and a query do not change the host.
  { input: 'HTTPS://MY.USCIS.GOV/Account', expected: { kind: 'official', host: 'my.uscis.gov' } },
  { input: 'https://my.uscis.gov:443/account?x=1#top', expected: { kind: 'official', host: 'my.uscis.gov' } },
  { input: 'https://my.uscis.gov./account', expected: { kind: 'official', host: 'my.uscis.gov' } },
  // Pasted without a scheme, as from a letter: read as https.
  { input: 'my.uscis.gov/account/v1/needhelp', expected: { kind: 'official', host: 'my.uscis.gov' } },
  // Spaces around a pasted address are not part of it.
  { input: '  https://egov.uscis.gov/ \n', expected: { kind: 'official', host: 'egov.uscis.gov' } },
  // An official host without https.
  { input: 'http://my.uscis.gov/account', expected: { kind: 'not-https', host: 'my.uscis.gov' } },
  { input: 'http://uscis.gov', expected: { kind: 'not-https', host: 'uscis.gov' } },
  // The official name at the start of someone else's host.
  { input: 'https://uscis.gov.evil.com/', expected: { kind: 'lookalike', host: 'uscis.gov.evil.com', reason: 'official-name-inside' } },
  { input: 'https://my.uscis.gov.account-help.net/login', expected: { kind: 'lookalike', host: 'my.uscis.gov.account-help.net', reason: 'official-name-inside' } },
  // user@host: the browser goes to the part after the @.
  { input: 'https://my.uscis.gov@evil.com/account', expected: { kind: 'lookalike', host: 'evil.com', reason: 'user-info' } },
  { input: 'https://uscis.gov:secure@example.net/', expected: { kind: 'lookalike', host: 'example.net', reason: 'user-info' } },
  { input: 'https://www.uscis.gov%40evil.com@evil.com/', expected: { kind: 'lookalike', host: 'evil.com', reason: 'user-info' } },
  // A host written in another alphabet (punycode) that reads as uscis.
  { input: 'https://xn--uscs-n9d.gov/', expected: { kind: 'lookalike', host: 'xn--uscs-n9d.gov', reason: 'other-alphabet' } }, // usc\u0456s.gov, Cyrillic i
  { input: 'https://xn--usis-m6d.gov/', expected: { kind: 'lookalike', host: 'xn--usis-m6d.gov', reason: 'other-alphabet' } }, // us\u0441is.gov, Cyrillic s
  { input: 'https://my.xn--usis-m6d.gov/account', expected: { kind: 'lookalike', host: 'my.xn--usis-m6d.gov', reason: 'other-alphabet' } },
  // Typed with the lookalike letters themselves: the browser turns them into punycode.
  { input: 'https://usc\u0456s.gov/', expected: { kind: 'lookalike', host: 'xn--uscs-n9d.gov', reason: 'other-alphabet' } },
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
  // A lookalike over http is still a lookalike first.
  { input: 'http://uscis-gov.com/', expected: { kind: 'lookalike', host: 'uscis-gov.com', reason: 'similar-name' } },
  // Other sites, including the rest of the government: not USCIS, and nothing more claimed.
  { input: 'https://www.dhs.gov/', expected: { kind: 'not-uscis', host: 'www.dhs.gov' } },
  { input: 'https://example.org/uscis-forms', expected: { kind: 'not-uscis', host: 'example.org' } },
  { input: 'https://music.example.com/', expected: { kind: 'not-uscis', host: 'music.example.com' } },
  { input: 'https://ucsc.edu/', expected: { kind: 'not-uscis', host: 'ucsc.edu' } },
  { input: 'https://xn--mnchen-3ya.de/', expected: { kind: 'not-uscis', host: 'xn--mnchen-3ya.de' } }, // m\u00fcnchen.de
  { input: 'https://user@example.com/', expected: { kind: 'not-uscis', host: 'example.com' } },
  { input: 'https://192.0.2.7/', expected: { kind: 'not-uscis', host: '192.0.2.7' } },
  // Browser and extension pages.
  { input: 'chrome://newtab/', expected: { kind: 'not-uscis' } },
  { input: 'about:blank', expected: { kind: 'not-uscis' } },
  { input: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', expected: { kind: 'not-uscis' } },
  { input: 'file:///home/me/uscis.gov.html', expected: { kind: 'not-uscis' } },
  // Nothing to judge: the browser hid the address, or it is not an address.
  { input: undefined, expected: { kind: 'unknown' } },
  { input: '', expected: { kind: 'unknown' } },
  { input: '   ', expected: { kind: 'unknown' } },
  { input: 'https://', expected: { kind: 'unknown' } },
  { input: 'not an address', expected: { kind: 'unknown' } },
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
  ];
  it.each(labels)('$input', ({ input, expected }) => {
    expect(decodePunycodeLabel(input)).toBe(expected);
  });
});

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
        expect(['official', 'not-https', 'lookalike', 'not-uscis', 'unknown']).toContain(siteVerdict(text).kind);
      }),
    );
  });
});
