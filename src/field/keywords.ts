// What the access-code and receipt-number fields may be called. The real
// markup is unpublished and changes (see the domain notes), so these are
// words, not selectors: matched against ids, names, labels, aria and
// placeholders, in English and Spanish. Lowercase, accents kept (text is
// compared after lowercasing, with accents removed too, so both spellings match).

/** Tokens in id / name / autocomplete / data attributes (camelCase, kebab and snake are split first). */
export const ACCESS_CODE_TOKENS: readonly string[][] = [
  ['access', 'code'], // accessCode, online-access-code, access_code
  ['oac'], // abbreviation of Online Access Code
  ['accesscode'], // one word, as some forms write it
  ['codigo', 'acceso'], // codigoAcceso (Spanish)
];

export const RECEIPT_TOKENS: readonly string[][] = [
  ['receipt', 'number'], // receiptNumber, receipt-number
  ['receipt', 'num'],
  ['receipt', 'no'],
  ['receiptnumber'],
  ['numero', 'recibo'], // numeroRecibo (Spanish)
];

/** Phrases in label text, aria-label, placeholder or neighbouring text. */
export const ACCESS_CODE_PHRASES: readonly string[] = [
  'online access code',
  'access code',
  'código de acceso', // "Código de acceso en línea"
];

export const RECEIPT_PHRASES: readonly string[] = [
  'receipt number',
  'receipt #',
  'número de recibo',
];

// Fields we must never attach to or read. Passwords and e-mail are excluded
// by type before any other fact is gathered; these words catch the two-step
// verification field (ids seen in public scripts: `secure-verification-code`,
// an older `code`) whatever its type.
export const EXCLUDED_TOKENS: readonly string[][] = [
  ['verification'], // secure-verification-code
  ['otp'],
  ['password'],
  ['email'],
  ['username'],
  ['one', 'time', 'code'], // autocomplete="one-time-code"
  ['mfa'],
  ['totp'],
  ['backup', 'code'],
];

export const EXCLUDED_PHRASES: readonly string[] = [
  'verification code',
  'código de verificación',
  'password',
  'contraseña',
  'email',
  'correo electrónico',
  'backup code',
  'one-time',
];
