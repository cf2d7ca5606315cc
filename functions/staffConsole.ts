import { join } from 'node:path';
import { httpHandler, jsonResponse, textResponse } from '../src/http/middleware';
import { header, type HttpResult } from '../src/http/types';
import { consoleConfig, consoleFile, consolePolicy, loadFile } from '../src/staff/consolePage';

/**
 * The project root: locally this file's parent folder; deployed, /var/task, where serverless.yml
 * packages web/staff beside the bundled handler (functions/staffConsole.js).
 */
const ROOT = join(__dirname, '..');

/**
 * GET /staff, /staff/{file}, /staff/referrals/{id}: the staff console (plain files, no data:
 * everything personal comes from the staff API after sign-in), and GET /staff/config.json, how
 * to sign in.
 */
export const handler = httpHandler().handler(async (event): Promise<HttpResult> => {
  const config = consoleConfig();
  if (event.rawPath === '/staff/config.json') {
    const response = jsonResponse(200, config);
    return { ...response, headers: { ...response.headers, 'cache-control': 'no-store' } };
  }
  const asset = consoleFile(event.rawPath);
  if (!asset) return textResponse(404, 'Not found');
  const { body, etag } = loadFile(ROOT, asset.file);
  // Always revalidate (a cheap 304), so a deploy shows up at once.
  const headers: Record<string, string> = { 'content-type': asset.type, 'cache-control': 'no-cache', etag, 'x-content-type-options': 'nosniff' };
  if (asset.type.startsWith('text/html')) Object.assign(headers, { 'content-security-policy': consolePolicy(config), 'referrer-policy': 'no-referrer' });
  if (header(event, 'if-none-match') === etag) return { statusCode: 304, headers };
  return { statusCode: 200, headers, body };
});
