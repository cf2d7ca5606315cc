import model from './crisisModel.json';
import { NOT_DANGER } from './crisisContext';
import type { CrisisKind } from './crisisRules';
import { normalizeText } from './normalizeText';

/**
 * The second detection layer: a multinomial logistic regression over normalized words, word pairs
 * and character 3-5-grams, trained at build time on test/fixtures/crisis-messages.json by
 * scripts/train-crisis-model.ts. It reads wording the rules were never written for ("the heater
 * has been on all night and the baby wont stay awake"); the rules still decide alone whatever they
 * match. The threshold was chosen by cross-validation on the fixtures (see that script).
 */

export type CrisisLabel = CrisisKind | 'none';

/** The model file as the training script writes it; weights are per feature, in `classes` order. */
export interface CrisisModel {
  about: string;
  fixturesSha256: string;
  threshold: number;
  classes: CrisisLabel[];
  bias: number[];
  weights: Record<string, number[]>;
}

/**
 * The features of a message: its words, adjacent word pairs and the character 3-5-grams of the
 * normalized text without its figures of speech (which carry typos, word endings and Spanish forms the words alone would miss).
 * Each appears once; prefixes keep the three kinds apart.
 */
export function crisisFeatures(text: string): string[] {
  // Figures of speech and negations say nothing of danger ("killing it at PT", "die of embarrassment", "not bleeding").
  const normalized = normalizeText(text).replace(NOT_DANGER, ' ').replace(/ {2,}/g, ' ').trim();
  if (!normalized) return [];
  const words = normalized.split(' ');
  const features = new Set<string>();
  words.forEach((word, i) => {
    features.add(`w:${word}`);
    if (i > 0) features.add(`b:${words[i - 1]} ${word}`);
  });
  const padded = ` ${normalized} `;
  for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) features.add(`c:${padded.slice(i, i + n)}`);
  return [...features];
}

/** Class probabilities (softmax) for one message's features; unknown features count for nothing. */
export function classProbabilities(features: readonly string[], weights: ReadonlyMap<string, readonly number[]>, bias: readonly number[]): number[] {
  const known = features.map((feature) => weights.get(feature)).filter((w): w is readonly number[] => w !== undefined);
  // Binary features scaled to unit length over all of them, so a long message is not more confident for being long.
  const scale = features.length > 0 ? 1 / Math.sqrt(features.length) : 0;
  const logits = bias.map((b, c) => known.reduce((sum, w) => sum + w[c] * scale, b));
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/** Weights ready to score with: the committed model's, or a model being trained. */
export interface CrisisWeights {
  classes: readonly CrisisLabel[];
  bias: readonly number[];
  weights: ReadonlyMap<string, readonly number[]>;
}

export interface CrisisScore {
  /** The likeliest crisis kind, which chooses the numbers given first. */
  kind: CrisisKind;
  /** The probability that the message is a crisis of any kind (1 - P(none)); 0 for a message too short to score. */
  score: number;
}

/**
 * Shorter messages carry too few features to score: a city name ("vivo en stockton") scores on
 * letter patterns alone. Short emergencies ("hes not breathing", "se trago una pila") are the rules'.
 */
const MIN_WORDS = 4;

/** A model's reading of a message: how likely it is a crisis, and of which kind. */
export function scoreCrisisWith(model: CrisisWeights, text: string): CrisisScore {
  const none = model.classes.indexOf('none');
  const probabilities = classProbabilities(crisisFeatures(text), model.weights, model.bias);
  let best = none === 0 ? 1 : 0;
  probabilities.forEach((p, c) => {
    if (c !== none && p > probabilities[best]) best = c;
  });
  const words = normalizeText(text).split(' ').filter(Boolean).length;
  return { kind: model.classes[best] as CrisisKind, score: words >= MIN_WORDS ? 1 - probabilities[none] : 0 };
}

const committed = model as CrisisModel;
const COMMITTED: CrisisWeights = { ...committed, weights: new Map(Object.entries(committed.weights)) };

/** The committed classifier's reading of a message. */
export const scoreCrisis = (text: string): CrisisScore => scoreCrisisWith(COMMITTED, text);

/** The crisis kind when the classifier's score reaches the cross-validated threshold. */
export function classifyCrisis(text: string): CrisisKind | undefined {
  const { kind, score } = scoreCrisis(text);
  return score >= committed.threshold ? kind : undefined;
}
