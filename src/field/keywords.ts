// What the access-code and receipt-number fields may be called. The real
// markup is unpublished and changes (see the domain notes), so these are
// words, not selectors: matched against ids, names, labels, aria and
// placeholders, in English and Spanish. Lowercase, accents kept (text is
// compared after lowercasing, with accents removed too, so both spellings
// match). Phrases match whole words only: "app" is not found in "application".

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

/**
 * The code's own name, as the notice prints it: said in a field's label or
 * aria-label, it outranks a widget's default autocomplete (below). The
 * generic "access code" is not enough: two-step pages call their code that.
 */
export const NAMED_ACCESS_CODE_PHRASES: readonly string[] = [
  'online access code',
  'código de acceso en línea', // the Spanish notice's wording
];

/**
 * autocomplete values that code components set on every code field by
 * default, whatever the code is for (input-otp puts "one-time-code" on its
 * input unless told otherwise): a field named by NAMED_ACCESS_CODE_PHRASES
 * is ours despite them. Every other autocomplete exclusion stays.
 */
export const WIDGET_DEFAULT_AUTOCOMPLETE: readonly string[] = ['one-time-code'];

export const RECEIPT_PHRASES: readonly string[] = [
  'receipt number',
  'receipt #',
  'número de recibo',
];

// Fields we must never attach to or read. Passwords and e-mail are excluded
// by type before any other fact is gathered. These rules win over every
// "access code" word in any other fact: a two-step field that says "access
// code" (USCIS's own sign-in calls its one-time code that, in places) is
// still a two-step field. Ids seen in public scripts: `secure-verification-code`,
// an older `code`.
export const EXCLUDED_TOKENS: readonly string[][] = [
  ['verification'], // secure-verification-code
  ['otp'], // otpCode
  ['password'],
  ['email'],
  ['username'], // autocomplete="username"
  ['user', 'name'], // user-name, userName
  ['one', 'time'], // autocomplete="one-time-code", oneTimeCode
  ['mfa'], // mfaCode
  ['totp'], // totpCode
  ['2fa'], // 2faCode
  ['two', 'step'], // twoStepCode
  ['two', 'factor'], // twoFactorCode
  ['authenticator'], // authenticatorCode
  ['authentication'], // authenticationAccessCode
  ['sms'], // smsCode
  ['security', 'code'], // securityCode
  ['backup', 'code'], // backupCode
  ['search'], // site-search, searchAccessCode
];

/** Words of a two-step, sign-in or account field, in labels and other text. */
export const EXCLUDED_PHRASES: readonly string[] = [
  // --- two-step verification, English
  'authenticator', // "Access code (from your authenticator app)"
  'app', // "the code in your app"
  'sent to your phone', // "Enter the access code we sent to your phone"
  'sent to your mobile', // "... sent to your mobile number"
  'sent to your cell', // "... sent to your cell phone"
  'sent to your email', // "... sent to your email"
  'sent to your e-mail', // "... sent to your e-mail address"
  'text message', // "the code in the text message"
  'two-step', // "Two-step access code"
  'two step', // "Two step verification"
  '2-step', // "2-step access code"
  '2 step', // "2 step code"
  'two-factor', // "Two-factor code"
  '2fa', // "2FA code"
  'verification', // "Enter the secure verification code sent to your phone"
  'authentication', // "Authentication access code"
  'security code', // "Security code"
  'one-time', // "One-time access code"
  'backup', // "Backup code"
  // --- two-step verification, Spanish
  'autenticador', // "Código de la aplicación autenticadora" (autenticador)
  'autenticadora', // "aplicación autenticadora"
  'autenticación', // "Código de autenticación", "aplicación de autenticación"
  'enviamos a su teléfono', // "Ingrese el código de acceso que enviamos a su teléfono"
  'enviado a su teléfono', // "Código enviado a su teléfono"
  'enviado a su celular', // "Código enviado a su celular"
  'enviamos a su correo', // "... que enviamos a su correo"
  'enviado a su correo', // "Código enviado a su correo"
  'mensaje de texto', // "el código del mensaje de texto"
  'dos pasos', // "Código de verificación en dos pasos"
  'dos factores', // "Autenticación de dos factores"
  'verificación', // "Código de verificación"
  'código de seguridad', // "Código de seguridad"
  'un solo uso', // "Código de un solo uso"
  'respaldo', // "Código de respaldo"
  // --- sign-in and account fields, English and Spanish
  'password',
  'contraseña',
  'email',
  'e-mail',
  'correo electrónico',
  'user name', // "User name or access code"
  'username', // "Username"
  'nombre de usuario', // "Nombre de usuario o código de acceso"
];

// Search boxes: what a person types there is a question, never a code, even
// when it mentions one ("what is an online access code?"). Each sign is
// checked by classifyField against the facts named here.
export const SEARCH_SIGNS = {
  /** <input type="search"> */
  type: 'search',
  /** An ancestor with role="search", or a <search> element (collectFieldFacts reads it as `inSearch`). */
  landmark: 'search',
  /** A question in the placeholder: "what is an online access code?", "¿Qué es ...?" */
  placeholderMarks: ['?', '\u00bf'],
} as const;
