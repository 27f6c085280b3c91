import { parseDateTime } from "../parse-date-time";

/**
 * A date as a Vietnamese editor writes it, read: the contract's form to write instead,
 * or why it cannot be rewritten without guessing.
 */
export type VietnameseDate = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

// Year first: yyyy-mm-dd (the contract's date with a Vietnamese time), yyyy/mm/dd.
const YEAR_FIRST = /(?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/u;
// Else day first, always (Vietnamese never writes the month first): d/m/yyyy, d-m-yyyy, d.m.yyyy.
const DAY_FIRST = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,4})(?!\d)/u;
// 14:09, 14:09:30, 14h09, 14h, 14g09, 14 giờ 09, 14 giờ 09 phút, 14 giờ.
const TIME = /(?<!\d)(\d{1,2})\s*(?:giờ|:|h|g)\s*(?:(\d{2})(?:\s*phút)?(?::(\d{2}))?)?(?![\d:])/iu;
// [GMT+7], (GMT+07:00), UTC+7, GMT +7.
const OFFSET = /[[(]?\s*(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\s*[\])]?/iu;
// What may surround the date and time: a weekday, "ngày", "lúc", commas.
const FILLER = /^(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ\s*nhật|t\d|cn|ngày|lúc|vào|[\s,;-])*$/iu;

/**
 * Reads a date as Vietnamese editors write it (`01/12/2026 14:09`, `20-4-2017 14h09`,
 * `14 giờ 09 ngày 20/4/2017`, `Thứ Năm, 20/04/2017, 18:02 [GMT+7]`) into the contract's
 * `2026-12-01 14:09`. Refuses to guess: a two-digit year, a missing time or an impossible
 * day give a reason instead. Undefined for text that is no such date (the contract's form
 * included), which the caller leaves as it is.
 *
 * @example readVietnameseDate("01/12/2026 14:09") // { ok: true, text: "2026-12-01 14:09" }
 * @example readVietnameseDate("04/05/17 08:00") // { ok: false, reason: "năm chỉ có hai chữ số …" }
 */
export function readVietnameseDate(value: string): VietnameseDate | undefined {
  const text = value.normalize("NFC").replace(/\s+/g, " ").trim();
  if (parseDateTime(text, "UTC").ok) return undefined;
  const yearFirst = YEAR_FIRST.exec(text);
  const dayFirst = yearFirst === null ? DAY_FIRST.exec(text) : null;
  const date = yearFirst ?? dayFirst;
  if (date === null) return undefined;
  const [day = "", month = "", year = ""] = yearFirst === null ? [date[1], date[2], date[3]] : [date[3], date[2], date[1]];
  let rest = `${text.slice(0, date.index)} ${text.slice(date.index + date[0].length)}`;
  // The offset first: its "+07:00" must not be read as the time.
  const offset = OFFSET.exec(rest);
  if (offset !== null) rest = rest.replace(offset[0], " ");
  const time = TIME.exec(rest);
  if (time !== null) rest = rest.replace(time[0], " ");
  // Anything else around the date (a word, another number) and the text is not a date we read.
  if (!FILLER.test(rest)) return undefined;
  if (year.length !== 4) return { ok: false, reason: `năm chỉ có ${year.length} chữ số (${date[0]}); ghi đủ bốn chữ số của năm, như 2017 chứ không phải 17` };
  if (time === null) return { ok: false, reason: `thiếu giờ đăng; ghi thêm giờ sau ngày, như ${pad(day)}/${pad(month)}/${year} 08:00` };
  const [, hour = "", minute = "00", second] = time;
  const zone = offset === null ? "" : ` ${offset[1]}${pad(offset[2] ?? "")}:${offset[3] ?? "00"}`;
  const written = `${year}-${pad(month)}-${pad(day)} ${pad(hour)}:${minute}${second === undefined ? "" : `:${second}`}${zone}`;
  const check = parseDateTime(written, "UTC");
  if (!check.ok) {
    const read = yearFirst === null && check.reason !== "giờ không hợp lệ" ? `: ${date[0]} được đọc là ngày ${Number(day)} tháng ${Number(month)} (ngày viết trước tháng)` : "";
    return { ok: false, reason: `${check.reason}${read}` };
  }
  return { ok: true, text: written };
}

function pad(digits: string): string {
  return digits.padStart(2, "0");
}
