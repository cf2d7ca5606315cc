import { config } from 'zod/mini';
import { en } from 'zod/locales';

/**
 * zod's tree-shakable build, for what the functions check at run time: the environment, request
 * bodies and query parameters. At a cold start it is ~20 kB and ~1 ms where zod's classic API is
 * ~100 kB and ~6 ms, plus the cost of building every schema a module declares (the bench's
 * `cold` section). Content schemas, which the tests check, keep the classic API. The messages are
 * the classic API's English ones, since 400 answers and configuration errors quote them.
 */
config(en());

export * from 'zod/mini';
