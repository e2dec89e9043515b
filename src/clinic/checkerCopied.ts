import { storage } from 'wxt/utils/storage';

// That the code checker wrote to the clipboard in this browser session, so
// Start over on a shared computer knows to empty it. Only that it happened:
// not the code, not a hash of it (a short code's hash is as good as the code).
// Comparing with what the clipboard holds now would need the `clipboardRead`
// permission, which would let the helper read anything copied; it does not ask for it.
export const checkerCopied = storage.defineItem<boolean>('session:checkerCopied', { fallback: false });
