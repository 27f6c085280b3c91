import { slugify } from "./slugify";

/** A document number found in a text, normalised. */
export interface Citation {
  /** Offsets of the words linked: the kind word (`Quyết định số`) when written, through the number. */
  readonly start: number;
  readonly end: number;
  /** The number in one form: leading zeros as the official numbering writes them (`05-CT/TW`), `Đ` kept. */
  readonly code: string;
  /** The URL form of {@link code} (`290-qd-tw`, `123-2024-nd-cp`); `QĐ` typed `QD` gives the same. */
  readonly codeId: string;
  /** The kind, from the word written before the number or else from its abbreviation (`Quyết định`). */
  readonly kind: string | undefined;
  /** The year of `ngày 25/2/2010` written right after the number, or of the number itself (`123/2024/NĐ-CP`). */
  readonly year: number | undefined;
  /**
   * True when the number names one document nationwide: a central Party body's (`…/TW`,
   * `…/BTGTW`) or a State document numbered by year whose issuer is not a province's
   * council or committee. Any other number is linked only when content/documents.yaml names it.
   */
  readonly national: boolean;
}

/** What each abbreviation of a document's kind stands for, as the numbering rules list them. */
export const DOCUMENT_KINDS: Readonly<Record<string, string>> = {
  QĐ: "Quyết định",
  QĐi: "Quy định",
  NQ: "Nghị quyết",
  CT: "Chỉ thị",
  KL: "Kết luận",
  HD: "Hướng dẫn",
  NĐ: "Nghị định",
  TT: "Thông tư",
  TTLT: "Thông tư liên tịch",
  TB: "Thông báo",
  KH: "Kế hoạch",
  CTr: "Chương trình",
  ĐA: "Đề án",
  BC: "Báo cáo",
  TTr: "Tờ trình",
  CV: "Công văn",
};

const KIND_WORDS = ["Thông tư liên tịch", "Quyết định", "Quy định", "Nghị quyết", "Chỉ thị", "Kết luận", "Hướng dẫn", "Nghị định", "Thông tư", "Thông báo", "Kế hoạch", "Chương trình", "Đề án", "Báo cáo", "Tờ trình", "Công văn", "Luật", "Pháp lệnh", "Lệnh"];
// The kind word and "số" may stand on the line before the number: the paragraph wraps there.
const KIND_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${KIND_WORDS.join("|")})(?:\\s+số)?[\\s:]+$|(?<![\\p{L}\\p{N}])số\\s+$`, "iu");
const LOOKBACK = 40;

const UPPER = "A-ZĐ";
const ISSUER = `[${UPPER}][A-Za-zĐđ0-9]{0,11}`;
// Party documents: <number>-<kind>/<issuer> (290-QĐ/TW). State documents numbered by year:
// <number>/<year>/<kind>-<issuer> (123/2024/NĐ-CP) or a law's <number>/<year>/QH15; others
// <number>/<kind>-<issuer> (759/QĐ-TTg). No quantifier is nested and every one is bounded,
// so a scan costs the same for any text of a given length.
const NUMBER = new RegExp(
  [
    `(?<![\\p{L}\\p{N}/.‑-])(\\d{1,5})[-‑]([${UPPER}]{1,6}i?)\\/(${ISSUER})`,
    `(?<![\\p{L}\\p{N}/.‑-])(\\d{1,5})\\/((?:19|20)\\d{2})\\/([${UPPER}][A-Za-zĐđ]{0,7}(?:[-‑]${ISSUER}){0,3}|QH\\d{1,2})`,
    `(?<![\\p{L}\\p{N}/.‑-])(\\d{1,5})\\/([${UPPER}][A-Za-zĐđ]{0,7})[-‑](${ISSUER}(?:[-‑]${ISSUER}){0,2})`,
  ]
    .map((form) => `(?:${form})(?![\\p{L}\\p{N}/]|[-‑][\\p{L}\\p{N}])`)
    .join("|"),
  "gu",
);
const DATE_AFTER = /^,?\s+ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})(?!\d)/u;
const LOCAL_ISSUERS = new Set(["UBND", "HĐND"]);

/**
 * Every document number in `text`, in order. `Quyết định số 290-QĐ/TW ngày 25/2/2010`,
 * `Nghị định 123/2024/NĐ-CP` and a number split from its kind word by a line break are
 * found; a date (`25/2/2010`), `Đề án 25` or a bare number is not a document number.
 *
 * @example findCitations("thực hiện Chỉ thị 05-CT/TW")[0]?.codeId // "05-ct-tw"
 */
export function findCitations(text: string): Citation[] {
  const found: Citation[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const at = match.index;
    const end = at + match[0].length;
    const parts = normalise(match);
    if (parts === undefined) continue;
    const before = KIND_BEFORE.exec(text.slice(Math.max(0, at - LOOKBACK), at));
    const named = DOCUMENT_KINDS[parts.kind];
    const written = before?.[1] === undefined ? undefined : capitalise(before[1]);
    // "Thông báo kết luận 12-TB/TW": the word before is not the number's kind, so not part of the link.
    const agrees = before !== null && (written === undefined || named === undefined || written === named);
    const start = agrees ? at - before[0].length : at;
    const date = DATE_AFTER.exec(text.slice(end, end + 30));
    const dateYear = date?.[3] === undefined ? undefined : Number(date[3]);
    const kind = named ?? written;
    found.push({ start, end, code: parts.code, codeId: slugify(parts.code), kind, year: parts.year ?? dateYear, national: parts.national });
  }
  return found;
}

/**
 * The number in its one form, or undefined when `text` is not one document number (its
 * kind word may come first: `Quyết định 290-QĐ/TW`).
 *
 * @example normaliseDocumentCode("5-CT/TW") // "05-CT/TW"
 */
export function normaliseDocumentCode(text: string): string | undefined {
  const [only, ...rest] = findCitations(text.trim());
  return only !== undefined && rest.length === 0 && only.start === 0 && only.end === text.trim().length ? only.code : undefined;
}

function normalise(match: RegExpMatchArray): { code: string; kind: string; year?: number; national: boolean } | undefined {
  const [, partyNumber, partyKind, partyIssuer, yearNumber, year, yearRest, plainNumber, plainKind, plainIssuer] = match;
  const hyphens = (text: string) => text.replace(/‑/g, "-");
  if (partyNumber !== undefined && partyKind !== undefined && partyIssuer !== undefined) {
    return { code: `${number(partyNumber)}-${partyKind}/${partyIssuer}`, kind: partyKind, national: partyIssuer.endsWith("TW") };
  }
  if (yearNumber !== undefined && year !== undefined && yearRest !== undefined) {
    const rest = hyphens(yearRest);
    const [kind = "", ...issuers] = rest.split("-");
    const issuer = issuers.at(-1) ?? kind;
    return { code: `${number(yearNumber)}/${year}/${rest}`, kind, year: Number(year), national: !LOCAL_ISSUERS.has(issuer) };
  }
  if (plainNumber !== undefined && plainKind !== undefined && plainIssuer !== undefined) {
    return { code: `${number(plainNumber)}/${plainKind}-${hyphens(plainIssuer)}`, kind: plainKind, national: false };
  }
  return undefined;
}

// The numbering rules write numbers below 10 with a leading zero (05-CT/TW, 01/2025/TT-BNV).
function number(digits: string): string {
  return String(Number(digits)).padStart(2, "0");
}

function capitalise(word: string): string {
  const lower = word.toLowerCase();
  return KIND_WORDS.find((kind) => kind.toLowerCase() === lower) ?? word;
}
