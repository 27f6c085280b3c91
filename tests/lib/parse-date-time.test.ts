import { describe, expect, it } from "vitest";
import { parseDateTime } from "../../lib/parse-date-time";

const VIETNAM = "Asia/Ho_Chi_Minh";

function instant(text: string, timeZone = VIETNAM): string {
  const result = parseDateTime(text, timeZone);
  if (!result.ok) throw new Error(`expected ${text} to parse, got: ${result.reason}`);
  return result.date.toISOString();
}

describe("parseDateTime", () => {
  it.each([
    "2017-04-20 18:02",
    "2017-04-20 18:02:00",
    "2017-04-20T18:02",
    "2017-04-20T18:02:00+07:00",
    "2017-04-20T11:02:00Z",
    "2017-04-20T20:02:00+0900",
    "2017-04-20T06:02:00-05:00",
    "2017-04-20 18:02:00 +07:00",
    "  2017-04-20 18:02  ",
  ])("reads %j as 2017-04-20T11:02:00Z", (text) => {
    expect(instant(text)).toBe("2017-04-20T11:02:00.000Z");
  });

  it("applies a compact +0900 offset as nine hours east of UTC", () => {
    expect(instant("2017-04-20T13:02:00+0900")).toBe("2017-04-20T04:02:00.000Z");
  });

  it.each([
    ["Asia/Ho_Chi_Minh", "2017-04-20T11:02:00.000Z"],
    ["UTC", "2017-04-20T18:02:00.000Z"],
    ["America/New_York", "2017-04-20T22:02:00.000Z"],
  ])("reads a time without an offset as wall-clock time in %s", (timeZone, iso) => {
    expect(instant("2017-04-20 18:02", timeZone)).toBe(iso);
  });

  it("ignores the time zone argument when the text has its own offset", () => {
    expect(instant("2017-04-20T11:02:00Z", "America/New_York")).toBe("2017-04-20T11:02:00.000Z");
  });

  it.each([
    ["2017-02-30 10:00", "tháng 2/2017 không có ngày 30"],
    ["2017-02-29 10:00", "tháng 2/2017 không có ngày 29"],
    ["1900-02-29 10:00", "tháng 2/1900 không có ngày 29"],
    ["2017-04-31 10:00", "tháng 4/2017 không có ngày 31"],
    ["2017-04-00 10:00", "tháng 4/2017 không có ngày 0"],
    ["2017-13-01 10:00", "không có tháng 13"],
    ["2017-00-10 10:00", "không có tháng 0"],
    ["2017-04-20 25:00", "giờ không hợp lệ"],
    ["2017-04-20 24:00", "giờ không hợp lệ"],
    ["2017-04-20 18:60", "giờ không hợp lệ"],
    ["2017-04-20 18:02:60", "giờ không hợp lệ"],
    ["2017-04-20T18:02:00+15:00", "độ lệch múi giờ +15:00 không hợp lệ"],
    ["2017-04-20T18:02:00+07:60", "độ lệch múi giờ +07:60 không hợp lệ"],
    ["20/4", "không đúng dạng"],
    ["2017-04-20", "không đúng dạng"],
    ["20/04/2017 18:02", "không đúng dạng"],
    ["2017-4-20 18:02", "không đúng dạng"],
    ["", "không đúng dạng"],
  ])("refuses %j because %s", (text, reason) => {
    expect(parseDateTime(text, VIETNAM)).toEqual({ ok: false, reason });
  });

  it.each([
    ["2016-02-29 18:02", "2016-02-29T11:02:00.000Z"],
    ["2000-02-29 18:02", "2000-02-29T11:02:00.000Z"],
  ])("accepts the leap day %j", (text, iso) => {
    expect(instant(text)).toBe(iso);
  });

  it("accepts the last minute of a day and the first of the next", () => {
    expect(instant("2017-04-20 23:59:59")).toBe("2017-04-20T16:59:59.000Z");
    expect(instant("2017-04-21 00:00")).toBe("2017-04-20T17:00:00.000Z");
  });
});
