import { answer, readEntities, type KnowledgeAnswer } from '../../../src/knowledge';

const entryOf = (result: KnowledgeAnswer) => (result.kind === 'faq' ? result.entry.id : result.kind);

describe('Question frames and the condition beside them (round 17B)', () => {
  it('reads the condition a parent names as an entity, in English and Spanish, and no condition where none is named', () => {
    // Act
    const named = [
      readEntities('my son has cerebral palsy').condition,
      readEntities('mi hija tiene labio leporino').condition,
      readEntities('she was born with a heart defect').condition,
      readEntities('tiene fibrosis quistica').condition,
    ];
    // Assert
    expect(named).toEqual(['cerebral palsy', 'labio leporino', 'heart defect', 'fibrosis quistica']);
    expect(readEntities('how do i apply for ccs').condition).toBeUndefined();
    expect(readEntities('what conditions does ccs cover').condition).toBeUndefined();
  });

  it('meets each frame in wordings of one meaning: stopping, being too old, signing up, the rules', () => {
    // Act
    const frames = [
      'when will ccs quit helping my son',
      'does ccs end at 18 for kids',
      'is my 20 year old too old for this',
      'es solo para bebes?',
      'a que edad ya no los atienden',
      'how do we sign him up',
      'como lo inscribo en ccs',
      'what are the requirements to qualify',
      'que piden para calificar',
      'once my kid hits 18 does ccs drop him',
      'how do i go about getting him on ccs',
      'how would i get my newborn with a cleft lip into ccs',
      'whats needed to be eligible',
    ].map((text) => readEntities(text).frame);
    // Assert
    expect(frames).toEqual([
      'age-limit',
      'age-limit',
      'age-limit',
      'age-limit',
      'age-limit',
      'apply',
      'apply',
      'rules',
      'rules',
      'age-limit',
      'apply',
      'apply',
      'rules',
    ]);
  });

  it('lets the question asked decide over a condition named beside it', () => {
    // Act
    const answers = [
      answer('my daughter has scoliosis and turns 20 soon, will ccs quit covering her', 'en'),
      answer('she has a cleft lip, how can we apply to ccs', 'en'),
      answer('mi hijo tiene distrofia muscular, como lo inscribo en ccs', 'es'),
      answer('my son has diabetes what are the requirements to get ccs', 'en'),
    ].map(entryOf);
    // Assert
    expect(answers).toEqual(['ccs-age-limit', 'refer-how', 'refer-how', 'ccs-eligibility']);
  });

  it('answers a question about the condition itself with the conditions answer', () => {
    // Act
    const answers = [
      answer('does ccs accept kids with hydrocephalus', 'en'),
      answer('is sickle cell anemia covered', 'en'),
      answer('la hemofilia cuenta para ccs?', 'es'),
    ].map(entryOf);
    // Assert
    expect(answers).toEqual(['eligible-conditions', 'eligible-conditions', 'eligible-conditions']);
  });

  it('keeps another program’s age and another plan’s stopping out of the CCS age frame', () => {
    // Act
    const hrif = answer('HRIF follow up: until what age?', 'en');
    const ppg = answer('When does the PPG stop providing services for a CCS referral?', 'en');
    // Assert
    expect(entryOf(hrif)).toBe('hrif');
    expect(entryOf(ppg)).not.toBe('ccs-age-limit');
  });
});
