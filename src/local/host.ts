import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { localContext, toApiGatewayEvent, writeResult } from './apiGatewayEvent';
import type { Route } from './routes';
import { errorSummary, logger } from '../observability/logger';

/** Largest request body the local host accepts, like API Gateway's payload limit (10 MB). */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Extra request handling the host tries before the Lambda routes (static pages, the fake Twilio API). Returns true when it answered. */
export type LocalExtension = (req: IncomingMessage, res: ServerResponse, body: Buffer) => Promise<boolean>;

/**
 * The local stand-in for API Gateway: each request becomes the same v2 event AWS would send, and
 * the deployed handler answers it. Chosen over serverless-offline because it starts in one
 * process beside DynamoDB Local in well under a second, can also serve the local-only pages and
 * fake Twilio API, and tests can start it in-process on a free port.
 */
export function createLocalHost(routes: Route[], extensions: LocalExtension[] = []): Server {
  const byKey = new Map(routes.map((r) => [r.routeKey, r]));
  return createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      if (body === undefined) return writeResult(res, { statusCode: 413, body: 'Payload too large' });
      for (const extension of extensions) if (await extension(req, res, body)) return;
      const path = new URL(req.url ?? '/', 'http://local').pathname;
      const exact = byKey.get(`${req.method} ${path}`);
      const match = exact ? { route: exact, pathParameters: undefined } : matchTemplate(routes, req.method, path);
      if (!match) return writeResult(res, { statusCode: 404, body: 'Not found' });
      const { route, pathParameters } = match;
      const event = { ...toApiGatewayEvent(req, body, route.routeKey), ...(pathParameters ? { pathParameters } : {}) };
      const result = await route.handler(event, localContext(route.functionName));
      writeResult(res, result);
    } catch (error) {
      if (error instanceof BadPath) return writeResult(res, { statusCode: 400, body: 'Bad request: the path has a broken %-escape' });
      logger.error('local host: unhandled error', { error: errorSummary(error) });
      if (!res.headersSent) writeResult(res, { statusCode: 500, body: 'Internal error' });
    }
  });
}

/**
 * A route with `{name}` path segments, as API Gateway matches them (exact routes win; a
 * variable is one whole, non-empty segment), and the parameters it captured.
 */
function matchTemplate(routes: Route[], method: string | undefined, path: string): { route: Route; pathParameters: Record<string, string> } | undefined {
  const segments = path.split('/');
  for (const route of routes) {
    const [routeMethod, routePath] = route.routeKey.split(' ');
    const parts = routePath.split('/');
    if (routeMethod !== method || !routePath.includes('{') || parts.length !== segments.length) continue;
    const pathParameters: Record<string, string> = {};
    const matches = parts.every((part, i) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return part === segments[i];
      if (!segments[i]) return false;
      pathParameters[name] = decodePathSegment(segments[i]);
      return true;
    });
    if (matches) return { route, pathParameters };
  }
  return undefined;
}

/** A path segment, %-decoded as API Gateway does; a broken escape (`%E0%A4%A`) is the client's error (400), not ours. */
function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new BadPath();
  }
}

class BadPath extends Error {}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
