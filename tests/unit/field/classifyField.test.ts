import { describe, expect, it } from 'vitest';
import { classifyField, tokenize, type FieldDecision, type Signal } from '@/src/field/classifyField';
import { fieldFacts, type FieldFacts } from '@/src/field/FieldFacts';
import { EXCLUDED_PHRASES, EXCLUDED_TOKENS } from '@/src/field/keywords';

// The pure decision over plain facts, strongest signal first.
const X = (signal: Signal) => ({ kind: 'excluded', signal }) as const;
const cases: Array<[string, Partial<FieldFacts>, FieldDecision]> = [
  // --- access code, by each signal
  ['id accessCode', { id: 'accessCode' }, { kind: 'access-code', signal: 'token' }],
  ['kebab id', { id: 'online-access-code' }, { kind: 'access-code', signal: 'token' }],
  ['snake name', { name: 'ONLINE_ACCESS_CODE' }, { kind: 'access-code', signal: 'token' }],
  ['abbreviation oac', { id: 'oac' }, { kind: 'access-code', signal: 'token' }],
  ['abbreviation in camelCase', { name: 'oacInput' }, { kind: 'access-code', signal: 'token' }],
  ['one word', { name: 'accesscode' }, { kind: 'access-code', signal: 'token' }],
  ['Spanish id', { id: 'codigoAcceso' }, { kind: 'access-code', signal: 'token' }],
  ['label for', { id: 'f1', labels: ['Online Access Code'] }, { kind: 'access-code', signal: 'label' }],
  ['label with asterisk and hint', { labels: ['Access code * (from your notice)'] }, { kind: 'access-code', signal: 'label' }],
  ['Spanish label with accent', { labels: ['Código de acceso en línea'] }, { kind: 'access-code', signal: 'label' }],
  ['Spanish label typed without accent', { labels: ['Codigo de acceso'] }, { kind: 'access-code', signal: 'label' }],
  ['aria-label', { ariaLabel: 'Enter your online access code' }, { kind: 'access-code', signal: 'aria-label' }],
  ['placeholder', { placeholder: 'Access code' }, { kind: 'access-code', signal: 'placeholder' }],
  ['neighbouring text', { nearbyText: 'Online Access Code' }, { kind: 'access-code', signal: 'nearby-text' }],
  ['textarea with label', { tag: 'textarea', type: 'textarea', labels: ['Access code'] }, { kind: 'access-code', signal: 'label' }],
  // --- receipt number
  ['id receiptNumber', { id: 'receiptNumber' }, { kind: 'receipt-number', signal: 'token' }],
  ['name receipt_no', { name: 'receipt_no' }, { kind: 'receipt-number', signal: 'token' }],
  ['label Receipt Number', { labels: ['Receipt Number'] }, { kind: 'receipt-number', signal: 'label' }],
  ['Spanish label', { labels: ['Número de recibo'] }, { kind: 'receipt-number', signal: 'label' }],
  ['placeholder receipt #', { placeholder: 'Receipt # (e.g. EAC1234567890)' }, { kind: 'receipt-number', signal: 'placeholder' }],
  // --- strongest first
  ['token beats a misleading label', { id: 'accessCode', labels: ['Receipt number'] }, { kind: 'access-code', signal: 'token' }],
  ['label beats placeholder', { labels: ['Receipt number'], placeholder: 'access code' }, { kind: 'receipt-number', signal: 'label' }],
  ['ambiguous label falls through to placeholder', { labels: ['Receipt number or access code'], placeholder: 'Access code' }, { kind: 'access-code', signal: 'placeholder' }],
  // --- never touched
  ['password type', { type: 'password', id: 'accessCode' }, { kind: 'excluded', signal: 'type' }],
  ['email type', { type: 'email', labels: ['Access code'] }, { kind: 'excluded', signal: 'type' }],
  ['hidden type', { type: 'hidden', name: 'accessCode' }, { kind: 'excluded', signal: 'type' }],
  // A time or month picker cannot hold a code; it was classified by its words before the policy was one table.
  ['time type', { type: 'time', labels: ['Access code'] }, { kind: 'excluded', signal: 'type' }],
  ['month type', { type: 'month', labels: ['Access code'] }, { kind: 'excluded', signal: 'type' }],
  // An unknown type is drawn as a text box, so it is judged by its words.
  ['unknown type behaves as text', { type: 'code', labels: ['Access code'] }, { kind: 'access-code', signal: 'label' }],
  ['two-step field id with access-code words', { id: 'secure-verification-code', labels: ['Access code'] }, { kind: 'excluded', signal: 'token' }],
  ['two-step by autocomplete', { autocomplete: 'one-time-code', id: 'accessCode' }, { kind: 'excluded', signal: 'autocomplete' }],
  ['older two-step page: id "code", label says verification', { id: 'code', labels: ['Secure Verification Code'] }, null],
  ['username autocomplete on an access-code id', { autocomplete: 'username', id: 'accessCode' }, { kind: 'excluded', signal: 'autocomplete' }],
  ['Spanish password label', { labels: ['Contraseña o código de acceso'] }, { kind: 'excluded', signal: 'label' }],
  ['email by name', { name: 'email', labels: ['Access code'] }, { kind: 'excluded', signal: 'token' }],
  // --- nothing of ours: not even read for exclusions
  ['a verification label alone', { labels: ['Verification code'] }, null],
  ['a search box without our words', { id: 'search', placeholder: 'Search USCIS' }, null],
  ['a plain unnamed input', {}, null],
  ['a receipt date is not a receipt number', { id: 'receiptDate', labels: ['Receipt date'] }, null],
  ['autocomplete off says nothing', { autocomplete: 'off' }, null],
  ['a select', { tag: 'select' }, null],
  ['"app" is a whole word: a receipt label about an application stays ours', { labels: ['Receipt number of your application'] }, { kind: 'receipt-number', signal: 'label' }],
];

