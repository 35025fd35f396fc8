// `npm run bench` (add `-- --json` for one JSON object). Builds the measuring script
// (bench/main.ts) and the memory child (bench/rss-child.ts) the way `npm run build` builds the
// package (bench/bundle.ts), then runs them with plain node: the figures are those of the code
// an application runs, not of the tsx loader's on-the-fly transpile (which, among other things,
// wraps every function created at run time in a naming helper).
import { execFileSync } from 'node:child_process';
import { bundleBenchScript } from './bundle.js';

const main = await bundleBenchScript('main');
const child = await bundleBenchScript('rss-child');
execFileSync(process.execPath, [main, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, MAILPOLICY_BENCH_RSS_CHILD: child },
});
