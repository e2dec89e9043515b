import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three tiers, each runnable alone (`vitest run --project unit|dom|e2e`).
export default defineConfig({
  test: {
    projects: [
      {
        // Pure code: no DOM, no browser APIs.
        plugins: [WxtVitest()],
        // Files share a worker's modules (isolate: false): pure code keeps no
        // state between files, and a fresh module graph per file cost most of
        // the tier's time (19 s instead of 9 s).
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', isolate: false },
      },
      {
        // Content-script and popup behaviour in happy-dom with WXT's fake browser.
        plugins: [WxtVitest()],
        test: {
          name: 'dom',
          include: ['tests/dom/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/dom/setup.ts'],
          // Files share a worker's document and modules: a fresh happy-dom and
          // module graph per file was 35 of the tier's 42 s. setup.ts resets
          // the fake browser before every test and empties the document after
          // every file (the tier passes in shuffled order).
          isolate: false,
        },
      },
      {
        // The built extension in Debian's Chromium and Firefox ESR.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Two files at a time: a file mostly waits on its browsers, so two
          // share two cores well (the whole tier in 378 s instead of 585 s on
          // a 2-core machine under the same outside load). Each file has its
          // own browsers and profiles, so files never share state.
          maxWorkers: 2,
          // A worker keeps the harness (playwright-core, puppeteer-core, the
          // built fixture pages) from one file to the next instead of loading
          // it again for each; every file still launches its own browsers.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // A condition is awaited, never a fixed time: on a loaded machine a
          // browser may take seconds to answer, so expect.poll waits up to 10 s
          // (Vitest's default is 1 s) and returns as soon as it holds.
          expect: { poll: { timeout: 10_000, interval: 50 } },
        },
      },
      {
        // Benchmarks (`npm run bench`): they print figures, never pass or fail on time.
        test: {
          name: 'bench',
          include: ['tests/bench/**/*.run.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
