import { describe, expect, it } from 'vitest';
import { classifyField, tokenize, type FieldDecision } from '@/src/field/classifyField';
import { fieldFacts, type FieldFacts } from '@/src/field/FieldFacts';

// The pure decision over plain facts, strongest signal first.
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
  ['two-step field id', { id: 'secure-verification-code' }, { kind: 'excluded', signal: 'token' }],
  ['two-step by autocomplete', { autocomplete: 'one-time-code', id: 'accessCode' }, { kind: 'excluded', signal: 'autocomplete' }],
  ['older two-step page: id "code", label says verification', { id: 'code', labels: ['Secure Verification Code'] }, { kind: 'excluded', signal: 'label' }],
  ['username autocomplete', { autocomplete: 'username' }, { kind: 'excluded', signal: 'autocomplete' }],
  ['Spanish password label', { labels: ['Contraseña'] }, { kind: 'excluded', signal: 'label' }],
  ['email by name', { name: 'email' }, { kind: 'excluded', signal: 'token' }],
  // --- not ours
  ['a search box', { id: 'search', placeholder: 'Search USCIS' }, null],
  ['a plain unnamed input', {}, null],
  ['a receipt date is not a receipt number', { id: 'receiptDate', labels: ['Receipt date'] }, null],
  ['autocomplete off says nothing', { autocomplete: 'off' }, null],
  ['a select', { tag: 'select' }, null],
];

describe('classifyField', () => {
  it.each(cases)('%s', (_, facts, expected) => {
    expect(classifyField(fieldFacts(facts))).toEqual(expected);
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
