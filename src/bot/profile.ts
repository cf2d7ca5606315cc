import type { Lang } from '../i18n';
import type { TopicContext } from '../knowledge';
import type { CrisisKind } from '../safety';
import type { Choice } from './replies';

/** What the bot remembers about a conversation beyond the dialog stack (kept in conversation state). */
export interface ConversationProfile {
  /** Language to answer in; `langChosen` when the person picked it rather than it being detected. */
  lang?: Lang;
  langChosen?: boolean;
  /** Set once the first-contact notice has been sent. */
  welcomed?: boolean;
  /** The choices last offered, so a texted "2" means the second one. */
  lastChoices?: Choice[];
  /** What the last answer was about (`at`: when), so a short follow-up ("and the fax?") is read with it. */
  topic?: TopicContext & { at: number };
  /** The crisis the last turn answered (`at`: when), so a reply to it ("si los dos") is read as part of it. */
  lastCrisis?: { kind: CrisisKind; at: number };
}
