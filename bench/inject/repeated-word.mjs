// repeated-word injector: doubles one word of the English sentence ("the the", "will will"), the slip a
// translator makes when editing. It picks a word of two or more letters that is not capitalised (names are
// exempt by design) and not one of the words English legitimately doubles ("had had", "that that"), and
// writes it twice with one space. A sentence with no such word returns null.
// Self-contained: imports nothing from the project.

/** Words English doubles legitimately; doubling them would not be an error. */
const LEGIT_DOUBLES = new Set(["had", "that", "is", "was", "do", "her", "bye", "ha", "very", "far", "so", "many", "more", "no", "yes"]);
/** A lower-case word with its position. */
const WORD = /\b[a-z]{2,}\b/g;

export function inject(_ko, en, rng) {
  const words = [...en.matchAll(WORD)].filter((m) => !LEGIT_DOUBLES.has(m[0]));
  if (words.length === 0) return null;
  const m = words[Math.floor(rng() * words.length)];
  return { en: `${en.slice(0, m.index + m[0].length)} ${m[0]}${en.slice(m.index + m[0].length)}` };
}
