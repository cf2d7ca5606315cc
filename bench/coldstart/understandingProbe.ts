import { performance } from 'node:perf_hooks';

/**
 * Run in a fresh process by bench/understandingStart.ts: how long the understanding layer takes
 * to load, and to build its models (keyword indexes, the nearest-paraphrase vectors, the spelling
 * vocabulary) on the first question in each language. Prints one JSON line.
 */
const started = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { understand } = require('../../src/nlu/understand') as typeof import('../../src/nlu/understand');
const loaded = performance.now();
void understand('what is ccs', 'en').answer;
const english = performance.now();
void understand('que es ccs', 'es').answer;
const spanish = performance.now();
void understand('how do i make a referral in kern county', 'en').answer;
const warm = performance.now();
console.log(JSON.stringify({ loadMs: loaded - started, firstEnglishMs: english - loaded, firstSpanishMs: spanish - english, warmMs: warm - spanish }));
