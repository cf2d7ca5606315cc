import { NlpManager } from 'node-nlp';
import { contacts, counties, faq } from '../src/content';
import { contactText, countyContactText } from '../src/knowledge';

type Lang = 'en' | 'es';

/**
 * The baseline: node-nlp (a well-known open-source NLU library) trained on the same content the
 * navigator uses — every FAQ paraphrase, county names and cities, contact names — answering with
 * the same answer texts. Below its confidence threshold it says it does not know.
 */
export class NodeNlpBaseline {
  private constructor(private readonly manager: NlpManager) {}

  static async train(): Promise<NodeNlpBaseline> {
    const manager = new NlpManager({ languages: ['en', 'es'], forceNER: false, nlu: { log: false }, autoSave: false });
    for (const lang of ['en', 'es'] as Lang[]) {
      for (const entry of faq) {
        for (const question of entry.questions[lang]) manager.addDocument(lang, question, `faq.${entry.id}`);
        manager.addAnswer(lang, `faq.${entry.id}`, entry.answer[lang]);
      }
      for (const county of counties) {
        const intent = `county.${county.name}`;
        for (const place of [county.name, ...county.aliases, ...county.cities]) {
          manager.addDocument(lang, lang === 'en' ? `${place} ccs phone fax` : `telefono fax ccs ${place}`, intent);
          manager.addDocument(lang, place, intent);
        }
        manager.addAnswer(lang, intent, countyContactText(county, 'both', lang));
      }
      for (const contact of contacts) {
        manager.addDocument(lang, contact.name[lang], `contact.${contact.id}`);
        manager.addAnswer(lang, `contact.${contact.id}`, contactText(contact, lang));
      }
    }
    await manager.train();
    return new NodeNlpBaseline(manager);
  }

  /** The baseline's answer text for one message. */
  async reply(text: string): Promise<string> {
    const result = await this.manager.process(text);
    if (!result.answer || result.intent === 'None' || result.score < 0.5) return "Sorry, I don't know.";
    return result.answer;
  }
}
