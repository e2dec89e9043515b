import { describe, expect, it } from 'vitest';
import { isUscisUrl, uscisHostnames, uscisOrigins } from '@/src/clinic/uscisHosts';

describe('isUscisUrl', () => {
  // [address, USCIS?]
  it.each([
    ['https://my.uscis.gov/account/applicant', true], // a known host
    ['http://www.uscis.gov/es', true], // plain http: its data and history go too
    ['https://uscis.gov/', true], // the bare domain
    ['https://login.uscis.gov/hand-off?next=%2F', true], // a host nobody listed
    ['https://MY.USCIS.GOV/', true], // case does not matter in a host
    ['https://my.uscis.gov./', true], // a fully qualified name's final dot
    ['https://egov.uscis.gov:8443/x', true], // a port
    ['https://myuscisgov.com/', false], // a lookalike (docs/DOMAIN.md, Scams)
    ['https://uscis.gov.example.net/', false], // USCIS's name as a subdomain of another site
    ['https://example.org/uscis.gov/', false], // USCIS's name in the path
    ['https://notuscis.gov/', false], // a suffix that is not a label
    ['ftp://www.uscis.gov/', false], // not a web page
    ['chrome-extension://abc/popup.html', false], // our own pages
    ['not an address', false], // unparseable
  ])('%s: %s', (url, expected) => {
    expect(isUscisUrl(url)).toBe(expected);
  });
});

describe('what Start over removes', () => {
  const seen = ['https://login.uscis.gov', 'http://www.uscis.gov', 'https://egov.uscis.gov:8443'];

  it('in Chrome (exact origins): https and http of every known and seen host, and each origin seen as it was', () => {
    expect(uscisOrigins(seen)).toEqual([
      'https://uscis.gov',
      'http://uscis.gov',
      'https://www.uscis.gov',
      'http://www.uscis.gov',
      'https://my.uscis.gov',
      'http://my.uscis.gov',
      'https://myaccount.uscis.gov',
      'http://myaccount.uscis.gov',
      'https://egov.uscis.gov',
      'http://egov.uscis.gov',
      'https://developer.uscis.gov',
      'http://developer.uscis.gov',
      'https://login.uscis.gov',
      'http://login.uscis.gov',
      'https://egov.uscis.gov:8443',
    ]);
  });

  it('in Firefox (host names, each listed): every known and seen host once', () => {
    expect(uscisHostnames(seen)).toEqual(['uscis.gov', 'www.uscis.gov', 'my.uscis.gov', 'myaccount.uscis.gov', 'egov.uscis.gov', 'developer.uscis.gov', 'login.uscis.gov']);
  });
});
