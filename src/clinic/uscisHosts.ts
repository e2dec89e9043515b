// The USCIS hosts whose cookies and site data Start over removes on a shared
// computer, as data. Source: USCIS's own addresses (uscis.gov and its
// subdomains www, my, myaccount, egov, developer; see docs/DOMAIN.md). Hosts
// a USCIS tab was seen on in this session are added to these (see uscisTabs).
export const uscisHosts: readonly string[] = [
  'uscis.gov',
  'www.uscis.gov',
  'my.uscis.gov',
  'myaccount.uscis.gov',
  'egov.uscis.gov',
  'developer.uscis.gov',
];

/** uscis.gov itself or one of its subdomains. */
export const isUscisHost = (host: string) => host === 'uscis.gov' || host.endsWith('.uscis.gov');
