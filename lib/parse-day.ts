/** A calendar day written `2017-04-20`, as the registers keep their dates. */
export const DAY_FORM = "ngày dạng 2017-04-20 (năm-tháng-ngày)";

/**
 * The day as `YYYY-MM-DD` when `value` is one that exists, else undefined: `2010-02-30`
 * is refused, not rolled over. Strings of this form sort as the days do.
 *
 * @example parseDay("2010-02-25") // "2010-02-25"
 */
export function parseDay(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? value.trim() : undefined;
}

/**
 * A day as Vietnamese papers print it.
 *
 * @example formatDay("2010-02-25") // "25/02/2010"
 */
export function formatDay(day: string): string {
  const [year, month, date] = day.split("-");
  return `${date ?? ""}/${month ?? ""}/${year ?? ""}`;
}
