// Vietnamese writes "oa", "oe" and "uy" at the end of a syllable with the tone mark on
// either vowel: the old placement (hoà, khoẻ, thuỷ) or the new one (hòa, khỏe, thủy). Both
// are correct and both are in the archive. In NFC each vowel is one character either way,
// so moving the mark keeps the text's length and every offset into it.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;
const PAIR = /(?<![qQ])([oOuU])(\p{L})(?![\p{L}\p{M}])/gu;

/**
 * The text with every such tone on the first vowel (the new placement), so that both
 * spellings compare equal; the same length as `text`, which must be NFC.
 *
 * @example newTonePlacement("Thanh Hoà, thuỷ lợi") // "Thanh Hòa, thủy lợi"
 */
export function newTonePlacement(text: string): string {
  return text.replace(PAIR, (pair, first: string, second: string) => {
    const parts = second.normalize("NFD");
    const base = parts[0] ?? "";
    if (!/[aAeEyY]/.test(base) || (first.toLowerCase() === "u") !== (base.toLowerCase() === "y")) return pair;
    const tone = TONES.exec(parts)?.[0];
    if (tone === undefined) return pair;
    const moved = `${`${first}${tone}`.normalize("NFC")}${parts.replace(tone, "").normalize("NFC")}`;
    return moved.length === pair.length ? moved : pair;
  });
}
