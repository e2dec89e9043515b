// Release checks, too slow for every `npm test` (CI runs them after it):
// addons-linter on both Firefox zips, and the Firefox package rebuilt from the
// sources zip as an addons.mozilla.org reviewer would (README-REVIEWERS.md).
// Builds first when the build is not current for the sources. Ends with a line
// `N passed, N failed`.
import { storeBuild } from './buildIfStale.mjs';
import { steps } from './steps.mjs';

const { step, buildStep, skipped, finish } = steps();

if (buildStep('build (chrome-mv3, firefox-mv2, firefox-mv3 + zips)', storeBuild)) {
  step('addons-linter', 'node', ['scripts/lint-addons.mjs']);
  // addons.mozilla.org's rule: the sources zip rebuilds the listed package with no differences.
  step('AMO: sources zip -> npm ci -> build-for-amo, same files', 'node', ['scripts/rebuild-from-sources.mjs']);
} else {
  skipped('release checks (not run: the build failed)');
}
finish();
