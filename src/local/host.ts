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
      const route = byKey.get(`${req.method} ${path}`);
      if (!route) return writeResult(res, { statusCode: 404, body: 'Not found' });
      const result = await route.handler(toApiGatewayEvent(req, body, route.routeKey), localContext(route.functionName));
      writeResult(res, result);
    } catch (error) {
      logger.error('local host: unhandled error', { error: errorSummary(error) });
      if (!res.headersSent) writeResult(res, { statusCode: 500, body: 'Internal error' });
    }
  });
}

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