// Labels outrank widget defaults: code components (input-otp) set
// autocomplete="one-time-code" on every code field. The code's own name in
// the label or aria-label wins over that one default; nothing else gives way.
const widgetDefaults: Array<[string, Partial<FieldFacts>, FieldDecision]> = [
  ['"Online Access Code" label over one-time-code', { autocomplete: 'one-time-code', labels: ['Online Access Code'] }, { kind: 'access-code', signal: 'label' }],
  ['"Online access code" aria-label over one-time-code', { autocomplete: 'one-time-code', ariaLabel: 'Online access code' }, { kind: 'access-code', signal: 'aria-label' }],
  ['Spanish name over one-time-code', { autocomplete: 'one-time-code', labels: ['Código de acceso en línea'] }, { kind: 'access-code', signal: 'label' }],
  ['Spanish name typed without accents over one-time-code', { autocomplete: 'one-time-code', labels: ['Codigo de acceso en linea'] }, { kind: 'access-code', signal: 'label' }],
  ['the name with a hint, autocomplete in capitals', { autocomplete: 'One-Time-Code', labels: ['Online Access Code (from your notice)'] }, { kind: 'access-code', signal: 'label' }],
  ['generic "Access code" with one-time-code stays excluded', { autocomplete: 'one-time-code', labels: ['Access code'] }, X('autocomplete')],
  ['the name in a placeholder only does not outrank it', { autocomplete: 'one-time-code', placeholder: 'Online access code' }, X('autocomplete')],
  ['the name, but the hint says sent to your phone', { autocomplete: 'one-time-code', labels: ['Online Access Code'], descriptions: ['Sent to your phone'] }, X('description')],
  ['the name, but the label says verification', { autocomplete: 'one-time-code', labels: ['Online access code verification'] }, X('label')],
  ['the name, but the id says otp (not a widget default)', { autocomplete: 'one-time-code', id: 'otp', labels: ['Online Access Code'] }, X('token')],
  ['the name does not outrank autocomplete="username"', { autocomplete: 'username', labels: ['Online Access Code'] }, X('autocomplete')],
  ['the name does not outrank type=password', { type: 'password', autocomplete: 'one-time-code', labels: ['Online Access Code'] }, X('type')],
  ['a bare "Code" with one-time-code is nothing of ours', { autocomplete: 'one-time-code', labels: ['Code'] }, null],
];

