import { findCitations, type Citation } from "./find-citations";
import type { DocumentEntry, Mention, MentionKind, Registers } from "./registers";
import { newTonePlacement } from "./tone-placement";

/** What a name or number in a text stands for. */
export interface MentionTarget {
  readonly kind: MentionKind;
  readonly id: string;
  /** The entity's name as its page is titled. */
  readonly name: string;
}

/** A mention found in one text: where it is and what it names. */
export interface FoundMention extends MentionTarget {
  readonly start: number;
  readonly end: number;
}

/** The registers' names, ready to look up, built once per registers (see {@link entityMatcher}). */
export interface EntityMatcher {
  /** Each spelling's words (tone marks in the new placement) joined by one space. */
  readonly names: ReadonlyMap<string, MentionTarget>;
  /** Every first run of words of a spelling, so a scan stops as soon as no name can follow. */
  readonly prefixes: ReadonlySet<string>;
  readonly byCode: ReadonlyMap<string, readonly DocumentEntry[]>;
  /** Finds the start of a word whose first letter begins a spelling; undefined when there is none. */
  readonly starts: RegExp | undefined;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:[-‑'’][\p{L}\p{N}\p{M}]+)*/gu;
const WORD_AT = /[\p{L}\p{N}\p{M}]+(?:[-‑'’][\p{L}\p{N}\p{M}]+)*/uy;
// Between two words of a name: spaces or a line break, or a dash set apart by spaces (Bà Rịa - Vũng Tàu).
const GAP_AT = /\s+(?:[-–]\s+)?/uy;
const matchers = new WeakMap<Registers, EntityMatcher>();

/** The lookup of every spelling of every person, body and named document; built once per registers. */
export function entityMatcher(registers: Registers): EntityMatcher {
  const known = matchers.get(registers);
  if (known !== undefined) return known;
  const names = new Map<string, MentionTarget>();
  const prefixes = new Set<string>();
  const add = (spelling: string, target: MentionTarget): void => {
    const words = wordsOf(spelling.normalize("NFC"));
    const key = words.join(" ");
    if (key === "" || names.has(key)) return;
    names.set(key, target);
    for (let count = 1; count <= words.length; count++) prefixes.add(words.slice(0, count).join(" "));
  };
  for (const person of registers.people.values()) for (const spelling of person.spellings) add(spelling, { kind: "person", id: person.id, name: person.name });
  for (const body of registers.bodies.values()) for (const spelling of body.spellings) add(spelling, { kind: "body", id: body.id, name: body.name });
  const byCode = new Map<string, DocumentEntry[]>();
  for (const document of registers.documents.values()) {
    for (const spelling of document.spellings) add(spelling, { kind: "document", id: document.id, name: documentName(document) });
    const code = document.code === undefined ? undefined : findCitations(document.code)[0]?.codeId;
    if (code !== undefined) byCode.set(code, [...(byCode.get(code) ?? []), document]);
  }
  // A word written in the old tone placement may begin with the bare vowel (`Uỷ ban` for `Ủy ban`).
  const firsts = new Set([...names.keys()].flatMap((key) => [key.charAt(0), key.charAt(0).normalize("NFD").replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, "").normalize("NFC")]));
  const starts = firsts.size === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])[${[...firsts].map((char) => char.replace(/[\\\]^-]/g, "\\$&")).join("")}]`, "gu");
  const matcher = { names, prefixes, byCode, starts };
  matchers.set(registers, matcher);
  return matcher;
}

/**
 * Every registered name and every document number in one text, left to right, never
 * overlapping: at one place the longest wins (`Ban Dân vận Tỉnh ủy` over `Tỉnh ủy`). Names
 * match as written, in either tone placement (`Hoà`/`Hòa`) and across a line break; a
 * document number is kept only when {@link resolveCitation} names its document. `text` is NFC.
 */
export function findMentionsIn(text: string, registers: Registers): FoundMention[] {
  const matcher = entityMatcher(registers);
  const found: FoundMention[] = [];
  for (const citation of findCitations(text)) {
    const target = resolveCitation(citation, registers);
    if (target !== undefined) found.push({ ...target, start: citation.start, end: citation.end });
  }
  // Only words whose first letter begins some spelling are tried: in news text that is the
  // capitalised few, so a scan costs little more than finding them.
  const starts = matcher.starts;
  if (starts !== undefined) {
    starts.lastIndex = 0;
    for (let start = starts.exec(text); start !== null; start = starts.exec(text)) {
      const longest = longestAt(text, start.index, matcher);
      if (longest !== undefined) found.push(longest);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundMention[] = [];
  for (const mention of found) if (mention.start >= (kept.at(-1)?.end ?? 0)) kept.push(mention);
  return kept;
}

// The longest registered name beginning at `from`, word by word, stopping as soon as the
// words so far begin no name.
function longestAt(text: string, from: number, matcher: EntityMatcher): FoundMention | undefined {
  let key = "";
  let at = from;
  let longest: FoundMention | undefined;
  for (;;) {
    WORD_AT.lastIndex = at;
    const word = WORD_AT.exec(text);
    if (word === null) return longest;
    const end = at + word[0].length;
    key = key === "" ? newTonePlacement(word[0]) : `${key} ${newTonePlacement(word[0])}`;
    if (!matcher.prefixes.has(key)) return longest;
    const target = matcher.names.get(key);
    if (target !== undefined) longest = { ...target, start: from, end };
    GAP_AT.lastIndex = end;
    const gap = GAP_AT.exec(text);
    if (gap === null) return longest;
    at = end + gap[0].length;
  }
}

/**
 * The document a citation names: the registered one with its number (when two share a
 * number, as Party numbering restarts each term, the one of the citation's year), or for a
 * national number the register does not have, a page of its own under the number's URL
 * form; undefined when it cannot be told (`1234/QĐ-UBND` of which province?).
 */
export function resolveCitation(citation: Citation, registers: Registers): MentionTarget | undefined {
  const entries = entityMatcher(registers).byCode.get(citation.codeId) ?? [];
  const yearOf = (document: DocumentEntry) => (document.date === undefined ? undefined : Number(document.date.slice(0, 4)));
  const fits = entries.filter((document) => citation.year === undefined || yearOf(document) === undefined || yearOf(document) === citation.year);
  const [only] = fits;
  if (only !== undefined && (fits.length === 1 || citation.year !== undefined)) return { kind: "document", id: only.id, name: documentName(only) };
  if (entries.length > 0 || !citation.national) return undefined;
  return { kind: "document", id: citation.codeId, name: `${citation.kind ?? "Văn bản"} ${citation.code}` };
}

/**
 * The entities a body mentions, each once, in the order of their first mention: what
 * the article contributes to the people, bodies and documents pages.
 *
 * @param texts the body's texts that may carry a link, in order (lib/analyse-markdown.ts, `prose`)
 */
export function findMentions(texts: readonly string[], registers: Registers): Mention[] {
  const seen = new Set<string>();
  const mentions: Mention[] = [];
  for (const text of texts) {
    for (const found of findMentionsIn(text, registers)) {
      const key = `${found.kind}:${found.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      mentions.push({ kind: found.kind, id: found.id, name: found.name, written: text.slice(found.start, found.end) });
    }
  }
  return mentions;
}

/** A document as its page is titled: kind and number, or its first name in the register. */
export function documentName(document: DocumentEntry): string {
  if (document.code !== undefined) return `${document.kind ?? "Văn bản"} ${document.code}`;
  return document.spellings[0] ?? document.title ?? document.id;
}

function wordsOf(text: string): string[] {
  return [...newTonePlacement(text).matchAll(WORD)].map((match) => match[0]);
}
