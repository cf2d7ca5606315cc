// What any message to a family must respect, whether a template (templatesSchema.ts checks them)
// or staff's own words (actions.ts, actionBodies.ts).

/** What a family message may name: never the child or the condition (anyone holding the phone can read it). */
export const FAMILY_PLACEHOLDERS = ['office', 'code', 'due'] as const;
/** Twilio's advice: at most 320 characters per message. */
export const MAX_FAMILY_MESSAGE = 320;
/** On SMS these words unsubscribe the texter (carrier keywords). */
export const UNSUBSCRIBE_WORDS = /\b(cancel|quit)\b/i;
