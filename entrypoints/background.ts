// The background holds no state about what people type. It exists so the
// extension has a stable context (and tests can read the extension id from it).
export default defineBackground(() => {});
