/**
 * Limited-memory BFGS for a smooth convex objective, with a backtracking (Armijo) line search.
 * Deterministic: no randomness, so the same objective gives the same minimum on every run, and a
 * strictly convex one (the crisis classifier's, with its L2 term) has one minimum whatever the
 * order its terms are summed in.
 */

/** Writes the gradient at `x` into `gradient` and returns the objective's value there. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface Minimum {
  x: Float64Array;
  value: number;
  iterations: number;
  /** The largest gradient component at the end: at most `tolerance` when converged. */
  gradientMax: number;
  converged: boolean;
}

export interface MinimizeOptions {
  /** Converged when every gradient component is at most this in size. */
  tolerance: number;
  maxIterations: number;
  /** Curvature pairs kept. */
  history?: number;
}

const dot = (a: Float64Array, b: Float64Array) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
};
const maxAbs = (a: Float64Array) => {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]));
  return max;
};

const ARMIJO = 1e-4;
const MAX_BACKTRACKS = 40;

export function minimize(objective: Objective, start: Float64Array, { tolerance, maxIterations, history = 10 }: MinimizeOptions): Minimum {
  const n = start.length;
  let x = Float64Array.from(start);
  let gradient = new Float64Array(n);
  let value = objective(x, gradient);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const rho: number[] = [];
  const direction = new Float64Array(n);
  const alpha = new Array<number>(history);
  let iterations = 0;
  while (maxAbs(gradient) > tolerance && iterations < maxIterations) {
    iterations++;
    // Two-loop recursion: direction = -H * gradient.
    direction.set(gradient);
    for (let k = steps.length - 1; k >= 0; k--) {
      alpha[k] = rho[k] * dot(steps[k], direction);
      for (let i = 0; i < n; i++) direction[i] -= alpha[k] * changes[k][i];
    }
    const last = steps.length - 1;
    const gamma = last >= 0 ? dot(steps[last], changes[last]) / dot(changes[last], changes[last]) : 1 / Math.sqrt(dot(gradient, gradient));
    for (let i = 0; i < n; i++) direction[i] *= gamma;
    for (let k = 0; k < steps.length; k++) {
      const beta = rho[k] * dot(changes[k], direction);
      for (let i = 0; i < n; i++) direction[i] += (alpha[k] - beta) * steps[k][i];
    }
    for (let i = 0; i < n; i++) direction[i] = -direction[i];
    const slope = dot(gradient, direction);
    // Backtrack until the value falls enough.
    let step = 1;
    const next = new Float64Array(n);
    const nextGradient = new Float64Array(n);
    let nextValue = Infinity;
    for (let b = 0; b < MAX_BACKTRACKS; b++, step /= 2) {
      for (let i = 0; i < n; i++) next[i] = x[i] + step * direction[i];
      nextValue = objective(next, nextGradient);
      if (nextValue <= value + ARMIJO * step * slope) break;
    }
    if (!(nextValue < value)) break; // no progress left at this precision
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = next[i] - x[i];
      y[i] = nextGradient[i] - gradient[i];
    }
    const curvature = dot(s, y);
    if (curvature > 0) {
      if (steps.length === history) {
        steps.shift();
        changes.shift();
        rho.shift();
      }
      steps.push(s);
      changes.push(y);
      rho.push(1 / curvature);
    }
    x = next;
    gradient = nextGradient;
    value = nextValue;
  }
  const gradientMax = maxAbs(gradient);
  return { x, value, iterations, gradientMax, converged: gradientMax <= tolerance };
}
