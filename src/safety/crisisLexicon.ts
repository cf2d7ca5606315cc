import { CEASED_HARM, EMOTION_IDIOM, FIGURE_OF_SPEECH, ORDINARY_SENSE, THREAT_IN_PLAY, THREAT_OVER_A_THING } from './crisisContext';
import { HAS_WEAPON, KILLS_FOR_TRIFLE, KILLS_ME, OVERDOSED_ON_A_THING, THING_KILLS } from './crisisRules';

/**
 * A sentence without its figures of speech, the harms it says have stopped (CEASED_HARM) and the words it uses in their
 * ordinary sense (ORDINARY_SENSE); `laughing` when the message laughs (jaja, lol, 😂).
 */
export function withoutFiguresOfSpeech(sentence: string, laughing: boolean): string {
  const literal = sentence
    .replace(THING_KILLS, ' ')
    .replace(EMOTION_IDIOM, ' ')
    .replace(FIGURE_OF_SPEECH, ' ')
    .replace(CEASED_HARM, ' ')
    .replace(ORDINARY_SENSE, ' ')
    .replace(OVERDOSED_ON_A_THING, ' ');
  const played = literal.replace(THREAT_IN_PLAY, ' ');
  const trifling = HAS_WEAPON.test(played) ? played : played.replace(THREAT_OVER_A_THING, ' ');
  return laughing ? trifling.replace(KILLS_FOR_TRIFLE, ' ').replace(KILLS_ME, ' ') : trifling;
}
