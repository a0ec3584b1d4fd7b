/**
 * A conditional logit (McFadden's choice model): each instance is a set of alternatives with
 * feature vectors, one of them the right one; P(i) = softmax over the set of w·x_i. Fitted by
 * Newton's method on the L2-penalised log-likelihood, the penalty pulling toward a prior weight
 * vector (not toward zero, so that a feature the data never exercises keeps its prior weight).
 * Deterministic: no sampling, a fixed iteration order, a fixed stopping rule.
 */

export interface ChoiceInstance {
  /** One feature vector per alternative (all of the same length). */
  x: readonly (readonly number[])[];
  /** Index of the right alternative. */
  y: number;
  /** Instance weight (default 1). */
  weight?: number;
}

export interface FitOptions {
  /** Strength of the pull toward `prior` (sum of squared differences, times lambda / 2). */
  lambda: number;
  prior: readonly number[];
  maxIterations?: number;
  /** Stop when the largest gradient component falls below this. */
  tolerance?: number;
}

export interface FitResult {
  weights: number[];
  /** Mean log-likelihood per instance at the weights (without the penalty). */
  meanLogLik: number;
  iterations: number;
}

/** Log-likelihood (penalised), its gradient and Hessian at w. */
function evaluate(instances: readonly ChoiceInstance[], w: readonly number[], o: FitOptions) {
  const d = w.length;
  const grad = new Float64Array(d);
  const hess = Array.from({ length: d }, () => new Float64Array(d));
  let ll = 0;
  let n = 0;
  const mean = new Float64Array(d);
  for (const inst of instances) {
    const k = inst.x.length;
    if (k < 2) continue;
    const iw = inst.weight ?? 1;
    n += iw;
    const s = inst.x.map((x) => {
      let v = 0;
      for (let j = 0; j < d; j++) v += w[j]! * x[j]!;
      return v;
    });
    const top = Math.max(...s);
    let z = 0;
    for (const v of s) z += Math.exp(v - top);
    const p = s.map((v) => Math.exp(v - top) / z);
    ll += iw * (s[inst.y]! - top - Math.log(z));
    mean.fill(0);
    for (let i = 0; i < k; i++) for (let j = 0; j < d; j++) mean[j]! += p[i]! * inst.x[i]![j]!;
    for (let j = 0; j < d; j++) grad[j]! += iw * (inst.x[inst.y]![j]! - mean[j]!);
    // Hessian of the log-likelihood: -(E[x x'] - E[x] E[x]').
    for (let i = 0; i < k; i++) {
      const xi = inst.x[i]!;
      const pi = p[i]! * iw;
      if (pi === 0) continue;
      for (let a = 0; a < d; a++) {
        const da = xi[a]! - mean[a]!;
        if (da === 0) continue;
        const row = hess[a]!;
        for (let b = 0; b < d; b++) row[b]! -= pi * da * (xi[b]! - mean[b]!);
      }
    }
  }
  let penalty = 0;
  for (let j = 0; j < d; j++) {
    const diff = w[j]! - o.prior[j]!;
    penalty += (o.lambda / 2) * diff * diff;
    grad[j]! -= o.lambda * diff;
    hess[j]![j]! -= o.lambda;
  }
  return { objective: ll - penalty, ll, n, grad, hess };
}

/** Solves A x = b for a symmetric positive definite A (Cholesky). */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const d = b.length;
  const l = Array.from({ length: d }, () => new Float64Array(d));
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i]![j]!;
      for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!;
      if (i === j) l[i]![i] = Math.sqrt(Math.max(s, 1e-12));
      else l[i]![j] = s / l[j]![j]!;
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i]![k]! * y[k]!;
    y[i] = s / l[i]![i]!;
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < d; k++) s -= l[k]![i]! * x[k]!;
    x[i] = s / l[i]![i]!;
  }
  return x;
}

export function fitConditionalLogit(
  instances: readonly ChoiceInstance[],
  start: readonly number[],
  o: FitOptions,
): FitResult {
  let w = [...start];
  let cur = evaluate(instances, w, o);
  let it = 0;
  for (; it < (o.maxIterations ?? 50); it++) {
    if (Math.max(...cur.grad.map(Math.abs)) < (o.tolerance ?? 1e-6)) break;
    // Newton step: (-H) delta = grad, halved until the objective rises.
    const negH = cur.hess.map((row) => row.map((v) => -v));
    const delta = solve(negH, cur.grad);
    let step = 1;
    let next = w;
    let nextEval = cur;
    for (let h = 0; h < 30; h++, step /= 2) {
      next = w.map((v, j) => v + step * delta[j]!);
      nextEval = evaluate(instances, next, o);
      if (nextEval.objective >= cur.objective) break;
    }
    if (nextEval.objective < cur.objective) break;
    const gain = nextEval.objective - cur.objective;
    w = next;
    cur = nextEval;
    if (gain < 1e-9) break;
  }
  return { weights: w, meanLogLik: cur.n > 0 ? cur.ll / cur.n : 0, iterations: it };
}
