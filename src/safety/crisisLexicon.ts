import {
  CEASED_HARM,
  EMOTION_IDIOM,
  FIGURE_OF_SPEECH,
  NOT_ABOUT_A_CHILD_NOW,
  ORDINARY_SENSE,
  THREAT_IN_PLAY,
  THREAT_OVER_A_THING,
  THREAT_OVER_WORK,
} from './crisisContext';
import { DIES_IF, HAS_WEAPON, KILLS_FOR_TRIFLE, KILLS_ME, OVERDOSED_ON_A_THING, THING_KILLS } from './crisisRules';

/**
 * A sentence without its figures of speech, the harms it says have stopped (CEASED_HARM), the words it uses in their
 * ordinary sense (ORDINARY_SENSE) and a case asked about anyone or seen on a screen (NOT_ABOUT_A_CHILD_NOW); `laughing` when
 * the message laughs (jaja, lol, 😂).
 */
export function withoutFiguresOfSpeech(sentence: string, laughing: boolean): string {
  const literal = sentence
    .replace(THING_KILLS, ' ')
    .replace(EMOTION_IDIOM, ' ')
    .replace(FIGURE_OF_SPEECH, ' ')
    .replace(CEASED_HARM, ' ')
    .replace(ORDINARY_SENSE, ' ')
    .replace(NOT_ABOUT_A_CHILD_NOW, ' ')
    .replace(OVERDOSED_ON_A_THING, ' ');
  const played = literal.replace(THREAT_IN_PLAY, ' ');
  const trifling = HAS_WEAPON.test(played) ? played : played.replace(THREAT_OVER_A_THING, ' ').replace(THREAT_OVER_WORK, ' ');
  const read = laughing ? trifling.replace(KILLS_FOR_TRIFLE, ' ').replace(KILLS_ME, ' ').replace(DIES_IF, ' ') : trifling;
  // One space where a word was taken out, so the words either side stay neighbours ("el inhalador azul y nada": "el inhalador y nada").
  return read.replace(/ {2,}/g, ' ');
}
