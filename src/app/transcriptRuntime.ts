import { TranscriptStore } from '../transcripts/transcriptStore';
import type { Infrastructure } from './infrastructure';
import { perRuntime } from './perRuntime';

/**
 * The chat page's transcript reads over the infrastructure (one store per infrastructure): no bot,
 * no domain. Only functions/transcript imports it.
 */
export const chatTranscripts = perRuntime(
  ({ config, dynamo }: Infrastructure) => new TranscriptStore(dynamo.documentClient, config.TABLE_NAME, config.STATE_TTL_DAYS),
);
