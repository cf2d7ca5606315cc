import { contactText, countyContactText } from '../../../src/knowledge';
import { contacts, counties } from '../../../src/content';

const county = (name: string) => {
  const found = counties.find((c) => c.name === name);
  if (!found) throw new Error(`no county ${name}`);
  return found;
};

describe('Function: countyContactText', () => {
  it('gives the seed numbers with their source and date', () => {
    expect(countyContactText(county('Kern'), 'both', 'en')).toBe(
      'Kern County CCS: phone (661) 321-3000, Kern County Public Health main line; fax (661) 868-0268 (Health Net notice 20-667, Sept 2020).',
    );
  });

  it('limits the reply to the number asked for', () => {
    const text = countyContactText(county('Tulare'), 'fax', 'en');
    expect(text).toContain('(559) 713-3740');
    expect(text).not.toContain('(559) 687-6915');
  });

  it('shows both San Diego faxes side by side, each with its source', () => {
    const text = countyContactText(county('San Diego'), 'fax', 'en');
    expect(text).toMatch(/\(619\) 528-4087 \(Health Net notice 20-667, Sept 2020\)/);
    expect(text).toMatch(/\(858\) 514-6514 \(San Diego County CCS page/);
  });

  it("gives the office's address, as its source prints it, on the full card only", () => {
    expect(countyContactText(county('Fresno'), 'both', 'es')).toContain('Dirección: 1221 Fulton Street 2nd floor, Fresno CA 93721.');
    expect(countyContactText(county('Santa Clara'), 'both', 'en')).toContain('Address: 720 Empey Way, San Jose CA 95128.');
    expect(countyContactText(county('Fresno'), 'phone', 'en')).not.toContain('Fulton');
    expect(countyContactText(county('Kern'), 'both', 'en')).not.toContain('Address');
  });

  it('sends a county without a known number to the DHCS directory and the health plan', () => {
    const text = countyContactText(county('Inyo'), 'both', 'en');
    expect(text).toContain('https://www.dhcs.ca.gov/services/ccs/Pages/CountyOffices.aspx');
    expect(text).toMatch(/health plan/);
    expect(text).not.toMatch(/\(\d{3}\)/);
  });

  it('says when there is no phone to give, even where a fax is known, and points to the state directory', () => {
    const imperial = countyContactText(county('Imperial'), 'phone', 'en');
    expect(imperial).toMatch(
      /^We don't have a confirmed phone number for Imperial County CCS\. Find the office in the state list: https:\/\/www\.dhcs\.ca\.gov/,
    );
    expect(imperial).not.toContain('(442) 265-1481');
    expect(countyContactText(county('Imperial'), 'both', 'en')).toContain('fax (442) 265-1481, provider SAR fax (Imperial County CCS page, date not shown)');
    expect(countyContactText(county('Yolo'), 'fax', 'en')).toMatch(/^We don't have a confirmed fax number for Yolo County CCS/);
  });

  it('labels weaker numbers as not verified', () => {
    expect(countyContactText(county('Santa Cruz'), 'both', 'en')).toMatch(/\(831\) 763-8000 .*not verified/);
  });

  it('says who does case management in Whole Child Model counties', () => {
    expect(countyContactText(county('Napa'), 'both', 'en')).toMatch(/Whole Child Model.*Partnership HealthPlan/);
    expect(countyContactText(county('Kern'), 'both', 'en')).not.toMatch(/Whole Child Model/);
  });

  it('writes Spanish for Spanish speakers', () => {
    expect(countyContactText(county('Stanislaus'), 'phone', 'es')).toBe(
      'CCS del condado de Stanislaus: teléfono (209) 558-7515 (aviso 20-667 de Health Net, septiembre de 2020).',
    );
  });

  it("shows an undated page's own lack of a date, never when we looked", () => {
    for (const lang of ['en', 'es'] as const) {
      const text = countyContactText(county('Fresno'), 'phone', lang);
      expect(text).toContain(lang === 'en' ? '(Fresno County CCS page, date not shown)' : '(página de CCS del condado de Fresno, fecha no indicada)');
      expect(text).not.toMatch(/checked|revisado|2026/);
    }
  });
});

describe('Function: contactText', () => {
  it('gives the ways to reach a contact and who it is for', () => {
    const bbh = contacts.find((c) => c.id === 'il-bbh');
    if (!bbh) throw new Error('no il-bbh');
    expect(contactText(bbh, 'en')).toBe(
      'Illinois HFS Bureau of Behavioral Health: (217) 557-1000, HFS.Pathways@illinois.gov. Questions about the CCSO program and Pathways to Success in Illinois.',
    );
  });
});
