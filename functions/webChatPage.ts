import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { httpHandler, jsonResponse, textResponse } from '../src/http/middleware';
import { header, type HttpResult } from '../src/http/types';
import { t } from '../src/i18n';

/**
 * The project root: locally this file's parent folder; deployed, /var/task, where serverless.yml
 * packages web/chat and Web Chat's bundle beside the bundled handler (functions/webChatPage.js).
 */
const ROOT = join(__dirname, '..');

/** Where the page finds out how to reach the bot (see {@link chatConfig}). */
const CONFIG_PATH = '/chat/config.json';

const JS = 'text/javascript; charset=utf-8';

const PAGE = { file: 'web/chat/index.html', type: 'text/html; charset=utf-8' };

/**
 * Every file the page may load, by URL path; nothing outside this list is ever read. The page
 * asks for each by a content-hashed name (`/chat/webchat.<hash>.js`, see {@link hashedPath}),
 * cached for a year; only the page itself is revalidated on every visit.
 */
const ASSETS: Record<string, { file: string; type: string }> = {
  '/chat/chat.css': { file: 'web/chat/chat.css', type: 'text/css; charset=utf-8' },
  '/chat/chat.js': { file: 'web/chat/chat.js', type: JS },
  '/chat/localDirectLine.js': { file: 'web/chat/localDirectLine.js', type: JS },
  // The prebuilt UMD bundle, served from here rather than a CDN so the page has no third-party
  // script. Not webchat-minimal.js (half the size): it has no Adaptive Cards, which draw the
  // bot's hero cards (county contacts with their call buttons).
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
  /** A short content hash for the file's URL. */
  hash: string;
}

/** Files are read and compressed once per warm Lambda (the Web Chat bundle shrinks from about 3.9 MB to under 1 MB). */
const loaded = new Map<string, Loaded>();

function fromBytes(raw: Buffer): Loaded {
  const digest = createHash('sha256').update(raw).digest('base64url');
  return { raw, gzip: gzipSync(raw), etag: `"${digest.slice(0, 27)}"`, hash: digest.slice(0, 12).replace(/[-_]/g, '0') };
}

function load(file: string): Loaded {
  let entry = loaded.get(file);
  if (!entry) {
    entry = fromBytes(readFileSync(join(ROOT, file)));
    loaded.set(file, entry);
  }
  return entry;
}

/** `/chat/webchat.js` → `/chat/webchat.<hash>.js`: a new deploy of a file is a new URL. */
export function hashedPath(path: string): string {
  return path.replace(/(\.[a-z]+)$/, `.${load(ASSETS[path].file).hash}$1`);
}

/** The page, with each asset it names (`chat/x.js`, `chat/x.css`) under its hashed name. */
function loadPage(): Loaded {
  let entry = loaded.get(PAGE.file);
  if (!entry) {
    const html = readFileSync(join(ROOT, PAGE.file), 'utf8').replace(/"chat\/([\w.-]+\.(?:js|css))"/g, (whole, name: string) =>
      ASSETS[`/chat/${name}`] ? `"${hashedPath(`/chat/${name}`).slice(1)}"` : whole,
    );
    entry = fromBytes(Buffer.from(html));
    loaded.set(PAGE.file, entry);
  }
  return entry;
}

/** An asset by its plain or hashed URL path; `immutable` when the hash is the current file's. */
function assetFor(path: string): { asset: { file: string; type: string }; immutable: boolean } | undefined {
  if (ASSETS[path]) return { asset: ASSETS[path], immutable: false };
  const hashed = /^(\/chat\/[\w-]+)\.([A-Za-z0-9]{12})(\.[a-z]+)$/.exec(path);
  const asset = hashed && ASSETS[`${hashed[1]}${hashed[3]}`];
  // An older page's hash still gets the file, revalidated rather than cached for good.
  return asset ? { asset, immutable: load(asset.file).hash === hashed[2] } : undefined;
}

/**
 * How the page reaches the bot. Deployed (a Direct Line secret is configured) it asks the token
 * endpoint for a short-lived Direct Line token; locally it posts straight to the bot's endpoint.
 * URLs are relative to the page, so it also works behind a path prefix.
 */
export function chatConfig(env: NodeJS.ProcessEnv = process.env) {
  const connection = env.DIRECT_LINE_SECRET_PARAM ? { mode: 'directline', tokenUrl: 'api/directline/token' } : { mode: 'local', messagesUrl: 'api/messages' };
  return { ...connection, about: aboutTheService(env, connection.mode === 'local') };
}

/**
 * Whose service this is (a clinic embedding the page must be able to tell), how to contact them,
 * and the privacy notice the bot also gives. The operator is the deployment's to state
 * (OPERATOR_NAME, OPERATOR_CONTACT_URL); a local copy says it is one.
 */
function aboutTheService(env: NodeJS.ProcessEnv, local: boolean) {
  const name = env.OPERATOR_NAME?.trim() || (local ? 'a local test copy, not a public service' : undefined);
  const contactUrl = env.OPERATOR_CONTACT_URL?.trim() || undefined;
  return {
    ...(name ? { operator: { name, ...(contactUrl ? { contactUrl } : {}) } } : {}),
    privacy: { en: t('privacyNotice', 'en'), es: t('privacyNotice', 'es') },
  };
}

/** GET / and GET /chat/{file}: the provider chat page, its scripts and its configuration. */
export const handler = httpHandler().handler(async (event): Promise<HttpResult> => {
  const path = event.rawPath;
  if (path === CONFIG_PATH) {
    const response = jsonResponse(200, chatConfig());
    return { ...response, headers: { ...response.headers, 'cache-control': 'no-store' } };
  }
  const found = path === '/' ? { asset: PAGE, immutable: false } : assetFor(path);
  if (!found) return textResponse(404, 'Not found');
  const { asset, immutable } = found;
  const { raw, gzip, etag } = asset === PAGE ? loadPage() : load(asset.file);
  // The page always revalidates (a cheap 304) so a deploy shows up at once; the files it names
  // change URL when they change, so a browser keeps them a year and never asks again.
  const headers: Record<string, string> = {
    'content-type': asset.type,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
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
