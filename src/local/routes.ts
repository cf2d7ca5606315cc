import type { HttpHandler } from '../http/types';
import { handler as messages } from '../../functions/messages';
import { handler as sms } from '../../functions/sms';
import { handler as health } from '../../functions/health';
import { handler as unansweredQuestions } from '../../functions/unansweredQuestions';
import { handler as staffReferrals } from '../../functions/staffReferrals';
import { handler as webChatToken } from '../../functions/webChatToken';

/** The HTTP API, route for route as serverless.yml declares it (`routeKey` is API Gateway's "METHOD /path"). */
export interface Route {
  routeKey: string;
  functionName: string;
  handler: HttpHandler;
}

export const routes: Route[] = [
  { routeKey: 'POST /api/messages', functionName: 'messages', handler: messages as HttpHandler },
  { routeKey: 'POST /sms', functionName: 'sms', handler: sms as HttpHandler },
  { routeKey: 'GET /health', functionName: 'health', handler: health as HttpHandler },
  { routeKey: 'GET /staff/api/unanswered', functionName: 'unansweredQuestions', handler: unansweredQuestions as HttpHandler },
  { routeKey: 'GET /staff/api/referrals', functionName: 'staffReferrals', handler: staffReferrals as HttpHandler },
  { routeKey: 'POST /api/directline/token', functionName: 'webChatToken', handler: webChatToken as HttpHandler },
];
