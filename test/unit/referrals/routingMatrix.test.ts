import fs from 'fs';
import path from 'path';
import routingJson from '../../../content/routing.json';
import { counties } from '../../../src/content';
import { referralBot } from './harness';

/**
 * The routing matrix, as data: every California county × {full-scope Medi-Cal with the county's
 * plan, no Medi-Cal, Kaiser, not sure}, run through the real intake on the web. What is expected
 * comes from ../shared/reference (which counties are Whole Child Model, with which plans, and the
 * published numbers) and content/routing.json (which queue is whose), never from the code under test:
 * - the referral lands in the CCS office queue of the county where the child lives (seed 001);
 * - a Whole Child Model plan's care team is told as well only about its own full-scope Medi-Cal
 *   member, and Kaiser only in the counties where the reference lists it;
 * - the family reads who has the referral, which plan was told, and a number to call that the
 *   reference gives for that county, or that we have none and where to look;
 * - nobody is promised a first-contact time (no office has confirmed one).
 */

const REFERENCE = path.resolve(__dirname, '../../../../shared/reference');
const DIRECTORY = 'https://www.dhcs.ca.gov/services/ccs/Pages/CountyOffices.aspx';

/** Rows of a CSV file with quoted fields, as objects keyed by the header. */
function readCsv(file: string): Record<string, string>[] {
  const text = fs.readFileSync(path.join(REFERENCE, file), 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  const [header, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const reference = readCsv('ca-ccs-counties.csv');
const morePages = readCsv('ca-ccs-counties-more.csv');
const slug = (name: string) => name.toLowerCase().replace(/ /g, '-');
const planQueue = (plan: string) => routingJson.planTeams.find((t) => t.plan === plan)?.queue;
const phonesIn = (text: string) => text.match(/\(\d{3}\) \d{3}-\d{4}|1-\d{3}-\d{3}-\d{4}/g) ?? [];
const tenDigits = (phone: string) => phone.replace(/\D/g, '').slice(-10);

type Situation = 'full-scope Medi-Cal' | 'no Medi-Cal' | 'Kaiser' | 'not sure';
const SITUATIONS: Situation[] = ['full-scope Medi-Cal', 'no Medi-Cal', 'Kaiser', 'not sure'];

interface Expected {
  queue: string;
  alsoTold: string[];
  /** The plan the intake asks about in a Whole Child Model county, and what the person answers. */
  planQuestion?: { offered: string[]; answer: string };
  planTold?: string;
}

/** What the sources say should happen for one county and situation. */
function expected(row: Record<string, string>, situation: Situation): Expected {
  const wcm = row.wcm_confidence === 'high';
  const mainPlan = row.wcm_plan.split(' (+')[0];
  const plans = wcm ? [mainPlan, ...(/Kaiser Permanente/.test(row.wcm_plan) ? ['Kaiser Permanente'] : [])] : [];
  const queue = `county-${slug(row.county)}`;
  const fullScope = situation === 'full-scope Medi-Cal' || situation === 'Kaiser';
  if (!wcm || !fullScope) return { queue, alsoTold: [] };
  const answer = situation === 'Kaiser' ? 'Kaiser Permanente' : mainPlan;
  const told = plans.includes(answer) ? answer : undefined;
  return { queue, alsoTold: told ? [planQueue(told) ?? `missing queue for ${told}`] : [], planQuestion: { offered: plans, answer }, planTold: told };
}

/** Every published phone number the reference gives for a county (its CCS line, the seed's, other pages'). */
function referencePhones(name: string): Set<string> {
  const rows = [...reference, ...morePages].filter((r) => r.county === name);
  return new Set(rows.flatMap((r) => phonesIn(r.phone.replace(/(\d{3})-(\d{3})-(\d{4})/g, '($1) $2-$3'))).map(tenDigits));
}

async function refer(county: string, situation: Situation) {
  const bot = referralBot('webchat');
  const mediCal = situation === 'no Medi-Cal' ? 'No Medi-Cal' : situation === 'not sure' ? 'Not sure' : 'Yes, full-scope';
  const start = await bot.say('Make a referral', 'Parent or guardian', 'Maria Lopez', 'Juan Perez', '03/25/2015', `${county} County`, 'asthma', mediCal);
  const afterMediCal = start.at(-1) ?? '';
  const planAsked = /Which Medi-Cal health plan/.test(afterMediCal);
  if (planAsked) await bot.say(situation === 'Kaiser' ? 'Kaiser' : (afterMediCal.match(/\[([^\]]+)\]/)?.[1] ?? ''));
  await bot.say('No', '6615550123', 'English, please', 'Yes');
  const [consent, confirmation] = await bot.say("Yes, it's right", 'Yes, share it');
  return { afterMediCal, planAsked, consent, confirmation, referral: bot.referrals()[0] };
}

/** The same referral in Spanish, full-scope Medi-Cal with the county's plan where it has one. */
async function referInSpanish(county: string) {
  const bot = referralBot('webchat');
  const start = await bot.say(
    'quiero hacer una referencia',
    'Madre, padre o tutor',
    'Rosa Díaz',
    'Ana Díaz',
    '03/03/2016',
    `${county} County`,
    'asma',
    'Sí, cobertura completa',
  );
  const planOffered = start.at(-1)?.match(/¿En qué plan de salud de Medi-Cal[\s\S]*?\[([^\]]+)\]/)?.[1];
  if (planOffered) await bot.say(planOffered);
  await bot.say('No', '6615550123', 'Español, por favor', 'Sí');
  const [, confirmation] = await bot.say('Sí, está bien', 'Sí, compartirla');
  return confirmation;
}

describe('Routing matrix: 58 counties × {full-scope Medi-Cal, no Medi-Cal, Kaiser, not sure}', () => {
  it('reads all 58 counties from the reference, and content has each of them', () => {
    expect(reference).toHaveLength(58);
    expect(reference.map((r) => r.county).sort()).toEqual(counties.map((c) => c.name).sort());
  });

  describe.each(reference.map((row) => [row.county, row] as const))('%s', (name, row) => {
    it.each(SITUATIONS)('%s: the county office has it, the right plan team is told, and the family reads who and how to call', async (situation) => {
      const want = expected(row, situation);
      const { afterMediCal, planAsked, consent, confirmation, referral } = await refer(name, situation);
      const office = `${name} County CCS office`;

      // Where it goes
      expect({ queue: referral.queue.id, alsoTold: (referral.alsoTold ?? []).map((q) => q.id) }).toEqual({ queue: want.queue, alsoTold: want.alsoTold });

      // What is asked and agreed to
      expect(planAsked).toBe(Boolean(want.planQuestion));
      for (const plan of want.planQuestion?.offered ?? []) expect(afterMediCal).toContain(`[${plan}]`);
      expect(consent).toContain(`share this information with the ${office}${want.planTold ? ` and the ${want.planTold} care team` : ' so they'}`);

      // What the family reads
      expect(confirmation).toContain(`Your referral was sent to the ${office}.`);
      if (want.planTold) expect(confirmation).toContain(`Juan has full-scope Medi-Cal with ${want.planTold}, we also told the plan's care team`);
      else expect(confirmation).not.toMatch(/care team/);
      expect(confirmation).toContain(`How to reach the ${office} meanwhile:`);
      const phone = counties.find((c) => c.name === name)?.office?.phone;
      if (phone) {
        expect(referencePhones(name)).toContain(tenDigits(phone));
        expect(confirmation).toContain(`phone ${phone}`);
      } else {
        expect(confirmation).toContain(`We don't have a confirmed phone number for ${name} County CCS. Find the office in the state list: ${DIRECTORY}`);
      }
      // Every number shown is the family's own (their phone) or one the reference gives for this county.
      const shown = phonesIn(confirmation)
        .map(tenDigits)
        .filter((n) => n !== '6615550123');
      expect(shown.filter((n) => !referencePhones(name).has(n))).toEqual([]);
      expect(confirmation).not.toMatch(/business days|usually within|should contact you by/);
    });
  });

  it.each(reference.map((row) => [row.county, row] as const))('in Spanish, %s: who has it, the plan told, and how to call, in Spanish', async (name, row) => {
    const want = expected(row, 'full-scope Medi-Cal');
    const confirmation = await referInSpanish(name);
    expect(confirmation).toContain(`la recibe la oficina de CCS del condado de ${name}.`);
    if (want.planTold)
      expect(confirmation).toContain(`Ana tiene Medi-Cal con cobertura completa con ${want.planTold}, también avisamos al equipo de atención del plan`);
    const phone = counties.find((c) => c.name === name)?.office?.phone;
    expect(confirmation).toContain(
      phone
        ? `teléfono ${phone}`
        : `No tenemos un número de teléfono confirmado de CCS del condado de ${name}. Busque la oficina en la lista del estado: ${DIRECTORY}`,
    );
    expect(confirmation).not.toMatch(/días hábiles|normalmente|Whole Child Model[^,)]/);
  });
});
