// Where official USCIS sites live, as data: one line changes it.
// Source: USCIS's scam guidance says to trust information only from uscis.gov
// (and dhs.gov), and that the address must end with .gov. The hosts people
// meet are uscis.gov and its subdomains: www, my, myaccount, egov, developer.
// A host is official when it is one of these domains or a subdomain of one.
export const officialDomains: readonly string[] = ['uscis.gov'];

// The name a lookalike imitates, compared after folding lookalike characters.
export const imitatedName = 'uscis';
