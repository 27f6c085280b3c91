import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlaces } from "../../lib/parse-places";
import { formatPlace, laterUnits, nowPartOf } from "../../lib/place-successors";
import type { Place } from "../../lib/registers";

const FILE = "tests/fixtures/registers/reorganised/places.yaml";
const parsed = parsePlaces(readFileSync(new URL(`../../${FILE}`, import.meta.url), "utf8"), FILE);
const PLACES: ReadonlyMap<string, Place> = parsed.ok ? parsed.value : new Map();

describe("laterUnits", () => {
  it.each([
    ["xa-cu-1", ["xa-moi", "xa-sau-nay"]],
    ["huyen-b", ["xa-moi", "xa-sau-nay"]],
    ["xa-sau-nay", []],
    ["tinh-a", []],
    ["vong-1", ["vong-2"]],
  ])("follows every later change of %s", (id, expected) => {
    expect(laterUnits(id, PLACES)).toEqual(expected);
  });
});

describe("nowPartOf", () => {
  it("reads the fixture with no problem", () => {
    expect(parsed.ok).toBe(true);
  });

  it.each([
    ["a commune merged on 1 July 2025, in 2026", "xa-cu-1", "2026-01-05", ["xa-moi"]],
    ["the same commune after the new one changed again", "xa-cu-1", "2031-06-01", ["xa-sau-nay"]],
    ["an abolished district", "huyen-b", "2026-01-05", ["xa-moi"]],
    ["the commune on its last day", "xa-cu-1", "2025-06-30", []],
    ["a unit that still exists", "tinh-a", "2026-01-05", []],
    ["a ring of successors, which never hangs", "vong-1", "2026-01-05", []],
  ])("finds what %s is now part of", (_name, id, day, expected) => {
    expect(nowPartOf(id, PLACES, day).map((unit) => unit.id)).toEqual(expected);
  });
});

describe("formatPlace", () => {
  it.each([
    ["xa-moi", "xã Xã Mới, tỉnh Tỉnh A"],
    ["xa-cu-1", "xã Xã Cũ Một, huyện Huyện B, tỉnh Tỉnh A"],
    ["tinh-a", "tỉnh Tỉnh A"],
  ])("writes %s with the units above it", (id, expected) => {
    const place = PLACES.get(id);
    expect(place === undefined ? undefined : formatPlace(place, PLACES)).toBe(expected);
  });
});
