// One cold start, in a fresh node process: time to load a bundled handler (import(), as Lambda's
// runtime loads an ES module handler, its statically imported chunks included), then time to
// answer its first event. Prints one JSON line. Usage: node runner.cjs <bundle.mjs|.js> <event.json>
// Loading is timed twice: wall clock, and the CPU time the process spent (every thread: V8's
// compiler and collector threads included), which other work on a shared machine bends less.
const { readFileSync } = require('node:fs');
const { dirname } = require('node:path');
const { pathToFileURL } = require('node:url');

async function main() {
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  const ms = (from) => Number(process.hrtime.bigint() - from) / 1e6;
  const mod = await import(pathToFileURL(process.argv[2]).href);
  const loadMs = ms(started);
  const cpu = process.cpuUsage(cpuStarted);
  const loadCpuMs = (cpu.user + cpu.system) / 1000;
  // CommonJS files of the bundle that loading it required (the Bot Framework connector's file, for one); its ES module chunks the bench counts itself.
  const requiredAtLoad = Object.keys(require.cache).filter((file) => file.startsWith(`${dirname(process.argv[2])}/`));
  const event = JSON.parse(readFileSync(process.argv[3], 'utf8'));
  const context = {
    functionName: 'bench',
    awsRequestId: 'cold-start',
    getRemainingTimeInMillis: () => 10000,
    callbackWaitsForEmptyEventLoop: false,
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:local:0:function:bench',
    memoryLimitInMB: '1024',
    logGroupName: 'bench',
    logStreamName: 'bench',
  };
  const invoked = process.hrtime.bigint();
  Promise.resolve(mod.handler(event, context)).then(
    (result) => {
      const firstInvokeMs = ms(invoked);
      process.stdout.write(
        `${JSON.stringify({ loadMs, loadCpuMs, requiredAtLoad, firstInvokeMs, totalMs: ms(started), statusCode: result && result.statusCode, body: String((result && result.body) || '').slice(0, 2000) })}\n`,
      );
      process.exit(0);
    },
    (error) => {
      process.stdout.write(`${JSON.stringify({ loadMs, loadCpuMs, error: String((error && error.stack) || error) })}\n`);
      process.exit(1);
    },
  );
}

main().catch((error) => {
  process.stdout.write(`${JSON.stringify({ error: String((error && error.stack) || error) })}\n`);
  process.exit(1);
});
