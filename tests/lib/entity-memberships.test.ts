import { describe, expect, it } from "vitest";
import { entityMemberships } from "../../lib/entity-memberships";
import { fixtureRegisters } from "../support/registers";

const REGISTERS = fixtureRegisters("valid", "reorganised");

describe("entityMemberships", () => {
  it("lists the article on each entity it mentions, in order, and on each place it is tagged with", () => {
    const mentions = [
      { kind: "person", id: "nguyen-van-a", name: "Nguyễn Văn A", written: "Nguyễn Văn Á" },
      { kind: "document", id: "290-qd-tw", name: "Quyết định 290-QĐ/TW", written: "290-QĐ/TW" },
    ] as const;
    expect(entityMemberships({ mentions, places: ["tinh-a"] }, REGISTERS)).toEqual([
      { kind: "person", slug: "nguyen-van-a", name: "Nguyễn Văn A" },
      { kind: "document", slug: "290-qd-tw", name: "Quyết định 290-QĐ/TW" },
      { kind: "place", slug: "tinh-a", name: "Tỉnh A" },
    ]);
  });

  it("lists an article written under an old name on every unit the place became, once each", () => {
    expect(entityMemberships({ mentions: [], places: ["xa-cu-1", "xa-cu-2"] }, REGISTERS).map((row) => row.slug)).toEqual(["xa-cu-1", "xa-moi", "xa-sau-nay", "xa-cu-2"]);
  });

  it("lists nothing for an article that mentions nothing and has no place", () => {
    expect(entityMemberships({ mentions: [], places: [] }, REGISTERS)).toEqual([]);
  });
});
