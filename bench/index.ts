/**
 * `npm run bench`: how fast, how cheap and how robust the product is, measured on this machine
 * against DynamoDB Local. Prints short tables and writes every number to bench/results/bench.json.
 *
 *   npm run bench                      everything (about 10 minutes on 2 cores)
 *   npm run bench -- latency cold      only some sections: latency, cold, cost, load, quality
 *   npm run bench -- --quick           smaller samples (a smoke run, about 3 minutes)
 *   npm run bench -- load --texters=500 --concurrency=100 --referral-every=4
 *   npm run bench -- cold --runs=9
 *
 * Benchmarks print numbers; none of them is a timed test. Log lines below ERROR are silenced
 * (set LOG_LEVEL to see them); this must happen before the product's modules load.
 */
process.env.LOG_LEVEL ??= 'ERROR';
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE ??= '1';
// The AWS SDK warns once per process that its 2027 releases need Node 22 (the README says so already).
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (!/NodeVersionSupportWarning/.test(`${warning.name} ${warning.message}`)) console.warn(`${warning.name}: ${warning.message}`);
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
require('./run')
  .main(process.argv.slice(2))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
