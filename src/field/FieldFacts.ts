// Plain facts about one form field, gathered by the DOM layer
// (collectFieldFacts) and judged by a pure function (classifyField). The
// field's value is never a fact: we decide what a field is without reading it.
export interface FieldFacts {
  /** `input` or `textarea`. */
  tag: string;
  /** The type attribute, lowercased (`text` when absent). */
  type: string;
  autocomplete: string;
  id: string;
  name: string;
  /** Texts of `<label for>`, a wrapping label, and aria-labelledby targets. */
  labels: string[];
  ariaLabel: string;
  placeholder: string;
  /** Short text just before the field in its container, for unlabelled fields. */
  nearbyText: string;
  /** Texts of the aria-describedby targets (hints such as "we sent it to your phone"). */
  descriptions: string[];
  /** Inside a search landmark: an ancestor with role="search", or a <search> element. */
  inSearch: boolean;
}

export function fieldFacts(partial: Partial<FieldFacts> = {}): FieldFacts {
  return {
    tag: 'input',
    type: 'text',
    autocomplete: '',
    id: '',
    name: '',
    labels: [],
    ariaLabel: '',
    placeholder: '',
    nearbyText: '',
    descriptions: [],
    inSearch: false,
    ...partial,
  };
}
