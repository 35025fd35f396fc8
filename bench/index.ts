// `npm run bench` (add `-- --json` for one JSON object). Builds the measuring script
// (bench/main.ts) and the memory child (bench/rss-child.ts) the way `npm run build` builds the
// package (bench/bundle.ts), then runs them with plain node: the figures are those of the code
// an application runs, not of the tsx loader's on-the-fly transpile (which, among other things,
// wraps every function created at run time in a naming helper).
import { execFileSync } from 'node:child_process';
import { dependenciesBundles, describeBundle, describeDependencies, mainFunctionsBundle } from './browser-bundle.js';
import { bundleBenchScript } from './bundle.js';
import { describeStartup, startupBench } from './startup.js';

// The browser bundle's size is measured here (esbuild's API runs in this process, not in the
// bundled script) and handed to main.ts, which prints it and puts it in the JSON.
const browser = await mainFunctionsBundle();
const bundleFigures = {
  bundleRawKiB: Math.round(browser.rawBytes / 102.4) / 10,
  bundleGzipKiB: Math.round(browser.gzipBytes / 102.4) / 10,
  dependenciesGzipKiB: 0,
  lines: describeBundle(browser),
};
const dependencies = await dependenciesBundles();
bundleFigures.dependenciesGzipKiB = Math.round(dependencies.all.gzipBytes / 102.4) / 10;
bundleFigures.lines.push(...describeDependencies(dependencies));

// Start-up of the built CLI, measured from here (it spawns the bin; main.ts prints it).
const startup = startupBench();
const startupFigures = { ...startup, lines: describeStartup(startup) };

const main = await bundleBenchScript('main');
const child = await bundleBenchScript('rss-child');
execFileSync(process.execPath, [main, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, MAILPOLICY_BENCH_RSS_CHILD: child, MAILPOLICY_BENCH_BUNDLE: JSON.stringify(bundleFigures), MAILPOLICY_BENCH_STARTUP: JSON.stringify(startupFigures) },
});
