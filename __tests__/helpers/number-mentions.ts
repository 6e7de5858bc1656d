/** Shared assertion for number-layer tests: mentions are in order, in bounds, hold their text and a finite value. */
import type { NumberMention } from "../../src/text/numbers.js";

export function expectWellFormed(text: string, mentions: readonly NumberMention[]): void {
  let last = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(Number.isFinite(m.value)).toBe(true);
    expect(typeof m.key).toBe("string");
    last = m.end;
  }
}
