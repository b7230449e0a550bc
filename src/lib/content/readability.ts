/**
 * Simple measures of an easy-to-read Swedish text (lättläst): sentences and words, and LIX
 * (läsbarhetsindex: words per sentence + the share of words longer than six letters, in per
 * cent). The easy pages are written to stay at LIX 30 or under, with short sentences; the test of
 * the demo texts and the Studio's warnings use this.
 */

/** A text's sentences: each paragraph or list item ends one, and so do . ! ? and a colon at a line's end. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+|(?<=:)\s*$/))
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** A sentence's words: runs of letters (digits count as words, never as long ones). */
export const wordsOf = (sentence: string): string[] => sentence.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];

const isLong = (word: string) => /\p{L}/u.test(word) && word.replace(/[^\p{L}]/gu, "").length > 6;

export interface Readability {
  lix: number;
  words: number;
  sentences: number;
  /** The longest sentence and its number of words. */
  longest: { sentence: string; words: number };
}

export function readability(text: string): Readability {
  const sentences = sentencesOf(text);
  const words = sentences.flatMap(wordsOf);
  const longest = sentences.map((sentence) => ({ sentence, words: wordsOf(sentence).length })).reduce((a, b) => (b.words > a.words ? b : a), { sentence: "", words: 0 });
  const lix = sentences.length === 0 || words.length === 0 ? 0 : words.length / sentences.length + (100 * words.filter(isLong).length) / words.length;
  return { lix: Math.round(lix * 10) / 10, words: words.length, sentences: sentences.length, longest };
}

/** The easy-to-read limits: LIX 30 at most (a text for everyone who reads with effort), 16 words a sentence. */
export const EASY_LIMITS = { lix: 30, words: 16 } as const;

/** What breaks the limits, in words a writer can act on (empty when the text holds). */
export function easyReadProblems(text: string, limits: { lix: number; words: number } = EASY_LIMITS): string[] {
  const measured = readability(text);
  const problems: string[] = [];
  if (measured.lix > limits.lix) problems.push(`LIX ${String(measured.lix)} är över ${String(limits.lix)}: kortare meningar och kortare ord`);
  for (const sentence of sentencesOf(text)) {
    const count = wordsOf(sentence).length;
    if (count > limits.words) problems.push(`${String(count)} ord i en mening (högst ${String(limits.words)}): "${sentence}"`);
  }
  return problems;
}
