import { describe, expect, it } from "vitest";
import { readVietnameseDate } from "../../../lib/authoring/read-vietnamese-date";

describe("readVietnameseDate", () => {
  it.each([
    ["01/12/2026 14:09", "2026-12-01 14:09"],
    ["1/12/2026 9:05", "2026-12-01 09:05"],
    ["20-4-2017 14h09", "2017-04-20 14:09"],
    ["20.4.2017 lúc 8h", "2017-04-20 08:00"],
    ["20/4/2017 14 giờ 09", "2017-04-20 14:09"],
    ["20/4/2017 14 giờ 09 phút", "2017-04-20 14:09"],
    ["20/4/2017 14g09", "2017-04-20 14:09"],
    ["14h09 ngày 20/4/2017", "2017-04-20 14:09"],
    ["14:09, 01/12/2026", "2026-12-01 14:09"],
    ["Thứ Năm, 20/04/2017, 18:02 [GMT+7]", "2017-04-20 18:02 +07:00"],
    ["Thứ tư, 19/04/2017 - 08:15", "2017-04-19 08:15"],
    ["Chủ nhật, 23/4/2017 6h", "2017-04-23 06:00"],
    ["20/4/2017 8h (GMT+07:00)", "2017-04-20 08:00 +07:00"],
    ["20/4/2017 08:00:30", "2017-04-20 08:00:30"],
    ["2017-04-20 18h02", "2017-04-20 18:02"],
    ["2017/04/20 18:02", "2017-04-20 18:02"],
    ["04/05/2017 08:00", "2017-05-04 08:00"],
  ])("rewrites %j as %j", (written, contract) => {
    expect(readVietnameseDate(written)).toEqual({ ok: true, text: contract });
  });

  it.each([
    ["04/05/17 08:00", "năm chỉ có 2 chữ số (04/05/17); ghi đủ bốn chữ số của năm, như 2017 chứ không phải 17"],
    ["20-4-2017", "thiếu giờ đăng; ghi thêm giờ sau ngày, như 20/04/2017 08:00"],
    ["04/20/2017 08:00", "không có tháng 20: 04/20/2017 được đọc là ngày 4 tháng 20 (ngày viết trước tháng)"],
    ["31/04/2017 08:00", "tháng 4/2017 không có ngày 31: 31/04/2017 được đọc là ngày 31 tháng 4 (ngày viết trước tháng)"],
    ["20/4/2017 25:00", "giờ không hợp lệ"],
  ])("refuses to guess %j: %s", (written, reason) => {
    expect(readVietnameseDate(written)).toEqual({ ok: false, reason });
  });

  it.each(["2017-04-20 18:02", "2017-04-20T11:02:00Z", "20/4", "hôm qua", "20/4/2017 14h09 sáng", "số 20/4/2017 14h09"])(
    "leaves %j alone: it is the contract's form or no date it reads",
    (written) => {
      expect(readVietnameseDate(written)).toBeUndefined();
    },
  );
});
