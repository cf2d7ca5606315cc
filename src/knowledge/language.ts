import { faq, type Lang } from '../content';
import { fold } from './normalize';

/** Words that only Spanish uses (weight 1), and short function words that also appear in place names (weight 0.5). */
const ES_STRONG = new Set(
  'que mi mis hijo hija hijos hijas necesito necesita telefono numero como quiero quiere tengo tiene tenemos para por esta estoy hola gracias donde puedo puede ayuda nino nina ninos ninas bebe oficina condado cual cuales quien cuanto cuando tambien si ya porque seguro medico cita citas llamar llamo favor buenos buenas dias tardes soy vivo sobre califico califica calificar servicios hay pero muy con una unos unas su sus algo nada todo fue tarda ayudar ayudame informacion saber hacer referencia estado estatus solicitar escuela enfermedad eso esto agente humano persona representante paga pagan pago cubre cubren doctores medicos q pa ocupo ocupa ocupamos nesesito nececito'.split(
    ' ',
  ),
);
const ES_WEAK = new Set('la el los las de del y en es un'.split(' '));
const EN_WORDS = new Set(
  'the is are my what whats how who do does i im you can need help and for of to with child kid kids son daughter phone number please where when have has get call office county services referral hi hello thanks thank yes want know it this that we our your about will would should could am was be not dont doesnt cant any there which why if or at on by from just'.split(
    ' ',
  ),
);

/**
 * The language a message is written in, or undefined when it does not say (e.g. "ok", "Kern",
 * "San Diego"). ¿ and ¡ settle it; accents weigh heavily (an English message may still name
 * "San José"); otherwise common words are counted.
 */
export function detectLanguage(text: string): Lang | undefined {
  if (/[¿¡]/.test(text)) return 'es';
  let es = /[ñÑáéíóúÁÉÍÓÚ]/.test(text) ? 2 : 0;
  let en = 0;
  const words = fold(text).trim().split(' ');
  for (const [i, word] of words.entries()) {
    if (ES_STRONG.has(word)) es += 1;
    // A weak word before the program's name is no place name's part ("tel de ccs sacramento").
    else if (ES_WEAK.has(word)) es += words[i + 1] === 'ccs' ? 1 : 0.5;
    if (EN_WORDS.has(word)) en += 1;
  }
  if (es >= 1 && es > en) return 'es';
  if (en >= 1 && en > es) return 'en';
  return byContentWords(fold(text).trim().split(' '));
}

/**
 * When the common words do not decide ("nos acabamos de mudar a fresno podemos aplicar a ccs
 * aqui"): the words only the FAQ's Spanish text uses (and Spanish endings) against those only
 * its English text uses, built on first use. Names both use (places, "CCS", "Medi-Cal") count for neither.
 */
let contentWords: Record<Lang, Set<string>> | undefined;
/** Endings only Spanish words have: "aplicamos", "tenemos", "vivimos", "aplicacion". */
const SPANISH_ENDING = /^(?!(demos|memos)$)[a-z]{3,}(amos|emos|imos|cion|ciones)$/;
function byContentWords(words: string[]): Lang | undefined {
  contentWords ??= (() => {
    const of = (lang: Lang) =>
      new Set(
        faq.flatMap((e) => [...e.questions[lang], ...(e.keywords?.[lang] ?? []), e.title[lang], e.answer[lang]]).flatMap((t) => fold(t).trim().split(' ')),
      );
    const [en, es] = [of('en'), of('es')];
    return { en: new Set([...en].filter((w) => !es.has(w))), es: new Set([...es].filter((w) => !en.has(w))) };
  })();
  const es = words.filter((w) => contentWords!.es.has(w) || SPANISH_ENDING.test(w)).length;
  const en = words.filter((w) => contentWords!.en.has(w)).length;
  return es >= 2 && es > en ? 'es' : en >= 2 && en > es ? 'en' : undefined;
}
