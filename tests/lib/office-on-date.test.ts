import { describe, expect, it } from "vitest";
import { formatTenure, officesOn, officesOverTime } from "../../lib/office-on-date";
import type { Office, Person } from "../../lib/registers";

const office = (title: string, changes: Partial<Office> = {}): Office => ({ title, asOf: [], lines: { entry: 1 }, ...changes });
const PERSON: Person = {
  id: "nguyen-van-a",
  name: "Nguyễn Văn A",
  spellings: ["Nguyễn Văn A"],
  offices: [
    office("Chủ tịch HĐND tỉnh", { asOf: ["2017-04-20"] }),
    office("Bí thư Tỉnh ủy", { from: "2015-10-01", to: "2020-10-15" }),
    office("Phó Bí thư", { from: "2010-01-05" }),
    office("Đại biểu", { to: "2021-05-01" }),
  ],
  lines: { entry: 1 },
};

describe("officesOn", () => {
  it.each([
    ["a day an article showed, and within a known period", "2017-04-20", ["Chủ tịch HĐND tỉnh", "Bí thư Tỉnh ủy"]],
    ["the first day of a period", "2015-10-01", ["Bí thư Tỉnh ủy"]],
    ["the last day of a period", "2020-10-15", ["Bí thư Tỉnh ủy"]],
    ["the day after it ended", "2020-10-16", []],
    ["a day after a start whose end is unknown: never assumed", "2012-01-01", []],
    ["the one day an open period names", "2010-01-05", ["Phó Bí thư"]],
    ["the day before a period whose start is unknown: never assumed", "2021-04-30", []],
  ])("gives %s", (_name, day, titles) => {
    expect(officesOn(PERSON, day).map((held) => held.title)).toEqual(titles);
  });
});

describe("officesOverTime", () => {
  it("orders offices by the first day known of each", () => {
    expect(officesOverTime(PERSON).map((held) => held.title)).toEqual(["Phó Bí thư", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Đại biểu"]);
  });
});

describe("formatTenure", () => {
  it.each([
    [office("x", { from: "2015-10-01", to: "2020-10-15" }), "từ 01/10/2015 đến 15/10/2020"],
    [office("x", { from: "2015-10-01" }), "từ 01/10/2015"],
    [office("x", { to: "2020-10-15" }), "đến 15/10/2020"],
    [office("x", { asOf: ["2017-04-20", "2018-01-05"] }), "ghi nhận ngày 20/04/2017, 05/01/2018"],
    [office("x", { from: "2015-10-01", asOf: ["2017-04-20"] }), "từ 01/10/2015; ghi nhận ngày 20/04/2017"],
    [office("x"), "chưa rõ thời gian"],
  ])("says when an office was held: %j", (held, text) => {
    expect(formatTenure(held)).toBe(text);
  });
});
