// The one test command, under five minutes: lint, the unit and DOM tiers,
// the type check beside the build (all three targets and zips, only when the
// sources changed since the last build), then the end-to-end tier against
// the build. Ends with a line
// `N passed, N failed` summing every tier. Release checks (addons-linter, the
// package rebuilt from the sources zip) are `npm run check:release`
// (scripts/check-release.mjs), which CI runs after this.
import { storeBuild } from './buildIfStale.mjs';
import { steps } from './steps.mjs';

const { step, begin, buildStep, tier, skipped, finish } = steps();

step('lint', 'npx', ['oxlint', '--deny-warnings', 'entrypoints', 'src', 'tests', 'scripts']);
tier('unit', 'dom');
// The type check (one core) runs beside the build (mostly one core too).
const typeChecked = begin('type check (beside the build)', 'npx', ['tsc', '--noEmit']);
const built = buildStep('build (chrome-mv3, firefox-mv2, firefox-mv3 + zips)', storeBuild);
await typeChecked();
if (built) {
  // For the clinic e2e only: the same bundles with clinic mode's optional
  // permissions granted at install (no test can click a permission prompt).
  step("clinic mode's permissions granted in copies of the builds (e2e only)", 'node', ['scripts/grant-optional-permissions.mjs']);
  tier('e2e');
} else {
  skipped('e2e tests (not run: the build failed)');
}
finish();
