export default defineContentScript({
  matches: ['https://*.uscis.gov/*'],
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.accessCodeHelper = 'ready';
  },
});
