import { describe, expect, it } from "vitest";
import { formatDateline } from "../../../lib/format-dateline";
import { parseDateline } from "../../../lib/authoring/parse-dateline";

const ZONE = "Asia/Ho_Chi_Minh";

describe("parseDateline", () => {
  it.each([
    ["the papers' own form", "Thứ Năm, 20/04/2017, 18:02 [GMT+7]", "2017-04-20T11:02:00.000Z", true],
    ["a lower-case weekday", "Thứ năm, 20/04/2017, 18:02 [GMT+7]", "2017-04-20T11:02:00.000Z", true],
    ["a weekday as a number", "Thứ 5, 20/04/2017, 18:02 GMT+7", "2017-04-20T11:02:00.000Z", true],
    ["Sunday", "Chủ nhật, 23/04/2017, 08:00 (GMT+07:00)", "2017-04-23T01:00:00.000Z", true],
    ["single-digit day and month and 18h02", "Thứ Năm, 20/4/2017 - 18h02", "2017-04-20T11:02:00.000Z", false],
    ["no weekday and no offset", "20/04/2017 18:02", "2017-04-20T11:02:00.000Z", false],
    ["another offset", "20/04/2017, 19:02 [GMT+8]", "2017-04-20T11:02:00.000Z", true],
    ["midnight, which is the previous day in UTC", "Thứ Hai, 01/05/2017, 00:30 [GMT+7]", "2017-04-30T17:30:00.000Z", true],
  ])("reads %s", (_name, line, iso, hasOffset) => {
    const result = parseDateline(line, ZONE);
    expect(result).toEqual({ ok: true, date: new Date(iso), hasOffset });
  });

  it("reads back what formatDateline writes", () => {
    const date = new Date("2017-04-20T11:02:00Z");
    expect(parseDateline(formatDateline(date, ZONE), ZONE)).toEqual({ ok: true, date, hasOffset: true });
  });

  it("reads a time without an offset as wall-clock time in the given time zone", () => {
    expect(parseDateline("20/04/2017 18:02", "Europe/London")).toEqual({ ok: true, date: new Date("2017-04-20T17:02:00Z"), hasOffset: false });
  });

  it("says when the written weekday is not the date's", () => {
    expect(parseDateline("Thứ Sáu, 20/04/2017, 18:02 [GMT+7]", ZONE)).toEqual({
      ok: true,
      date: new Date("2017-04-20T11:02:00Z"),
      hasOffset: true,
      weekdayMismatch: 'ghi "Thứ Sáu" nhưng 20/04/2017 là Thứ Năm',
    });
  });

  it.each([
    ["a first paragraph", "Chiều 20/4, tại TP Hạ Long", "không đúng dạng"],
    ["a date without a time", "Thứ Năm, 20/04/2017", "không đúng dạng"],
    ["text in a legacy encoding", "Th¸ N¨m, 20/04/2017, 18:02 [GMT+7]", "không đúng dạng"],
    ["an unknown weekday", "Hôm nay, 20/04/2017, 18:02", 'không hiểu thứ "Hôm nay"'],
    ["a day the month does not have", "31/02/2017, 18:02", "tháng 2/2017 không có ngày 31"],
    ["a month that does not exist", "20/13/2017, 18:02", "không có tháng 13"],
    ["an impossible hour", "20/04/2017, 25:02", "giờ không hợp lệ"],
  ])("refuses %s", (_name, line, reason) => {
    expect(parseDateline(line, ZONE)).toEqual({ ok: false, reason });
  });
});