// Exclusions win over "access code" anywhere else: one row for every rule
// in the keywords data (a test below checks none is missing). Neutral ids,
// as the two-step pages have.
const excluded: Array<[string, Partial<FieldFacts>, FieldDecision]> = [
  // --- two-step, English labels
  ['authenticator', { id: 'f1', labels: ['Access code (from your authenticator app)'] }, X('label')],
  ['app', { id: 'f1', labels: ['Access code shown in the app'] }, X('label')],
  ['sent to your phone', { id: 'f1', labels: ['Enter the access code we sent to your phone'] }, X('label')],
  ['sent to your mobile', { id: 'f1', labels: ['Access code sent to your mobile number'] }, X('label')],
  ['sent to your cell', { id: 'f1', labels: ['Access code sent to your cell phone'] }, X('label')],
  ['sent to your email', { id: 'f1', labels: ['Access code sent to your email'] }, X('label')],
  ['sent to your e-mail', { id: 'f1', labels: ['Access code sent to your e-mail address'] }, X('label')],
  ['text message', { id: 'f1', labels: ['Access code from the text message'] }, X('label')],
  ['two-step', { id: 'f1', labels: ['Two-step access code'] }, X('label')],
  ['two step', { id: 'f1', labels: ['Two step access code'] }, X('label')],
  ['2-step', { id: 'f1', labels: ['2-Step access code'] }, X('label')],
  ['2 step', { id: 'f1', labels: ['2 step access code'] }, X('label')],
  ['two-factor', { id: 'f1', labels: ['Two-factor access code'] }, X('label')],
  ['2fa', { id: 'f1', labels: ['2FA access code'] }, X('label')],
  ['verification', { id: 'f1', labels: ['Verification access code'] }, X('label')],
  ['authentication', { id: 'f1', labels: ['Authentication access code'] }, X('label')],
  ['security code', { id: 'f1', labels: ['Security code (access code)'] }, X('label')],
  ['one-time', { id: 'f1', labels: ['One-time access code'] }, X('label')],
  ['backup', { id: 'f1', labels: ['Backup access code'] }, X('label')],
  // --- two-step, Spanish labels
  ['autenticador', { id: 'f1', labels: ['Código de acceso del autenticador'] }, X('label')],
  ['autenticadora', { id: 'f1', labels: ['Código de acceso de la aplicación autenticadora'] }, X('label')],
  ['autenticación', { id: 'f1', labels: ['Código de acceso de autenticación'] }, X('label')],
  ['enviamos a su teléfono', { id: 'f1', labels: ['Ingrese el código de acceso que enviamos a su teléfono'] }, X('label')],
  ['enviado a su teléfono', { id: 'f1', labels: ['Código de acceso enviado a su telefono'] }, X('label')],
  ['enviado a su celular', { id: 'f1', labels: ['Código de acceso enviado a su celular'] }, X('label')],
  ['enviamos a su correo', { id: 'f1', labels: ['Código de acceso que le enviamos a su correo'] }, X('label')],
  ['enviado a su correo', { id: 'f1', labels: ['Código de acceso enviado a su correo'] }, X('label')],
  ['mensaje de texto', { id: 'f1', labels: ['Código de acceso del mensaje de texto'] }, X('label')],
  ['dos pasos', { id: 'f1', labels: ['Código de acceso en dos pasos'] }, X('label')],
  ['dos factores', { id: 'f1', labels: ['Código de acceso de dos factores'] }, X('label')],
  ['verificación', { id: 'f1', labels: ['Código de acceso de verificación'] }, X('label')],
  ['código de seguridad', { id: 'f1', labels: ['Código de seguridad o código de acceso'] }, X('label')],
  ['un solo uso', { id: 'f1', labels: ['Código de acceso de un solo uso'] }, X('label')],
  ['respaldo', { id: 'f1', labels: ['Código de acceso de respaldo'] }, X('label')],
  // --- sign-in and account fields
  ['password', { id: 'f1', labels: ['Password or access code'] }, X('label')],
  ['contraseña', { id: 'f1', labels: ['Contraseña o código de acceso'] }, X('label')],
  ['email', { id: 'f1', labels: ['Email or access code'] }, X('label')],
  ['e-mail', { id: 'f1', labels: ['E-mail or access code'] }, X('label')],
  ['correo electrónico', { id: 'f1', labels: ['Correo electrónico o código de acceso'] }, X('label')],
  ['user name', { id: 'f1', labels: ['User name or access code'] }, X('label')],
  ['username', { id: 'f1', labels: ['Username or access code'] }, X('label')],
  ['nombre de usuario', { id: 'f1', labels: ['Nombre de usuario o código de acceso'] }, X('label')],
  // --- the same words in other facts: an exclusion in a weaker fact still wins over a stronger one
  ['aria-label says authenticator, id says access code', { id: 'accessCode', ariaLabel: 'Authenticator app code' }, X('aria-label')],
  ['placeholder says sent to your phone', { id: 'accessCode', placeholder: 'Code sent to your phone' }, X('placeholder')],
  ['description says text message', { labels: ['Access code'], descriptions: ['We sent it by text message'] }, X('description')],
  ['neighbouring text says two-step', { labels: ['Access code'], nearbyText: 'Two-step verification' }, X('nearby-text')],
  // --- tokens in ids and names
  ['token verification', { id: 'verificationAccessCode' }, X('token')],
  ['token otp', { id: 'otpAccessCode' }, X('token')],
  ['token password', { name: 'passwordOrAccessCode' }, X('token')],
  ['token email', { name: 'emailAccessCode' }, X('token')],
  ['token username', { name: 'usernameOrAccessCode' }, X('token')],
  ['token user name', { name: 'userNameOrAccessCode' }, X('token')],
  ['token one time', { name: 'oneTimeAccessCode' }, X('token')],
  ['token mfa', { id: 'mfa-access-code' }, X('token')],
  ['token totp', { id: 'totp_access_code' }, X('token')],
  ['token 2fa', { id: '2fa-access-code' }, X('token')],
  ['token two step', { id: 'twoStepAccessCode' }, X('token')],
  ['token two factor', { id: 'twoFactorAccessCode' }, X('token')],
  ['token authenticator', { id: 'authenticatorAccessCode' }, X('token')],
  ['token authentication', { id: 'authenticationAccessCode' }, X('token')],
  ['token sms', { id: 'smsAccessCode' }, X('token')],
  ['token security code', { id: 'securityCode', labels: ['Access code'] }, X('token')],
  ['token backup code', { id: 'backupCode', labels: ['Access code'] }, X('token')],
  ['token search', { id: 'searchAccessCode' }, X('token')],
  // --- search boxes
  ['type=search', { type: 'search', labels: ['Access code'] }, X('search')],
  ['inside role=search or <search>', { inSearch: true, placeholder: 'Access code' }, X('search')],
  ['a question as placeholder', { placeholder: 'what is an online access code?' }, X('search')],
  ['a Spanish question as placeholder', { placeholder: '¿Qué es un código de acceso' }, X('search')],
];

