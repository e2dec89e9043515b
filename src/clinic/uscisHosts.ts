// USCIS's addresses, as data, for Start over on a shared computer. Source:
// docs/DOMAIN.md (Scams: "Official hosts: uscis.gov and its subdomains (www,
// my, myaccount, egov, developer)"). Start over removes the site data of
// these hosts whether or not a page of theirs was seen, and of every other
// USCIS origin a page was seen on in this session (see uscisTabs).
export const uscisHosts: readonly string[] = [
  'uscis.gov',
  'www.uscis.gov',
  'my.uscis.gov',
  'myaccount.uscis.gov',
  'egov.uscis.gov',
  'developer.uscis.gov',
];

/** uscis.gov itself or one of its subdomains (a fully qualified name's final dot allowed). */
export const isUscisHost = (host: string) => {
  const name = host.toLowerCase().replace(/\.$/, '');
  return name === 'uscis.gov' || name.endsWith('.uscis.gov');
};

/** An http or https address on a USCIS host. */
export function isUscisUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && isUscisHost(hostname);
  } catch {
    return false;
  }
}

/**
 * Every origin Start over removes in Chrome, which removes exact origins
 * only: https and http of each known host and of each host seen, and each
 * origin seen as it was (a port included).
 */
export function uscisOrigins(seen: readonly string[]): string[] {
  const hosts = [...uscisHosts, ...seen.map((origin) => new URL(origin).hostname)];
  return [...new Set([...hosts.flatMap((host) => SCHEMES.map((scheme) => `${scheme}//${host}`)), ...seen])];
}

const SCHEMES = ['https:', 'http:'];

/** Every host Start over removes in Firefox, which removes by host name (each subdomain listed). */
export function uscisHostnames(seen: readonly string[]): string[] {
  return [...new Set([...uscisHosts, ...seen.map((origin) => new URL(origin).hostname)])];
}
