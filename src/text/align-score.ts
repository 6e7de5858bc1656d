/**
 * Confidence of each bead of an alignment, from how much its cost beats the nearest alternative:
 * a paired bead against leaving all its paragraphs unaligned, an unaligned paragraph against gluing it
 * onto the bead before or after it. The margin (nats) goes through a logistic, so 0 margin = 0.5.
 */
import type { PathStep } from "./align-band.js";

/** Scores a bead shape at a position; Infinity for shapes the aligner does not allow. */
interface Coster {
  cost(i: number, j: number, a: number, b: number): number;
}

/** Logistic function: maps a margin in units of `scale` to (0, 1). */
function logistic(margin: number, scale: number): number {
  return 1 / (1 + Math.exp(-margin / scale));
}

/** Extra cost of gluing the unaligned paragraph `drop` onto the neighbouring bead `other`. */
function glueMargin(drop: PathStep, other: PathStep | undefined, coster: Coster): number {
  if (!other) return Infinity;
  const i = Math.min(drop.i, other.i);
  const j = Math.min(drop.j, other.j);
  const glued = coster.cost(i, j, other.a + drop.a, other.b + drop.b);
  return glued - (other.cost + drop.cost);
}

/** Confidence in [0, 1] for each step of the path. */
export function scoreSteps(steps: readonly PathStep[], coster: Coster, dropCost: number, scale: number): number[] {
  return steps.map((step, k) => {
    if (step.a > 0 && step.b > 0) return logistic((step.a + step.b) * dropCost - step.cost, scale);
    const margin = Math.min(glueMargin(step, steps[k - 1], coster), glueMargin(step, steps[k + 1], coster));
    return margin === Infinity ? 1 : logistic(margin, scale);
  });
}
