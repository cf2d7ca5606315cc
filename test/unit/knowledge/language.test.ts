import { detectLanguage } from '../../../src/knowledge';

describe('Function: detectLanguage', () => {
  it('detects Spanish from words, accents and ¿¡', () => {
    for (const text of [
      'que es ccs',
      '¿CCS cubre esto?',
      'mi hijo necesita ayuda',
      'telefono de ccs en san diego',
      'tengo medi-cal completo',
      'Quiero información',
    ]) {
      expect(detectLanguage(text)).toBe('es');
    }
  });

  it('detects English', () => {
    for (const text of ['What is CCS?', 'how do i make a referral', 'LA county ccs phone number', 'who do I call in San José']) {
      expect(detectLanguage(text)).toBe('en');
    }
  });

  it('says nothing when the message does not tell', () => {
    for (const text of ['ok', 'Kern', 'San Diego', 'Los Angeles', '93301', 'CCS']) expect(detectLanguage(text)).toBeUndefined();
  });
});
