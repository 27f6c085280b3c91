import { describe, expect, it } from "vitest";
import type { EntityKind } from "../../lib/routes";
import { findEntityPages, type EntityPages } from "../../lib/find-entity-pages";
import { fixtureRegisters } from "../support/registers";

const REGISTERS = fixtureRegisters("valid");
const PAGES: Record<EntityKind, Map<string, { name: string }>> = {
  person: new Map([["nguyen-van-a", { name: "Nguyễn Văn A" }]]),
  body: new Map([["hdnd-tinh", { name: "Hội đồng nhân dân tỉnh Thanh Hòa" }]]),
  document: new Map([
    ["290-qd-tw", { name: "Quyết định 290-QĐ/TW" }],
    ["123-2024-nd-cp", { name: "Nghị định 123/2024/NĐ-CP" }],
  ]),
  place: new Map([["xa-moi", { name: "Đông Tiến Mới" }]]),
};
const pages: EntityPages = (kind, id) => PAGES[kind].get(id);
const hrefs = (query: string) => findEntityPages(query, REGISTERS, pages).map((hit) => hit.href);

describe("findEntityPages", () => {
  it.each([
    ["a name", "Nguyễn Văn A", ["/nhan-vat/nguyen-van-a"]],
    ["a name folded", "nguyen van a", ["/nhan-vat/nguyen-van-a"]],
    ["another spelling", "Nguyễn Văn Á", ["/nhan-vat/nguyen-van-a"]],
    ["a short form", "HĐND tỉnh", ["/co-quan/hdnd-tinh"]],
    ["a number", "290-QĐ/TW", ["/van-ban/290-qd-tw"]],
    ["a number typed without Đ", "290-qd/tw", ["/van-ban/290-qd-tw"]],
    ["a number with its kind", "Quyết định số 290-QĐ/TW", ["/van-ban/290-qd-tw"]],
    ["a number the register lacks", "123/2024/NĐ-CP", ["/van-ban/123-2024-nd-cp"]],
    ["a place with its kind", "xã Đông Tiến Mới", ["/dia-danh/xa-moi"]],
  ])("finds the page of %s", (_name, query, expected) => {
    expect(hrefs(query)).toEqual(expected);
  });

  it.each([
    ["part of a name", "Nguyễn Văn"],
    ["a name with more words", "Nguyễn Văn A phát biểu"],
    ["an entity with no page", "Bộ Chính trị"],
    ["nothing", "  "],
  ])("finds nothing for %s", (_name, query) => {
    expect(hrefs(query)).toEqual([]);
  });

  it("gives each hit its kind's label and the page's title", () => {
    expect(findEntityPages("nguyen van a", REGISTERS, pages)).toEqual([{ kind: "person", id: "nguyen-van-a", name: "Nguyễn Văn A", label: "Nhân vật", href: "/nhan-vat/nguyen-van-a" }]);
  });
});
