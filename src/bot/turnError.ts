import type { TurnContext } from 'botbuilder-core';
import { t } from '../i18n';
import { errorSummary, logger } from '../observability/logger';
import { textReply } from './replies';
import type { ConversationProfile } from './profile';
import { turnProfileOrUndefined } from './turnLanguage';

/**
 * What both adapters do when a turn throws: log without personal data, and tell the person to
 * try again. State was not saved (runCommittedTurn), so nothing is half-written; whatever the
 * family submitted in earlier turns is already stored.
 */
export async function onTurnError(context: TurnContext, error: Error): Promise<void> {
  logger.error('turn failed', { channel: context.activity.channelId, error: errorSummary(error) });
  const profile: ConversationProfile | undefined = turnProfileOrUndefined(context);
  const lang = profile?.lang ?? 'en';
  try {
    await context.sendActivity(textReply(t('turnFailed', lang), lang));
  } catch (sendError) {
    logger.error('could not send the turn-failed message', { error: errorSummary(sendError) });
  }
}
