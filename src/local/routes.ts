import type { HttpHandler } from '../http/types';
import { handler as messages } from '../../functions/messages';
import { handler as sms } from '../../functions/sms';
import { handler as health } from '../../functions/health';
import { handler as unansweredQuestions } from '../../functions/unansweredQuestions';
import { handler as staffReferrals } from '../../functions/staffReferrals';
import { handler as staffReferral } from '../../functions/staffReferral';
import { handler as staffReferralActions } from '../../functions/staffReferralActions';
import { handler as staffMessages } from '../../functions/staffMessages';
import { handler as staffQueues } from '../../functions/staffQueues';
import { handler as staffExport } from '../../functions/staffExport';
import { handler as staffStats } from '../../functions/staffStats';
import { handler as staffConsole } from '../../functions/staffConsole';
import { handler as webChatToken } from '../../functions/webChatToken';
import { handler as transcript } from '../../functions/transcript';

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
  { routeKey: 'GET /staff/api/referrals/{id}', functionName: 'staffReferral', handler: staffReferral as HttpHandler },
  ...['claim', 'release', 'status', 'notes', 'deadline'].map((action) => ({
    routeKey: `POST /staff/api/referrals/{id}/${action}`,
    functionName: 'staffReferralActions',
    handler: staffReferralActions as HttpHandler,
  })),
  { routeKey: 'POST /staff/api/referrals/{id}/messages', functionName: 'staffMessages', handler: staffMessages as HttpHandler },
  { routeKey: 'GET /staff/api/queues', functionName: 'staffQueues', handler: staffQueues as HttpHandler },
  { routeKey: 'GET /staff/api/export.csv', functionName: 'staffExport', handler: staffExport as HttpHandler },
  { routeKey: 'GET /staff/api/stats', functionName: 'staffStats', handler: staffStats as HttpHandler },
  { routeKey: 'GET /staff', functionName: 'staffConsole', handler: staffConsole as HttpHandler },
  { routeKey: 'GET /staff/{file}', functionName: 'staffConsole', handler: staffConsole as HttpHandler },
  { routeKey: 'GET /staff/referrals/{id}', functionName: 'staffConsole', handler: staffConsole as HttpHandler },
  { routeKey: 'POST /api/directline/token', functionName: 'webChatToken', handler: webChatToken as HttpHandler },
  { routeKey: 'GET /api/transcript', functionName: 'transcript', handler: transcript as HttpHandler },
];
