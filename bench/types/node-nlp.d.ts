/** The part of node-nlp's (untyped) API the baseline uses. */
declare module 'node-nlp' {
  export class NlpManager {
    constructor(options: Record<string, unknown>);
    addDocument(locale: string, utterance: string, intent: string): void;
    addAnswer(locale: string, intent: string, answer: string): void;
    train(): Promise<void>;
    process(utterance: string): Promise<{ intent: string; score: number; answer?: string; locale?: string }>;
  }
}
