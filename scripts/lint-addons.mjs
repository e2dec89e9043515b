// Runs Mozilla's addons-linter (offline) on both Firefox zips, as
// addons.mozilla.org would. Fails on any error, and on any warning that is not
// listed below with the reason we accept it.
import { readdirSync } from 'node:fs';
import linter from 'addons-linter';

// Warnings we accept, each matched by its message and the file it is in, with
// the reason. Add one only once it is understood.
const ACCEPTED_WARNINGS = [
  {
    // Preact's renderer contains the code path for `dangerouslySetInnerHTML`;
    // we never use that prop (a lint rule and a test keep it out of our code),
    // so no string ever becomes HTML. Preact is in the pages' shared chunk and the panel bundle.
    message: /innerHTML/,
    file: /^(chunks\/(localeTables|followLanguage)-[\w-]+\.js|panel\.js)$/,
  },
  {
    // The content script import()s the panel bundle, the extension's own
    // file, by runtime.getURL('/panel.js') (src/page/loadPanelApi.ts):
    // nothing remote, nothing built from page data.
    message: /import/,
    file: /^content-scripts\/uscis\.js$/,
  },
];
const accepted = (w) => ACCEPTED_WARNINGS.some((a) => a.message.test(w.message) && a.file.test(w.file ?? ''));

const zips = readdirSync('.output').filter((f) => /-firefox-mv[23]\.zip$/.test(f));
if (zips.length !== 2) {
  console.error(`Expected the firefox-mv2 and firefox-mv3 zips in .output, found: ${zips.join(', ') || 'none'}. Run npm run build.`);
  process.exit(1);
}
let failed = 0;
for (const zip of zips) {
  const result = await linter
    .createInstance({
      config: { _: [`.output/${zip}`], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: true, selfHosted: false },
      runAsBinary: false,
    })
    .run();
  const unexplained = result.warnings.filter((w) => !accepted(w));
  console.log(`addons-linter ${zip}: ${result.errors.length} errors, ${result.warnings.length} warnings (${unexplained.length} unexplained), ${result.notices.length} notices`);
  for (const m of [...result.errors, ...unexplained]) console.log(`  ${m.code}: ${m.message} ${m.file ?? ''}`);
  if (result.errors.length || unexplained.length) failed++;
}
process.exit(failed ? 1 : 0);
