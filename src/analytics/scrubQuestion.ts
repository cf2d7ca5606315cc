import { faq } from '../content';

/** Common words of English and Spanish questions that the FAQ's questions happen not to use. */
const FUNCTION_WORDS =
  'a am an any anyone are can could does for from how i if in is it me my of on or she should that the their them they this to was we what when where which who why will with would you your al cual de del el ella ellos en es esta la las lo los me mi mis por que se su sus tu un una y yo'.split(
    ' ',
  );
/**
 * Condition names that occur in the FAQ's questions ("does CCS cover autism?"): dropped all the
 * same, since with the rest of a message they can point to one child. A test checks a list of
 * conditions against the vocabulary, so a new FAQ question naming one fails until it is added.
 */
const CONDITION_WORDS = ['autism', 'autismo', 'diabetes', 'diabetic', 'diabetico', 'epilepsy', 'epilepsia', 'down', 'preemies', 'prematuros'];

let vocabulary: Set<string> | undefined;
/** Words a kept question may show: those of the FAQ's own questions (en/es) and common function words, minus condition names. */
function questionVocabulary(): Set<string> {
  if (!vocabulary) {
    const words = faq.flatMap((entry) => [...entry.questions.en, ...entry.questions.es]).flatMap(wordsOf);
    vocabulary = new Set([...words, ...FUNCTION_WORDS]);
    for (const word of CONDITION_WORDS) vocabulary.delete(word);
  }
  return vocabulary;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
}

/**
 * What is kept of a question the bot could not answer: only its words that the FAQ's own
 * questions use (and common function words), everything else, names, conditions, numbers,
 * emails, free text, becomes "…". Names and diagnoses cannot be found reliably in free text, so
 * the rule is the other way round: nothing unknown is kept. At most 200 characters.
 */
export function scrubQuestion(text: string): string {
  const known = questionVocabulary();
  const kept = (text.toLowerCase().match(/[\p{L}']+|[^\p{L}'\s]+/gu) ?? []).map((token) => {
    if (/^[\p{L}']+$/u.test(token)) return known.has(token) ? token : '…';
    // Punctuation goes; anything with digits or an @ (numbers, dates, emails) is masked, as a mask already is.
    return /[\p{N}@…]/u.test(token) ? '…' : '';
  });
  return kept
    .filter(Boolean)
    .join(' ')
    .replace(/…( …)+/g, '…')
    .slice(0, 200)
    .trim();
}
