import { formatDay } from "./parse-day";
import type { Office, Person } from "./registers";

/**
 * The offices the register knows a person held on `day` (`2017-04-20`): a day within a
 * period both of whose ends are known, the first or last day of a period, or a day an
 * article showed the office held. An office whose end is unknown is never assumed to go on.
 *
 * @example officesOn(nguyenVanDoc, "2017-04-20").map((office) => office.title) // ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]
 */
export function officesOn(person: Person, day: string): Office[] {
  return person.offices.filter(
    (office) => office.asOf.includes(day) || office.from === day || office.to === day || (office.from !== undefined && office.to !== undefined && office.from <= day && day <= office.to),
  );
}

/**
 * A person's offices over time, earliest first by the first day known of each.
 */
export function officesOverTime(person: Person): Office[] {
  const first = (office: Office): string => [office.from, ...office.asOf, office.to].filter((day) => day !== undefined).sort()[0] ?? "";
  return [...person.offices].sort((a, b) => (first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0));
}

/**
 * When an office was held, as far as the register knows, in words.
 *
 * @example formatTenure({ title: "Bí thư Tỉnh ủy", asOf: ["2017-04-20"], lines: {} }) // "ghi nhận ngày 20/04/2017"
 */
export function formatTenure(office: Office): string {
  const period = office.from !== undefined && office.to !== undefined ? `từ ${formatDay(office.from)} đến ${formatDay(office.to)}` : office.from !== undefined ? `từ ${formatDay(office.from)}` : office.to !== undefined ? `đến ${formatDay(office.to)}` : "";
  const seen = office.asOf.length === 0 ? "" : `ghi nhận ngày ${office.asOf.map(formatDay).join(", ")}`;
  return [period, seen].filter((part) => part !== "").join("; ") || "chưa rõ thời gian";
}
