import messages from '../../content/messages.json';

/** The two languages the product speaks; Spanish is written by hand, never machine-translated. */
export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

export type MessageKey = keyof typeof messages.en;

/**
 * A bot message in `lang`, with `{name}` placeholders filled. Messages live in
 * content/messages.json so staff can reword them without touching code.
 */
export function t(key: MessageKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  const template: string = messages[lang][key] ?? messages.en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
