// L2-regularised logistic regression on binary hashed features, by L-BFGS (plain code: a few thousand
// examples and a table of 2^14-2^16 weights need no library). Shared by scripts/train-veto.mjs (the learned
// veto) and scripts/train-fill.mjs (the learned role filler).
const LBFGS_ITERATIONS = 200
const LBFGS_MEMORY = 8

/**
 * Fits weights for examples { slots: Int32Array, y: 0 | 1 } (each weighted by weightOf(example)), the
 * penalty l2/2 · |w|² over every slot except the unregularised ones (the biases). Returns a Float64Array
 * of size weights.
 */
export function trainLogistic(train, { l2, size, free = [], weightOf = () => 1 }) {
  const n = size
  const unpenalised = new Uint8Array(n)
  for (const i of free) unpenalised[i] = 1
  const w = new Float64Array(n)
  const used = new Uint8Array(n)
  for (const c of train) for (const s of c.slots) used[s] = 1
  const idx = []
  for (let i = 0; i < n; i++) if (used[i]) idx.push(i)
  const lossGrad = (x, g) => {
    let loss = 0
    for (const i of idx) g[i] = unpenalised[i] ? 0 : l2 * x[i]
    for (const i of idx) if (!unpenalised[i]) loss += 0.5 * l2 * x[i] * x[i]
    for (const c of train) {
      let z = 0
      for (const s of c.slots) z += x[s]
      // log(1 + e^-yz) with y in {-1, 1}, stably
      const m = c.y ? -z : z
      const wt = weightOf(c)
      loss += wt * (m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m)))
      const p = 1 / (1 + Math.exp(-z))
      const d = wt * (p - c.y)
      for (const s of c.slots) g[s] += d
    }
    return loss
  }
  const dot = (a, b) => {
    let t = 0
    for (const i of idx) t += a[i] * b[i]
    return t
  }
  let g = new Float64Array(n)
  let f = lossGrad(w, g)
  const S = []
  const Y = []
  const dir = new Float64Array(n)
  const xNew = new Float64Array(n)
  for (let it = 0; it < LBFGS_ITERATIONS; it++) {
    // Two-loop recursion.
    for (const i of idx) dir[i] = -g[i]
    const alpha = []
    for (let k = S.length - 1; k >= 0; k--) {
      const rho = 1 / dot(Y[k], S[k])
      const a = rho * dot(S[k], dir)
      alpha[k] = a
      for (const i of idx) dir[i] -= a * Y[k][i]
    }
    if (S.length) {
      const k = S.length - 1
      const gamma = dot(S[k], Y[k]) / dot(Y[k], Y[k])
      for (const i of idx) dir[i] *= gamma
    } else {
      const norm = Math.sqrt(dot(dir, dir)) || 1
      for (const i of idx) dir[i] /= norm
    }
    for (let k = 0; k < S.length; k++) {
      const rho = 1 / dot(Y[k], S[k])
      const b = rho * dot(Y[k], dir)
      for (const i of idx) dir[i] += S[k][i] * (alpha[k] - b)
    }
    let slope = dot(g, dir)
    if (slope >= 0) {
      for (const i of idx) dir[i] = -g[i]
      slope = dot(g, dir)
    }
    // Backtracking (Armijo).
    let step = 1
    let fNew
    const gNew = new Float64Array(n)
    for (;;) {
      for (const i of idx) xNew[i] = w[i] + step * dir[i]
      fNew = lossGrad(xNew, gNew)
      if (fNew <= f + 1e-4 * step * slope || step < 1e-10) break
      step /= 2
    }
    const s = new Float64Array(n)
    const y = new Float64Array(n)
    for (const i of idx) {
      s[i] = xNew[i] - w[i]
      y[i] = gNew[i] - g[i]
      w[i] = xNew[i]
    }
    const converged = Math.abs(f - fNew) <= 1e-9 * Math.max(1, Math.abs(f))
    f = fNew
    g = gNew
    if (dot(s, y) > 1e-12) {
      S.push(s)
      Y.push(y)
      if (S.length > LBFGS_MEMORY) {
        S.shift()
        Y.shift()
      }
    }
    if (converged) break
  }
  return w
}
