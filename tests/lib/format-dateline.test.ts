import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import { formatDateline, formatIsoDate, formatIsoDateTime, formatMastheadDate, formatShortDate } from "../../lib/format-dateline";

const VIETNAM = "Asia/Ho_Chi_Minh";
const SEED_PUBLISHED = new Date("2017-04-20T11:02:00Z");

describe("formatDateline", () => {
  it("prints the papers' dateline in Vietnam time", () => {
    expect(formatDateline(SEED_PUBLISHED, VIETNAM)).toBe("Thứ Năm, 20/04/2017, 18:02 [GMT+7]");
  });

  it.each([
    ["2017-04-16T11:02:00Z", "Chủ Nhật, 16/04/2017, 18:02 [GMT+7]"],
    ["2017-04-17T11:02:00Z", "Thứ Hai, 17/04/2017, 18:02 [GMT+7]"],
    ["2017-04-18T11:02:00Z", "Thứ Ba, 18/04/2017, 18:02 [GMT+7]"],
    ["2017-04-19T11:02:00Z", "Thứ Tư, 19/04/2017, 18:02 [GMT+7]"],
    ["2017-04-20T11:02:00Z", "Thứ Năm, 20/04/2017, 18:02 [GMT+7]"],
    ["2017-04-21T11:02:00Z", "Thứ Sáu, 21/04/2017, 18:02 [GMT+7]"],
    ["2017-04-22T11:02:00Z", "Thứ Bảy, 22/04/2017, 18:02 [GMT+7]"],
  ])("names the weekday of %s: %s", (iso, dateline) => {
    expect(formatDateline(new Date(iso), VIETNAM)).toBe(dateline);
  });

  it("moves to the next day at midnight in Vietnam, not at midnight UTC", () => {
    expect(formatDateline(new Date("2017-04-20T16:59:59Z"), VIETNAM)).toBe("Thứ Năm, 20/04/2017, 23:59 [GMT+7]");
    expect(formatDateline(new Date("2017-04-20T17:30:00Z"), VIETNAM)).toBe("Thứ Sáu, 21/04/2017, 00:30 [GMT+7]");
  });

  it.each([
    ["America/New_York", "Thứ Năm, 20/04/2017, 07:02 [GMT-4]"],
    ["Asia/Kolkata", "Thứ Năm, 20/04/2017, 16:32 [GMT+5:30]"],
    ["UTC", "Thứ Năm, 20/04/2017, 11:02 [GMT+0]"],
    ["Asia/Kathmandu", "Thứ Năm, 20/04/2017, 16:47 [GMT+5:45]"],
    ["America/St_Johns", "Thứ Năm, 20/04/2017, 08:32 [GMT-2:30]"],
    ["Pacific/Marquesas", "Thứ Năm, 20/04/2017, 01:32 [GMT-9:30]"],
    ["Pacific/Chatham", "Thứ Năm, 20/04/2017, 23:47 [GMT+12:45]"],
    ["Pacific/Kiritimati", "Thứ Sáu, 21/04/2017, 01:02 [GMT+14]"],
  ])("prints the offset of %s in the brackets", (timeZone, dateline) => {
    expect(formatDateline(SEED_PUBLISHED, timeZone)).toBe(dateline);
  });

  it("prints a local year before 1000 as date-fns does, even where UTC is already in 1000", () => {
    const instant = new Date("1000-01-01T02:00:00Z");
    expect(formatDateline(instant, "Etc/GMT+5")).toBe(`${["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"][new TZDate(instant.getTime(), "Etc/GMT+5").getDay()]}, ${format(new TZDate(instant.getTime(), "Etc/GMT+5"), "dd/MM/yyyy, HH:mm '['O']'")}`);
    expect(formatDateline(instant, "Etc/GMT+5")).toContain("/0999, 21:00 [GMT-5]");
    expect(formatIsoDateTime(instant, "Etc/GMT+5")).toBe("0999-12-31T21:00:00-05:00");
  });

  it("gives date-fns's own text for every 7th hour of five years in six zones, and before any zone had a standard", () => {
    const zones = ["Asia/Ho_Chi_Minh", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"];
    const start = Date.UTC(2022, 0, 1, 0, 17, 42);
    const reference = (date: Date, zone: string): string => {
      const zoned = new TZDate(date.getTime(), zone);
      const weekdays = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
      return `${weekdays[zoned.getDay()]}, ${format(zoned, "dd/MM/yyyy, HH:mm '['O']'")}`;
    };
    const dates = [...Array.from({ length: (5 * 365 * 24) / 7 }, (_, n) => new Date(start + n * 7 * 3_600_000)), new Date("1890-06-01T00:00:00Z")];
    const differing = zones.flatMap((zone) => dates.filter((date) => formatDateline(date, zone) !== reference(date, zone)).map((date) => `${zone} ${date.toISOString()}`));
    expect(differing).toEqual([]);
    expect(dates.length).toBeGreaterThan(6_000);
  });
});

describe("formatIsoDateTime", () => {
  it("prints ISO 8601 with the site's offset", () => {
    expect(formatIsoDateTime(SEED_PUBLISHED, VIETNAM)).toBe("2017-04-20T18:02:00+07:00");
  });

  it("carries the Vietnamese date across midnight UTC+7", () => {
    expect(formatIsoDateTime(new Date("2017-04-20T17:30:00Z"), VIETNAM)).toBe("2017-04-21T00:30:00+07:00");
  });

  it("prints Z for UTC", () => {
    expect(formatIsoDateTime(SEED_PUBLISHED, "UTC")).toBe("2017-04-20T11:02:00Z");
  });

  it.each([
    ["America/New_York", "2024-03-10T06:59:59Z", "2024-03-10T01:59:59-05:00"],
    ["America/New_York", "2024-03-10T07:00:00Z", "2024-03-10T03:00:00-04:00"],
    ["Asia/Kolkata", "2024-05-10T03:00:00Z", "2024-05-10T08:30:00+05:30"],
    ["Europe/London", "2024-07-01T00:00:00Z", "2024-07-01T01:00:00+01:00"],
    ["Europe/London", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z"],
    ["Pacific/Chatham", "2024-01-01T00:00:00Z", "2024-01-01T13:45:00+13:45"],
    // Saigon's clocks before 1975 (UTC+8 from 1959): the zone's own history.
    ["Asia/Ho_Chi_Minh", "1968-01-30T16:00:00Z", "1968-01-31T00:00:00+08:00"],
  ])("in %s prints %s as %s, daylight saving and half hours included", (zone, iso, expected) => {
    expect(formatIsoDateTime(new Date(iso), zone)).toBe(expected);
  });

  it("gives date-fns's own text for every hour of five years in six zones", () => {
    const zones = ["Asia/Ho_Chi_Minh", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"];
    const start = Date.UTC(2022, 0, 1, 0, 17, 42);
    const reference = (date: Date, zone: string): string => format(new TZDate(date.getTime(), zone), "yyyy-MM-dd'T'HH:mm:ssXXX");
    const differing: string[] = [];
    for (const zone of zones) {
      for (let hour = 0; hour < 5 * 365 * 24; hour += 7) {
        const date = new Date(start + hour * 3_600_000);
        if (formatIsoDateTime(date, zone) !== reference(date, zone)) differing.push(`${zone} ${date.toISOString()}`);
      }
    }
    expect(differing).toEqual([]);
  });
});

describe("formatShortDate", () => {
  it("prints day, month and year in Vietnam time", () => {
    expect(formatShortDate(SEED_PUBLISHED, VIETNAM)).toBe("20/04/2017");
    expect(formatShortDate(new Date("2017-04-20T17:30:00Z"), VIETNAM)).toBe("21/04/2017");
  });
});

describe("formatMastheadDate", () => {
  it.each([
    ["2026-12-01T02:00:00Z", "Thứ Ba, 01/12/2026"],
    ["2026-11-30T16:59:59Z", "Thứ Hai, 30/11/2026"],
    ["2026-11-30T17:00:00Z", "Thứ Ba, 01/12/2026"],
    ["2026-12-06T05:00:00Z", "Chủ Nhật, 06/12/2026"],
  ])("prints the day %s falls on in Vietnam as %s", (iso, text) => {
    expect(formatMastheadDate(new Date(iso), VIETNAM)).toBe(text);
  });

  it("gives the same day for <time datetime>", () => {
    expect(formatIsoDate(new Date("2026-11-30T17:00:00Z"), VIETNAM)).toBe("2026-12-01");
    expect(formatIsoDate(new Date("2026-11-30T17:00:00Z"), "UTC")).toBe("2026-11-30");
  });
});
