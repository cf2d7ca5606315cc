import type { Objective } from './minimize';

/** One training message as the objective reads it: the indexes of its known features, their scale, its class and its weight. */
export interface SoftmaxRow {
  known: Int32Array;
  scale: number;
  label: number;
  weight: number;
}

/**
 * The weighted mean cross-entropy of softmax regression plus L2 on the weights (the bias is not
 * penalized), with its gradient, for scripts/minimize.ts. Parameters: feature f's weight for class
 * c at f * classCount + c, then the classCount biases.
 */
export function softmaxObjective(rows: readonly SoftmaxRow[], featureCount: number, classCount: number, l2: number): Objective {
  const C = classCount;
  const totalWeight = rows.reduce((sum, row) => sum + row.weight, 0);
  const biasAt = featureCount * C;
  const logits = new Float64Array(C);
  return (theta: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    let loss = 0;
    for (const row of rows) {
      for (let c = 0; c < C; c++) {
        let z = theta[biasAt + c];
        for (const f of row.known) z += theta[f * C + c] * row.scale;
        logits[c] = z;
      }
      let max = -Infinity;
      for (let c = 0; c < C; c++) max = Math.max(max, logits[c]);
      let total = 0;
      for (let c = 0; c < C; c++) total += Math.exp(logits[c] - max);
      loss += (row.weight * (Math.log(total) + max - logits[row.label])) / totalWeight;
      for (let c = 0; c < C; c++) {
        const e = (row.weight * (Math.exp(logits[c] - max) / total - (c === row.label ? 1 : 0))) / totalWeight;
        gradient[biasAt + c] += e;
        for (const f of row.known) gradient[f * C + c] += e * row.scale;
      }
    }
    let penalty = 0;
    for (let i = 0; i < biasAt; i++) {
      penalty += theta[i] * theta[i];
      gradient[i] += l2 * theta[i];
    }
    return loss + (l2 / 2) * penalty;
  };
}
