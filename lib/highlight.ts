import { foldVietnamese } from "./fold-vietnamese";

/** A run of text, marked when it is a matched search term. */
export interface Segment {
  readonly text: string;
  readonly match: boolean;
}

/**
 * Splits text into segments, marking the words whose folded form starts with one of the
 * folded search terms. Returns segments, not HTML, so the page escapes everything.
 *
 * @example highlight("Ban Dân vận", ["dan"]) // [{text:"Ban ",match:false},{text:"Dân",match:true},{text:" vận",match:false}]
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const folded = terms.map(foldVietnamese).filter((term) => term !== "");
  const segments: Segment[] = [];
  for (const piece of text.split(/([\p{L}\p{N}]+)/u)) {
    if (piece === "") continue;
    // Folded once per word, not once per term: a query may bring a dozen terms.
    const word = /^[\p{L}\p{N}]/u.test(piece) ? foldVietnamese(piece) : undefined;
    const match = word !== undefined && folded.some((term) => word.startsWith(term));
    const previous = segments.at(-1);
    if (previous !== undefined && previous.match === match) segments[segments.length - 1] = { text: previous.text + piece, match };
    else segments.push({ text: piece, match });
  }
  return segments;
}
