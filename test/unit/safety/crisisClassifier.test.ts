import { readFileSync } from 'node:fs';
import {
  buildModel,
  chooseThreshold,
  crossValidate,
  FALSE_ALARM_TARGET,
  FOLDS,
  fixturesSha256,
  foldFigures,
  formatFoldFigures,
  loadFixtures,
  MODEL_FILE,
  PRIOR_SCORES_FILE,
  blindBatches,
  priorScores,
  priorSha256,
  train,
  type PriorScores,
  type CrossValidation,
  type LabelledMessage,
} from '../../../scripts/train-crisis-model';
import { detectCrisis } from '../../../src/safety';
import { classifyCrisis, scoreCrisisWith, type CrisisModel } from '../../../src/safety/crisisClassifier';
import { acceptsClassifier, detectCrisisByRules, type CrisisKind } from '../../../src/safety/crisisDetector';

/**
 * The scored classifier, the detector's second layer. Held-out folds are the honest measure of a
 * trained model; the rules were written on every fixture, so their figure on the same folds is not.
 * Each blind batch is also scored by a model trained only on the messages written before it.
 */
const messages = loadFixtures();
const committed = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as CrisisModel;
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`;

let cv: CrossValidation;
let trained: ReturnType<typeof train>;
beforeAll(() => {
  cv = crossValidate(messages);
  trained = train(messages);
});

describe('the committed crisis model', () => {
  it('was trained on the current fixtures (else run: npx tsx scripts/train-crisis-model.ts)', () => {
    expect(committed.fixturesSha256).toBe(fixturesSha256());
    const rebuilt = buildModel(messages, fixturesSha256(), cv, trained);
    expect(committed.threshold).toBe(rebuilt.threshold);
    expect(Object.keys(committed.weights)).toEqual(Object.keys(rebuilt.weights));
    // Weights are stored to 3 decimals: a retrain on another machine may round the last digit apart.
    const drift = Object.entries(rebuilt.weights).flatMap(([f, w]) => w.map((x, c) => Math.abs(x - committed.weights[f][c])));
    expect(Math.max(...drift, ...rebuilt.bias.map((b, c) => Math.abs(b - committed.bias[c])))).toBeLessThan(0.0015);
  });

  it('is the one minimum of its objective: converged, and the same whatever order the messages come in', () => {
    // Plain stochastic gradient descent gave a different model for every shuffle, so a retrain on
    // new fixtures could push ordinary phrases over the threshold by chance.
    expect(trained.fit.converged).toBe(true);
    for (const fold of cv.fits) expect(fold.converged).toBe(true);
    const reversed = train([...messages].reverse());
    expect(reversed.fit.converged).toBe(true);
    const apart = messages.map((m) => Math.abs(scoreCrisisWith(reversed, m.text).score - scoreCrisisWith(trained, m.text).score));
    expect(Math.max(...apart)).toBeLessThan(1e-4);
  });

  it('is small and loads fast (cold start), and downloads nothing', () => {
    const started = performance.now();
    const parsed = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as CrisisModel;
    const weights = new Map(Object.entries(parsed.weights));
    const loadMs = performance.now() - started;
    const kB = readFileSync(MODEL_FILE).length / 1024;
    console.log(`crisis-model cold start: ${weights.size} features, ${kB.toFixed(0)} kB, read + parse + index ${loadMs.toFixed(1)} ms`);
    expect(weights.size).toBeLessThanOrEqual(5000);
  });
});

describe('cross-validated detection over the fixtures', () => {
  it(`reports ${FOLDS}-fold recall and false alarms of the classifier and of rules OR classifier, within the false-alarm target`, () => {
    // As the detector asks it: not for a mention only, a settled message or the bot's own words.
    const figures = foldFigures(messages, cv, committed.threshold);
    for (const fold of figures) console.log(`crisis-cv ${formatFoldFigures(fold)}`);
    const crises = messages.map((_, i) => i).filter((i) => messages[i].label !== 'none');
    const ordinary = messages.map((_, i) => i).filter((i) => messages[i].label === 'none');
    console.log(
      `crisis-cv rules alone (written on every fixture: not held out): recall ${percent(crises.filter((i) => cv.rules[i]).length, crises.length)}, ` +
        `false alarms ${percent(ordinary.filter((i) => cv.rules[i]).length, ordinary.length)}`,
    );
    console.log(
      `crisis-cv folds: ${messages.length} messages, threshold ${committed.threshold}; ${cv.nearDuplicates} messages have a near-duplicate (kept in one fold); ` +
        `${cv.similarAcrossFolds} pairs in different folds still share half their words (the leak left)`,
    );
    const all = figures[figures.length - 1];
    expect(all.detectorFalseAlarms / all.ordinary).toBeLessThanOrEqual(FALSE_ALARM_TARGET);
    expect(chooseThreshold(messages, cv)).toBe(committed.threshold);
  });

  // Stored by the training script (one model per batch is most of this file's time); the newest batch's model is retrained here,
  // so any change to the features or the training shows as stale, and every older entry is checked against its messages.
  it('reports each blind batch scored by a model trained only on what was written before it (stored, else run: npx tsx scripts/train-crisis-model.ts)', () => {
    const stored = JSON.parse(readFileSync(PRIOR_SCORES_FILE, 'utf8')) as PriorScores[];
    const batches = blindBatches(messages);
    expect(stored.map(({ batch, before }) => ({ batch, first: before }))).toEqual(batches);
    for (const entry of stored) expect(entry.sha256).toBe(priorSha256(messages, entry.batch, entry.before));
    const newest = batches[batches.length - 1];
    const retrained = priorScores(messages, newest.batch, newest.first);
    const newestStored = stored[stored.length - 1].scores;
    expect(retrained.scores.map(([, kind]) => kind)).toEqual(newestStored.map(([, kind]) => kind));
    expect(Math.max(...retrained.scores.map(([score], i) => Math.abs(score - newestStored[i][0])))).toBeLessThan(2e-4);
    for (const { batch, before, scores } of stored) {
      const inBatch = messages.filter((m) => m.note?.startsWith(`${batch} `));
      const fires = (m: LabelledMessage, i: number) => scores[i][0] >= committed.threshold && acceptsClassifier(m.text, scores[i][1] as CrisisKind);
      const crises = inBatch.map((m, i) => ({ m, i })).filter(({ m }) => m.label !== 'none');
      const ordinary = inBatch.map((m, i) => ({ m, i })).filter(({ m }) => m.label === 'none');
      console.log(
        `crisis-prior ${batch} (model trained on the ${before} messages before it): classifier recall ${crises.filter(({ m, i }) => fires(m, i)).length}/${crises.length}, ` +
          `false alarms ${ordinary.filter(({ m, i }) => fires(m, i)).length}/${ordinary.length}`,
      );
      expect(crises.length).toBeGreaterThan(0);
    }
  });
});

describe('detectCrisis with the classifier', () => {
  // Wordings no rule was written for, caught by the classifier alone; its kind picks the numbers.
  it.each([
    ['she keeps grabbing her throat and drooling and cant get words out', 'medical'],
    ['he wrote a letter to his little sister giving her all his stuff and locked his door', 'behavioral'],
    ['encontré a mi hijo con la boca llena de polvo azul del lavaplatos y está escupiendo', 'poisoning'],
    ['mi hija dice que ya no aguanta y que esta noche se va a acabar todo', 'behavioral'],
    ['se le puso la cara chueca de un lado y no puede mover el brazo', 'medical'],
  ] as const)('%s -> %s, from the classifier alone', (text, kind) => {
    expect(detectCrisisByRules(text)).toEqual([]);
    expect(classifyCrisis(text)).toBe(kind);
    expect(detectCrisis(text)?.kinds[0]).toBe(kind);
  });
});
