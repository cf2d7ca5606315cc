import type { Contact, County, FaqEntry, Organization } from '../content';

/** What the knowledge base can say to one message. The runtime turns it into SMS text or web cards. */
export type KnowledgeAnswer =
  | {
      kind: 'faq';
      entry: FaqEntry;
      score: number;
      /** The second part of a two-part question ("how do I refer, and what should I include?"). */
      also?: FaqEntry;
      /** The California county the message is about: its office card goes with the answer. */
      county?: County;
      /** The age the message gives, for the age-limit answer. */
      age?: number;
      /** Show the county's independent/dependent status (the question is about who decides what). */
      designation?: boolean;
      /** Show whether the county is a Whole Child Model county (the question is about the Whole Child Model). */
      wcmStatus?: boolean;
      /** A crisis going on now: the answer gives the lines to call, and staff must follow up urgently. */
      urgent?: boolean;
    }
  /** `otherOrganization`: the number asked for is a hospital's or a plan's we do not have; the county office is given instead. */
  | { kind: 'county'; county: County; wants: 'phone' | 'fax' | 'both'; designation?: boolean; wcmStatus?: boolean; otherOrganization?: Organization }
  | { kind: 'contact'; contact: Contact }
  | { kind: 'clarify'; options: { id: string; title: string }[] }
  /** `directory`: the message asked how to find the office ("how do i find my county ccs office"): the state's list goes with the question for the county. */
  | { kind: 'countyNeeded'; otherOrganization?: Organization; directory?: Contact }
  /** A clear question about CCS whose answer is not in our sources (a doctor's direct line): say so, give the office and a person. */
  | { kind: 'noInfo'; county?: County }
  | { kind: 'unknown' };
