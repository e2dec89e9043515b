/**
 * The one home of what each input type means to us. A type that may hold a
 * code is one a person can type a line of letters or digits into; a type
 * that is never read keeps even its labels and neighbours unlooked at
 * (passwords and e-mail addresses are someone's secrets, not a code).
 * An input the HTML standard would draw as a text box (no type, an empty or
 * unknown one) counts as 'text', as the browser treats it.
 */
export type InputType =
  | 'text' | 'search' | 'tel' | 'url' | 'number'
  | 'password' | 'email'
  | 'hidden' | 'checkbox' | 'radio' | 'file' | 'submit' | 'button' | 'image' | 'reset'
  | 'date' | 'datetime-local' | 'month' | 'week' | 'time' | 'color' | 'range';

export interface InputTypePolicy {
  /** A person can type a code into it, so we may watch and help it. */
  mayHoldCode: boolean;
  /** Never read: not its value, not its labels, whoever asks. */
  neverRead: boolean;
}

const CODE: InputTypePolicy = { mayHoldCode: true, neverRead: false };
const NOT_CODE: InputTypePolicy = { mayHoldCode: false, neverRead: false };
const SECRET: InputTypePolicy = { mayHoldCode: false, neverRead: true };

export const INPUT_TYPES: Record<InputType, InputTypePolicy> = {
  text: CODE,
  search: CODE, // a search box is excluded by its words and landmarks, not its type
  tel: CODE, // code components set type="tel" for a phone's digit keyboard
  url: CODE,
  number: CODE, // a receipt number's digits typed into boxes of their own
  password: SECRET,
  email: SECRET,
  hidden: NOT_CODE, // a page's own tokens, no one's typing
  checkbox: NOT_CODE,
  radio: NOT_CODE,
  file: NOT_CODE,
  submit: NOT_CODE,
  button: NOT_CODE,
  image: NOT_CODE,
  reset: NOT_CODE,
  date: NOT_CODE,
  'datetime-local': NOT_CODE,
  month: NOT_CODE,
  week: NOT_CODE,
  time: NOT_CODE,
  color: NOT_CODE,
  range: NOT_CODE,
};

/** The type an input behaves as, from its type attribute (or a facts record's type). */
export function inputTypeOf(attribute: string | null | undefined): InputType {
  const type = (attribute ?? '').trim().toLowerCase();
  return Object.hasOwn(INPUT_TYPES, type) ? (type as InputType) : 'text';
}

/** Whether an input of this type attribute may hold a code. */
export const mayHoldCode = (type: string | null | undefined): boolean => INPUT_TYPES[inputTypeOf(type)].mayHoldCode;

/** Whether an input of this type attribute must never be read. */
export const isNeverRead = (type: string | null | undefined): boolean => INPUT_TYPES[inputTypeOf(type)].neverRead;

/** The input an event really happened in, also inside open shadow roots. */
export function inputOf(event: Event): HTMLInputElement | null {
  const target = event.composedPath()[0] as Element | undefined;
  return target?.localName === 'input' ? (target as HTMLInputElement) : null;
}
