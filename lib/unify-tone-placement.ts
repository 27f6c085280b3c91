// Vietnamese has two conventions for where a tone mark sits in some syllables: the old
// one writes "hoà", "thuỷ", the new one "hòa", "thủy". Both are correct, and an editor's
// file may use either, so search must treat them as one word without folding the tone
// itself away (that is what the exact form keeps).

/** Combining tone marks in NFD: grave, acute, tilde, hook above, dot below. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** A vowel letter with any quality marks (breve, circumflex, horn) it carries in NFD. */
const VOWEL = /[aeiouyAEIOUY][\u0302\u0306\u031b]*/gu;

/**
 * Moves the tone mark of every word to one place, the last vowel of its vowel group, so
 * that both spelling conventions give the same string; text without exactly one tone
 * mark in a word is left as it is. Returns NFC.
 *
 * @example unifyTonePlacement("Hòa") === unifyTonePlacement("Hoà") // true
 */
export function unifyTonePlacement(text: string): string {
  return text.normalize("NFD").replace(/[\p{L}\p{M}]+/gu, placeTone).normalize("NFC");
}

function placeTone(word: string): string {
  const tones = word.match(TONES);
  if (tones === null || tones.length !== 1) return word;
  const [tone] = tones;
  const toneAt = word.search(TONE);
  const bare = word.replace(TONES, "");
  // The vowel group the mark belonged to: the run of vowels around where it was written.
  for (const group of bare.matchAll(/(?:[aeiouyAEIOUY][\u0302\u0306\u031b]*)+/gu)) {
    const start = group.index;
    const end = start + group[0].length;
    if (toneAt < start || toneAt > end) continue;
    const vowels = [...group[0].matchAll(VOWEL)];
    const last = vowels.at(-1);
    if (last === undefined) return word;
    const at = start + last.index + last[0].length;
    return bare.slice(0, at) + tone + bare.slice(at);
  }
  return word;
}
