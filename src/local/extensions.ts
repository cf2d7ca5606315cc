import type { LocalExtension } from './host';
import { phoneSimulator } from './phonePages';
import { webPages } from './webPages';

/**
 * What the local host serves besides the Lambda routes: pages and local-only stand-ins for
 * cloud services. Deployed, the same pages are static files and the stand-ins are the real services.
 */
export function localExtensions(): LocalExtension[] {
  return [...phoneSimulator(), webPages()];
}
