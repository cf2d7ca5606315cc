import type { MiddlewareObj } from '@middy/core';
import * as z from '../zodMini';
import { HttpError } from './errors';
import type { HttpEvent, HttpResult } from './types';

/** A validated query string travels on the event under this key. */
export interface WithQuery<T> {
  query: T;
}

/** Validates `?a=b` parameters with a zod schema; 400 naming the bad parameters otherwise. */
export function queryParams<S extends z.core.$ZodType>(schema: S): MiddlewareObj<HttpEvent & Partial<WithQuery<z.infer<S>>>, HttpResult> {
  return {
    before: async (request) => {
      const raw = Object.fromEntries(new URLSearchParams(request.event.rawQueryString ?? ''));
      const parsed = z.safeParse(schema, raw);
      if (!parsed.success) {
        throw new HttpError(400, `Invalid query: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'query'} ${i.message}`).join('; ')}`);
      }
      request.event.query = parsed.data;
    },
  };
}
