import { TZDate } from "@date-fns/tz";

/** The outcome of reading a front-matter date: an instant, or why it is not one. */
export type DateTimeResult = { readonly ok: true; readonly date: Date } | { readonly ok: false; readonly reason: string };

// Date and time are both required; seconds and an offset are optional. YAML is read
// without timestamps, so this is the only place a date string becomes an instant.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\s*(Z|[+-]\d{2}:?\d{2}))?$/;

/**
 * Reads `2017-04-20 18:02` (optionally with seconds, `T`, and `Z` or `+07:00`) as an
 * instant. Without an offset the time is wall-clock time in `timeZone`.
 * Impossible dates such as 30/02 are refused, never rolled over.
 *
 * @example parseDateTime("2017-04-20 18:02", "Asia/Ho_Chi_Minh") // 2017-04-20T11:02:00Z
 */
export function parseDateTime(text: string, timeZone: string): DateTimeResult {
  const match = DATE_TIME.exec(text.trim());
  if (match === null) return { ok: false, reason: "không đúng dạng" };
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? "0"));
  if (year === undefined || month === undefined || day === undefined) return { ok: false, reason: "không đúng dạng" };
  if (month < 1 || month > 12) return { ok: false, reason: `không có tháng ${month}` };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: `tháng ${month}/${year} không có ngày ${day}` };
  if ((hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return { ok: false, reason: "giờ không hợp lệ" };
  const offset = match[7];
  if (offset === undefined) {
    const local = new TZDate(year, month - 1, day, hour ?? 0, minute ?? 0, second ?? 0, timeZone);
    return { ok: true, date: new Date(local.getTime()) };
  }
  const offsetMinutes = parseOffset(offset);
  if (offsetMinutes === undefined) return { ok: false, reason: `độ lệch múi giờ ${offset} không hợp lệ` };
  const utc = Date.UTC(year, month - 1, day, hour ?? 0, minute ?? 0, second ?? 0);
  return { ok: true, date: new Date(utc - offsetMinutes * 60_000) };
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps it TZ-independent.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseOffset(offset: string): number | undefined {
  if (offset === "Z") return 0;
  const sign = offset.startsWith("-") ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4));
  if (hours > 14 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}
