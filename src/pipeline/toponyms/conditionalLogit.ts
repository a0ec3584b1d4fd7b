/**
 * A conditional logit (McFadden's choice model): each instance is a set of alternatives with
 * feature vectors, some of them right; P(i) = softmax over the set of w·x_i, and an instance's
 * likelihood is the probability of its right set (several candidates can be right: a region and
 * its capital both lie within 161 km of the gold point, and the data should not choose between
 * them). Fitted by damped Newton steps on the L2-penalised log-likelihood, the penalty pulling
 * toward a prior weight vector (not toward zero, so that a feature the data never exercises keeps
 * its prior weight). The curvature used is -Cov_p(x) - lambda I, which bounds the true Hessian
 * (exact when one alternative is right), so every step is an ascent direction; steps are halved
 * until the objective rises. Deterministic: no sampling, fixed order, a fixed stopping rule.
 */

export interface ChoiceInstance {
  /** One feature vector per alternative (all of the same length). */
  x: readonly (readonly number[])[];
  /** Indices of the right alternatives (at least one). */
  y: readonly number[];
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
  const right = new Float64Array(d);
  for (const inst of instances) {
    const k = inst.x.length;
    if (k < 2 || inst.y.length === 0 || inst.y.length === k) continue;
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
    let py = 0;
    for (const i of inst.y) py += p[i]!;
    ll += iw * Math.log(py);
    mean.fill(0);
    right.fill(0);
    for (let i = 0; i < k; i++) for (let j = 0; j < d; j++) mean[j]! += p[i]! * inst.x[i]![j]!;
    for (const i of inst.y) for (let j = 0; j < d; j++) right[j]! += (p[i]! / py) * inst.x[i]![j]!;
    for (let j = 0; j < d; j++) grad[j]! += iw * (right[j]! - mean[j]!);
    // Curvature: -(E[x x'] - E[x] E[x']) over all alternatives.
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
