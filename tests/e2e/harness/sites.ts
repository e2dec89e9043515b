import { readFileSync } from 'node:fs';

// Fixture pages served at real USCIS addresses by request interception inside
// the test browser, so the built extension's own `matches` decide where it
// runs. Nothing here reaches the network.
export interface Site {
  file: string;
  headers?: Record<string, string>;
}

const fixtures = new URL('../../fixtures/', import.meta.url);

export const SITES: Record<string, Site> = {
  'https://myaccount.uscis.gov/sign-in': { file: 'sign-in.html' },
  'https://my.uscis.gov/account/applicant/add-case': { file: 'add-case.html' },
  // A lookalike host: the content script must not run here.
  'https://uscis-gov.com/account/applicant/add-case': { file: 'lookalike.html' },
};

export interface Reply {
  status: number;
  contentType: string;
  headers: Record<string, string>;
  body: string;
}

export function reply(url: string): Reply {
  const key = url.split('#')[0]!.split('?')[0]!;
  const site = SITES[key];
  if (!site) return { status: 404, contentType: 'text/plain', headers: {}, body: `no fixture for ${key}` };
  const body = readFileSync(new URL(site.file, fixtures), 'utf8');
  const contentType = site.file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
  return { status: 200, contentType, headers: site.headers ?? {}, body };
}
