/**
 * Rounds half away from zero to `digits` decimals, for display only (computations keep full
 * precision). Shifts by decimal exponent instead of multiplying, so 1.005 → 1.01 and
 * 0.44186… → 0.4419 without binary-float surprises. Null stays null.
 */
export function round(n: number, digits?: number): number;
export function round(n: number | null, digits?: number): number | null;
export function round(n: number | null, digits = 0): number | null {
  if (n === null || !Number.isFinite(n)) return n;
  const shift = (x: number, by: number): number => {
    const [mantissa, exponent] = x.toExponential().split('e');
    return Number(`${mantissa}e${Number(exponent) + by}`);
  };
  const rounded = shift(Math.round(shift(Math.abs(n), digits)), -digits);
  return rounded === 0 ? 0 : Math.sign(n) * rounded;
}
