import { fold } from './normalize';

/**
 * What a question asks for, said in the words the stop list drops: "who can refer", "how do I
 * refer" and "does it have to be the doctor" share their topic words and differ only here. Each
 * kind is a feature of the nearest-paraphrase model (src/knowledge/similarity.ts), read from the
 * FAQ's own questions and from the message alike, so the content teaches which entries answer
 * "who", "have to" or "what if", and a context noun ("urgent care", "social worker") no longer
 * outweighs what the sentence asks.
 */
const KINDS: [string, RegExp][] = [
  ['who', / (who|whom|whos|quien|quienes) /],
  ['how', / (how|como (?!(que|si|el|la|los|las|un|una)\b)|de (que|q) (forma|manera|modo)) /],
  ['where', / (where|wheres|donde|adonde) /],
  ['when', / (when|cuando|deadline|fecha limite|plazo) /],
  ['why', / (why|por que|porque) /],
  [
    'must',
    / (have to|has to|had to|must|required?|requires|requirement|requirements|mandatory|only|tiene que|tienen que|tenemos que|hay que|debe|deben|obligatori[oa]s?|solo|solamente|necesita ser|necesitan ser|requisitos?) /,
  ],
  ['can', / (can|could|may|allowed|able to|puede|puedo|pueden|podemos|permite|permitido) /],
  [
    'anyway',
    / (bother (to|with|referring|applying|asking)|(should|do) (i|we) (even )?bother|worth|anyway|regardless|even if|de todos modos|de todas formas|de todas maneras|igual(?! (que|a|al|de)\b)|aun asi|aunque|vale la pena) /,
  ],
  ['compare', / (difference|different|same|versus|vs|diferencia|diferente|igual (que|a|al)|lo mismo|mismo que) /],
];

/** The kinds of question a text asks ("who", "must", ...), each once. */
export function asksOf(text: string): string[] {
  const folded = fold(text);
  return KINDS.filter(([, pattern]) => pattern.test(folded)).map(([kind]) => kind);
}
