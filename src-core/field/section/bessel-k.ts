/**
 * Modified Bessel functions of the second kind K0 and K1 (scaled by eˣ so that they never underflow), for the
 * 2-D Green's function of the 2.5-D solver: a unit line current in a homogeneous medium, per axial wavenumber
 * k, has the potential K0(k r)/(2πσ). Two regimes (Abramowitz & Stegun 1964 §9.6, §9.6.24):
 * - x ≤ 2: the ascending series (A&S 9.6.11 with n = 0, 1), ≈1e−16 relative;
 * - x > 2: the integral eˣK_ν(x) = ∫₀^∞ exp(−2x sinh²(t/2)) cosh(νt) dt by the trapezoidal rule, which converges
 *   geometrically for this entire, doubly-exponentially decaying integrand (Trefethen & Weideman 2014); the step
 *   shrinks as 1/√x so the error stays ≈1e−13 relative. Checked in the tests against an independent quadrature.
 */

const EULER_GAMMA = 0.5772156649015329;
const TAIL_EXPONENT = 40; // terms below e^−40 of the first are dropped

function seriesK(x: number): { k0: number; k1: number } {
  const q = (x * x) / 4;
  const logHalf = Math.log(x / 2);
  let term0 = 1; // (x²/4)^k / (k!)²
  let term1 = 1; // (x²/4)^k / (k!(k+1)!)
  let psiK1 = -EULER_GAMMA; // ψ(k+1)
  let i0 = 0;
  let i1 = 0;
  let s0 = 0;
  let s1 = 0;
  for (let k = 0; k < 40; k += 1) {
    const psiK2 = psiK1 + 1 / (k + 1); // ψ(k+2)
    i0 += term0;
    i1 += term1;
    s0 += psiK1 * term0;
    s1 += (psiK1 + psiK2) * term1;
    if (term0 < 1e-18 * i0) break;
    term0 *= q / ((k + 1) * (k + 1));
    term1 *= q / ((k + 1) * (k + 2));
    psiK1 = psiK2;
  }
  const k0 = -logHalf * i0 + s0;
  const k1 = 1 / x + logHalf * (x / 2) * i1 - (x / 4) * s1;
  return { k0, k1 };
}

/**
 * eˣK0(x) and eˣK1(x) for x > 0, written into `out[0]`, `out[1]`. No allocation for x > 2. Returns `out`.
 *
 * @example
 * scaledBesselKInto(new Float64Array(2), 1); // [e·0.42102, e·0.60191]
 */
export function scaledBesselKInto(out: Float64Array, x: number): Float64Array {
  if (!(x > 0)) throw new RangeError(`scaledBesselKInto: x must be > 0, got ${x}`);
  if (x <= 2) {
    const { k0, k1 } = seriesK(x);
    const e = Math.exp(x);
    out[0] = k0 * e;
    out[1] = k1 * e;
    return out;
  }
  const h = 0.22 * Math.min(1, Math.sqrt(8 / x));
  let s0 = 0.5;
  let s1 = 0.5;
  for (let n = 1; n < 400; n += 1) {
    const t = n * h;
    const sh = Math.sinh(t / 2);
    const exponent = 2 * x * sh * sh;
    if (exponent > TAIL_EXPONENT) break;
    const f = Math.exp(-exponent);
    s0 += f;
    s1 += f * Math.cosh(t);
  }
  out[0] = s0 * h;
  out[1] = s1 * h;
  return out;
}

const scratch = new Float64Array(2);

/**
 * K0(x) (unscaled; 0 once it underflows).
 *
 * @example
 * besselK0(1); // 0.42102443824
 */
export function besselK0(x: number): number {
  return scaledBesselKInto(scratch, x)[0]! * Math.exp(-x);
}

/**
 * K1(x)/K0(x), the outgoing-wave admittance factor of a 2-D modified-Helmholtz field at radius x/k.
 *
 * @example
 * besselK1OverK0(50); // ≈ 1 + 1/(2·50)
 */
export function besselK1OverK0(x: number): number {
  scaledBesselKInto(scratch, x);
  return scratch[1]! / scratch[0]!;
}

/**
 * K0(x) to ≈2e−7 relative, for the residual problem's right-hand side (its own discretisation error is ≥ 1e−4):
 * the ascending series for x ≤ 2, the polynomial of Abramowitz & Stegun 1964 eq. 9.8.6 in 2/x above
 * (|ε| < 1.9e−7 for eˣ√x K0), one exponential instead of ≈20; 0 once e^{−x} underflows.
 *
 * @example
 * fastBesselK0(5); // 3.6911e−3
 */
export function fastBesselK0(x: number): number {
  if (x <= 2) return seriesK(x).k0;
  if (x > 700) return 0;
  const u = 2 / x;
  const poly =
    1.25331414 +
    u * (-0.07832358 + u * (0.02189568 + u * (-0.01062446 + u * (0.00587872 + u * (-0.0025154 + u * 0.00053208)))));
  return (Math.exp(-x) / Math.sqrt(x)) * poly;
}
