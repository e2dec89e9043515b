// The one home of the match patterns for USCIS pages, read by the manifest
// (wxt.config.ts: which pages may load our font and panel), the content
// scripts' `matches`, and the context menu's `documentUrlPatterns`.
// Source: docs/DOMAIN.md ("Official hosts: uscis.gov and its subdomains").
// Plain data with no imports: wxt.config.ts and WXT's build-time reading of
// each entrypoint evaluate it in Node.

/** Every https page on uscis.gov or a subdomain: where the field helper runs. */
export const USCIS_PAGES = ['https://*.uscis.gov/*'];

/**
 * Every USCIS page, over https and plain http (a match pattern's `*` scheme
 * is exactly those two): where the origin announcer runs for Start over, so
 * an http page's origin is removed too.
 */
export const USCIS_PAGES_ANY_SCHEME = ['*://*.uscis.gov/*'];

// Where official USCIS sites live, as data: one line changes it.
// Source: USCIS's scam guidance says to trust information only from uscis.gov
// (and dhs.gov), and that the address must end with .gov. The hosts people
// meet are uscis.gov and its subdomains: www, my, myaccount, egov, developer.
// A host is official when it is one of these domains or a subdomain of one.
export const officialDomains: readonly string[] = ['uscis.gov'];

// The name a lookalike imitates, compared after folding lookalike characters.
export const imitatedName = 'uscis';
