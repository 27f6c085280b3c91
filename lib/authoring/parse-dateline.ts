import { foldVietnamese } from "../fold-vietnamese";
import { formatDateline } from "../format-dateline";
import { parseDateTime } from "../parse-date-time";

/** A dateline read as an instant, or why the line is not one. */
export type DatelineResult =
  | {
      readonly ok: true;
      readonly date: Date;
      /** False when the line named no GMT offset, so the site's time zone was assumed. */
      readonly hasOffset: boolean;
      /** Set when the written weekday is not the date's, e.g. `ghi "Thứ Sáu" nhưng 20/04/2017 là Thứ Năm`. */
      readonly weekdayMismatch?: string;
    }
  | { readonly ok: false; readonly reason: string };

// Weekday, then dd/mm/yyyy, then hh:mm or hhhmm, then an optional [GMT+7] or (UTC+07:00).
const DATELINE =
  /^(?:([\p{L}\s]+?|Thứ\s*\d|T\d)\s*,\s*)?(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})\s*[,|-]?\s*(\d{1,2})[:hH](\d{2})(?:\s*[[(]?\s*(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\s*[\])]?)?$/u;

const WEEKDAYS: Readonly<Record<string, number>> = {
  "chu nhat": 0, cn: 0,
  "thu hai": 1, "thu 2": 1, t2: 1,
  "thu ba": 2, "thu 3": 2, t3: 2,
  "thu tu": 3, "thu 4": 3, t4: 3,
  "thu nam": 4, "thu 5": 4, t5: 4,
  "thu sau": 5, "thu 6": 5, t6: 5,
  "thu bay": 6, "thu 7": 6, t7: 6,
};

/**
 * Reads a provincial paper's dateline, the inverse of {@link formatDateline}. Without a
 * GMT offset the time is wall-clock time in `timeZone`.
 *
 * @example parseDateline("Thứ Năm, 20/04/2017, 18:02 [GMT+7]", "Asia/Ho_Chi_Minh") // { ok: true, date: 2017-04-20T11:02:00Z, hasOffset: true }
 */
export function parseDateline(line: string, timeZone: string): DatelineResult {
  const match = DATELINE.exec(line.normalize("NFC").replace(/\s+/g, " ").trim());
  if (match === null) return { ok: false, reason: "không đúng dạng" };
  const [, weekday, day = "", month = "", year = "", hour = "", minute = "", sign, offsetHours, offsetMinutes] = match;
  const writtenDay = weekday === undefined ? undefined : WEEKDAYS[foldVietnamese(weekday).replace(/\s+/g, " ").trim()];
  if (weekday !== undefined && writtenDay === undefined) return { ok: false, reason: `không hiểu thứ "${weekday.trim()}"` };
  const offset = sign === undefined ? "" : `${sign}${pad(offsetHours ?? "0")}:${pad(offsetMinutes ?? "0")}`;
  const parsed = parseDateTime(`${year}-${pad(month)}-${pad(day)} ${pad(hour)}:${minute}${offset}`, timeZone);
  if (!parsed.ok) return parsed;
  const actualDay = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), 12));
  const mismatch =
    writtenDay === undefined || writtenDay === actualDay.getUTCDay()
      ? undefined
      : `ghi "${(weekday ?? "").trim()}" nhưng ${pad(day)}/${pad(month)}/${year} là ${weekdayName(actualDay)}`;
  return { ok: true, date: parsed.date, hasOffset: sign !== undefined, ...(mismatch === undefined ? {} : { weekdayMismatch: mismatch }) };
}

function weekdayName(noonUtc: Date): string {
  return formatDateline(noonUtc, "UTC").split(",")[0] ?? "";
}

function pad(digits: string): string {
  return digits.padStart(2, "0");
}
