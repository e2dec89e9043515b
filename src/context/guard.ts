/**
 * Wraps a handler so a failure of ours never reaches the page: the error is
 * logged (never the field's value) and the person's typing goes on.
 */
export function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (error) {
      console.warn('Access Code Helper: internal error, ignored', error instanceof Error ? error.name : typeof error);
    }
  };
}