// The two-step labels seen on real sign-in pages, with neutral ids: none is ours.
const twoStep: Array<[string, Partial<FieldFacts>, FieldDecision]> = [
  ['authenticator app', { id: 'code1', labels: ['Access code (from your authenticator app)'] }, X('label')],
  ['sent to your phone', { id: 'code2', labels: ['Enter the access code we sent to your phone'] }, X('label')],
  ['authentication', { id: 'code3', labels: ['Authentication access code'] }, X('label')],
  ['two-step', { id: 'code4', labels: ['Two-step access code'] }, X('label')],
  ['relabelled after attach', { id: 'code5', labels: ['Enter the secure verification code sent to your phone'] }, null],
];

describe('classifyField', () => {
  it.each([...cases, ...widgetDefaults, ...excluded, ...twoStep])('%s', (_, facts, expected) => {
    expect(classifyField(fieldFacts(facts))).toEqual(expected);
  });

  it('has a test row for every exclusion rule in the keywords data', () => {
    const named = new Set(excluded.map(([name]) => name));
    const missing = [
      ...EXCLUDED_PHRASES.filter((phrase) => !named.has(phrase)),
      ...EXCLUDED_TOKENS.map((seq) => `token ${seq.join(' ')}`).filter((name) => !named.has(name)),
    ];
    expect(missing).toEqual([]);
  });
});

describe('tokenize', () => {
  it.each([
    ['onlineAccessCode', ['online', 'access', 'code']], // camelCase
    ['online-access-code', ['online', 'access', 'code']], // kebab
    ['ONLINE_ACCESS_CODE', ['online', 'access', 'code']], // screaming snake
    ['oac2', ['oac2']], // digits stay with their word
    ['códigoAcceso', ['codigo', 'acceso']], // accent removed
    ['', []], // nothing
  ])('%s', (input, expected) => {
    expect(tokenize(input)).toEqual(expected);
  });
});
