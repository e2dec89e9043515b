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
