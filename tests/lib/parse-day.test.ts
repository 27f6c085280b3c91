import { describe, expect, it } from "vitest";
import { formatDay, parseDay } from "../../lib/parse-day";

describe("parseDay", () => {
  it.each([
    ["2010-02-25", "2010-02-25"],
    [" 2017-04-20 ", "2017-04-20"],
    ["2024-02-29", "2024-02-29"],
  ])("reads %j as %j", (value, day) => {
    expect(parseDay(value)).toBe(day);
  });

  it.each([["2010-02-30"], ["2023-02-29"], ["25/02/2010"], ["2010-2-25"], ["2010"], [2010], [undefined]])("refuses %j", (value) => {
    expect(parseDay(value)).toBeUndefined();
  });
});

describe("formatDay", () => {
  it("prints a day as papers do", () => {
    expect(formatDay("2010-02-25")).toBe("25/02/2010");
  });
});
