import { describe, expect, it } from "vitest";
import { entityTitle, presentEntity } from "../../lib/present-entity";
import type { Registers } from "../../lib/registers";
import { fixtureRegisters } from "../support/registers";

const VALID = fixtureRegisters("valid");
const REORGANISED: Registers = fixtureRegisters("reorganised");

describe("presentEntity", () => {
  it("gives a person's other spellings and offices over time, each with its body's page", () => {
    expect(presentEntity("person", "nguyen-van-a", VALID, "2026-12-01")).toEqual({
      facts: [{ label: "Còn được viết", text: "Nguyễn Văn Á" }],
      offices: [
        { title: "Bí thư Tỉnh ủy", body: { label: "Tỉnh ủy Thanh Hòa", href: "/co-quan/tinh-uy" }, tenure: "từ 01/10/2015 đến 15/10/2020" },
        { title: "Chủ tịch HĐND tỉnh", body: { label: "Hội đồng nhân dân tỉnh Thanh Hòa", href: "/co-quan/hdnd-tinh" }, tenure: "ghi nhận ngày 20/04/2017, 05/01/2018" },
      ],
      nowPartOf: [],
      earlierNames: [],
    });
  });

  it("gives a document's number, title, issuer and date, and nothing it does not know (no address)", () => {
    expect(presentEntity("document", "290-qd-tw", VALID, "2026-12-01").facts).toEqual([
      { label: "Số hiệu", text: "290-QĐ/TW" },
      { label: "Trích yếu", text: "Quy chế công tác dân vận của hệ thống chính trị" },
      { label: "Cơ quan ban hành", text: "Bộ Chính trị", href: "/co-quan/bo-chinh-tri" },
      { label: "Ngày ban hành", text: "25/02/2010" },
    ]);
  });

  it("says what a merged commune is now part of", () => {
    const details = presentEntity("place", "xa-cu-1", REORGANISED, "2026-12-01");
    expect({ facts: details.facts, nowPartOf: details.nowPartOf }).toEqual({
      facts: [
        { label: "Loại đơn vị", text: "xã" },
        { label: "Thuộc", text: "huyện Huyện B, tỉnh Tỉnh A", href: "/dia-danh/huyen-b" },
        { label: "Đến hết ngày", text: "30/06/2025" },
      ],
      nowPartOf: [{ label: "xã Xã Mới, tỉnh Tỉnh A", href: "/dia-danh/xa-moi" }],
    });
  });

  it("names the earlier units whose articles a new unit lists", () => {
    expect(presentEntity("place", "xa-moi", REORGANISED, "2026-12-01").earlierNames.map((link) => link.href)).toEqual(["/dia-danh/huyen-b", "/dia-danh/xa-cu-1", "/dia-danh/xa-cu-2"]);
  });

  it("says nothing of a document the register lacks", () => {
    expect(presentEntity("document", "123-2024-nd-cp", VALID, "2026-12-01")).toEqual({ facts: [], offices: [], nowPartOf: [], earlierNames: [] });
  });
});

describe("entityTitle", () => {
  it.each([
    ["place", "xa-moi", REORGANISED, "Xã Mới", "Xã Xã Mới"],
    ["document", "290-qd-tw", VALID, "Quyết định 290-QĐ/TW", "Quyết định 290-QĐ/TW về Quy chế công tác dân vận của hệ thống chính trị"],
    ["document", "123-2024-nd-cp", VALID, "Nghị định 123/2024/NĐ-CP", "Nghị định 123/2024/NĐ-CP"],
    ["person", "nguyen-van-a", VALID, "Nguyễn Văn A", "Nguyễn Văn A"],
  ] as const)("titles the %s page of %s", (kind, id, registers, fallback, title) => {
    expect(entityTitle(kind, id, registers, fallback)).toBe(title);
  });
});
