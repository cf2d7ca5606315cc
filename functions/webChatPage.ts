import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { httpHandler, jsonResponse, textResponse } from '../src/http/middleware';
import { header, type HttpResult } from '../src/http/types';

/**
 * The project root: locally this file's parent folder; deployed, /var/task, where serverless.yml
 * packages web/chat and Web Chat's bundle beside the bundled handler (functions/webChatPage.js).
 */
const ROOT = join(__dirname, '..');

/** Where the page finds out how to reach the bot (see {@link chatConfig}). */
const CONFIG_PATH = '/chat/config.json';

const JS = 'text/javascript; charset=utf-8';

/** Every file the page may load, by URL path; nothing outside this list is ever read. */
const ASSETS: Record<string, { file: string; type: string }> = {
  '/': { file: 'web/chat/index.html', type: 'text/html; charset=utf-8' },
  '/chat/chat.css': { file: 'web/chat/chat.css', type: 'text/css; charset=utf-8' },
  '/chat/chat.js': { file: 'web/chat/chat.js', type: JS },
  '/chat/localDirectLine.js': { file: 'web/chat/localDirectLine.js', type: JS },
  // The prebuilt UMD bundle, served from here rather than a CDN so the page has no third-party script.
  '/chat/webchat.js': { file: 'node_modules/botframework-webchat/dist/webchat.js', type: JS },
};

/**
 * Web Chat styles itself with inline <style> elements, and in Direct Line mode talks to the
 * Direct Line service. frame-ancestors is open on purpose: clinics embed the page in an iframe.
 */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "connect-src 'self' https://directline.botframework.com wss://directline.botframework.com",
  "object-src 'none'",
  "base-uri 'none'",
  'frame-ancestors *',
].join('; ');

interface Loaded {
  raw: Buffer;
  gzip: Buffer;
  etag: string;
}

/** Files are read and compressed once per warm Lambda (the Web Chat bundle shrinks from about 3.9 MB to under 1 MB). */
const loaded = new Map<string, Loaded>();

function load(file: string): Loaded {
  let entry = loaded.get(file);
  if (!entry) {
    const raw = readFileSync(join(ROOT, file));
    entry = { raw, gzip: gzipSync(raw), etag: `"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"` };
    loaded.set(file, entry);
  }
  return entry;
}

/**
 * How the page reaches the bot. Deployed (a Direct Line secret is configured) it asks the token
 * endpoint for a short-lived Direct Line token; locally it posts straight to the bot's endpoint.
 * URLs are relative to the page, so it also works behind a path prefix.
 */
export function chatConfig(env: NodeJS.ProcessEnv = process.env) {
  return env.DIRECT_LINE_SECRET_PARAM ? { mode: 'directline', tokenUrl: 'api/directline/token' } : { mode: 'local', messagesUrl: 'api/messages' };
}

/** GET / and GET /chat/{file}: the provider chat page, its scripts and its configuration. */
export const handler = httpHandler().handler(async (event): Promise<HttpResult> => {
  const path = event.rawPath;
  if (path === CONFIG_PATH) {
    const response = jsonResponse(200, chatConfig());
    return { ...response, headers: { ...response.headers, 'cache-control': 'no-store' } };
  }
  const asset = ASSETS[path];
  if (!asset) return textResponse(404, 'Not found');
  const { raw, gzip, etag } = load(asset.file);
  // Always revalidate (a cheap 304) so a deploy shows up at once; the ETag spares re-downloading.
  const headers: Record<string, string> = {
    'content-type': asset.type,
    'cache-control': 'no-cache',
    etag,
    vary: 'accept-encoding',
    'x-content-type-options': 'nosniff',
    ...(asset.type.startsWith('text/html') ? { 'content-security-policy': PAGE_POLICY } : {}),
  };
  if (header(event, 'if-none-match') === etag) return { statusCode: 304, headers };
  if (/\bgzip\b/.test(header(event, 'accept-encoding') ?? '')) {
    return { statusCode: 200, headers: { ...headers, 'content-encoding': 'gzip' }, body: gzip.toString('base64'), isBase64Encoded: true };
  }
  return { statusCode: 200, headers, body: raw.toString('utf8') };
});
