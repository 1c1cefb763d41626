/**
 * Closed-form potentials of uniformly distributed sources in a homogeneous (possibly anisotropic)
 * medium: the "direct" part of a contact's field, added to the tabulated reflected part. With the
 * coordinate scaling x' = x/√σx (etc.) the anisotropic kernel becomes 1/R', so the classic isotropic
 * integrals apply (line: asinh; rectangle: the four-corner antiderivative of 1/R, obtained by integrating
 * twice and checked against quadrature in the tests). Internal module.
 */

/**
 * ∫_{−L/2}^{L/2} ds / √(p² + (a − s)²): a uniform line of unit density on the interval, seen from a
 * point at axial offset `a` and perpendicular distance `p` > 0.
 *
 * @example
 * lineIntegral(0, 1, 2); // 2·asinh(1) ≈ 1.7627
 */
export function lineIntegral(a: number, p: number, lengthMm: number): number {
  const h = lengthMm / 2;
  return Math.asinh((h - a) / p) + Math.asinh((h + a) / p);
}

/** Corner term of ∬ dX dY / √(X² + Y² + Z²): X·asinh(Y/√(X²+Z²)) + Y·asinh(X/√(Y²+Z²)) − Z·atan(XY/(ZR)). */
function corner(x: number, y: number, z: number): number {
  const r = Math.sqrt(x * x + y * y + z * z);
  let f = 0;
  if (x !== 0) f += x * Math.asinh(y / Math.sqrt(x * x + z * z));
  if (y !== 0) f += y * Math.asinh(x / Math.sqrt(y * y + z * z));
  if (z !== 0 && r > 0) f -= z * Math.atan((x * y) / (z * r));
  return f;
}

/**
 * ∬ over [−W/2, W/2] × [−L/2, L/2] of dX dY / √((X − x)² + (Y − y)² + z²): a uniform rectangle of unit
 * density seen from (x, y, z). Finite everywhere, including on the rectangle itself.
 *
 * @example
 * rectangleIntegral(0, 0, -10, 2, 4); // ≈ 8/10 (area / distance, far away)
 */
export function rectangleIntegral(x: number, y: number, z: number, widthMm: number, lengthMm: number): number {
  const x1 = -widthMm / 2 - x;
  const x2 = widthMm / 2 - x;
  const y1 = -lengthMm / 2 - y;
  const y2 = lengthMm / 2 - y;
  return corner(x2, y2, z) - corner(x1, y2, z) - corner(x2, y1, z) + corner(x1, y1, z);
}

/**
 * Gauss–Legendre order that integrates a kernel with a singularity at distance `distanceMm` from an
 * interval of length `lengthMm` to ≈1e−4 relative (the table's own accuracy): n = ⌈ln(1e4)/(2 ln ρ)⌉ with
 * the Bernstein-ellipse parameter ρ = 2d/L + √(4d²/L² + 1) (Gauss error ∝ ρ^{−2n}, Trefethen 2008 SIAM
 * Rev 50:67; checked on 1/R against the exact integral), capped at 16.
 *
 * @example
 * gaussOrderFor(3, 3); // 4 points for a 3 mm contact seen from 3 mm
 */
export function gaussOrderFor(lengthMm: number, distanceMm: number): number {
  if (lengthMm <= 0) return 1;
  const q = (2 * distanceMm) / lengthMm;
  const rho = q + Math.sqrt(q * q + 1);
  return Math.min(16, Math.max(2, Math.ceil(4.61 / Math.log(rho))));
}
