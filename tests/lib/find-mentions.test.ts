import { describe, expect, it } from "vitest";
import { entityMatcher, findMentions, findMentionsIn, resolveCitation } from "../../lib/find-mentions";
import { findCitations } from "../../lib/find-citations";
import type { Body, DocumentEntry, Person, Registers } from "../../lib/registers";

const person = (id: string, name: string, spellings: string[] = []): Person => ({ id, name, spellings: [name, ...spellings], offices: [], lines: { entry: 1 } });
const body = (id: string, name: string, spellings: string[] = []): Body => ({ id, name, spellings: [name, ...spellings], lines: { entry: 1 } });
const document = (id: string, changes: Partial<DocumentEntry>): DocumentEntry => ({ id, spellings: [], lines: { entry: 1 }, ...changes });

const REGISTERS: Registers = {
  people: new Map([
    ["nguyen-van-doc", person("nguyen-van-doc", "Nguyễn Văn Đọc")],
    ["le-thi-hoa", person("le-thi-hoa", "Lê Thị Hòa")],
  ]),
  bodies: new Map([
    ["tinh-uy", body("tinh-uy", "Tỉnh ủy Quảng Ninh", ["Tỉnh ủy"])],
    ["ban-dan-van-tinh-uy", body("ban-dan-van-tinh-uy", "Ban Dân vận Tỉnh ủy Quảng Ninh", ["Ban Dân vận Tỉnh ủy"])],
    ["hdnd-tinh", body("hdnd-tinh", "Hội đồng nhân dân tỉnh Quảng Ninh", ["HĐND tỉnh"])],
    ["ubnd-tinh", body("ubnd-tinh", "Ủy ban nhân dân tỉnh Quảng Ninh")],
  ]),
  documents: new Map([
    ["290-qd-tw", document("290-qd-tw", { code: "290-QĐ/TW", kind: "Quyết định", date: "2010-02-25" })],
    ["18-nq-tw-2017", document("18-nq-tw-2017", { code: "18-NQ/TW", kind: "Nghị quyết", date: "2017-10-25" })],
    ["18-nq-tw-2022", document("18-nq-tw-2022", { code: "18-NQ/TW", kind: "Nghị quyết", date: "2022-06-16" })],
    ["de-an-25", document("de-an-25", { spellings: ["Đề án 25"] })],
    ["1234-qd-ubnd", document("1234-qd-ubnd", { code: "1234/QĐ-UBND", kind: "Quyết định" })],
  ]),
  places: new Map(),
};

/** Each mention in a text as [the words, kind, id]. */
function mentioned(text: string): [string, string, string][] {
  return findMentionsIn(text, REGISTERS).map((found) => [text.slice(found.start, found.end), found.kind, found.id]);
}

describe("findMentionsIn", () => {
  it.each<[string, string, [string, string, string][]]>([
    ["a person's name", "đồng chí Nguyễn Văn Đọc phát biểu", [["Nguyễn Văn Đọc", "person", "nguyen-van-doc"]]],
    ["a name written in the old tone placement", "bà Lê Thị Hoà cho biết", [["Lê Thị Hoà", "person", "le-thi-hoa"]]],
    ["a name typed decomposed, once normalised", "Nguyễn Văn Đọc".normalize("NFD").normalize("NFC"), [["Nguyễn Văn Đọc", "person", "nguyen-van-doc"]]],
    ["a name across a line break", "đồng chí Nguyễn Văn\nĐọc", [["Nguyễn Văn\nĐọc", "person", "nguyen-van-doc"]]],
    ["the longest name at one place", "lãnh đạo Ban Dân vận Tỉnh ủy báo cáo", [["Ban Dân vận Tỉnh ủy", "body", "ban-dan-van-tinh-uy"]]],
    ["a short form", "Chủ tịch HĐND tỉnh", [["HĐND tỉnh", "body", "hdnd-tinh"]]],
    ["a name whose first word moves its tone in the old placement", "Uỷ ban nhân dân tỉnh Quảng Ninh họp", [["Uỷ ban nhân dân tỉnh Quảng Ninh", "body", "ubnd-tinh"]]],
    ["a registered document by its number", "Quyết định số 290-QĐ/TW ngày 25/2/2010", [["Quyết định số 290-QĐ/TW", "document", "290-qd-tw"]]],
    ["a document the register names without a number", "thực hiện Đề án 25", [["Đề án 25", "document", "de-an-25"]]],
    ["a national number the register lacks, under its own id", "Nghị định 123/2024/NĐ-CP", [["Nghị định 123/2024/NĐ-CP", "document", "123-2024-nd-cp"]]],
    ["a local number the register names", "Quyết định 1234/QĐ-UBND", [["Quyết định 1234/QĐ-UBND", "document", "1234-qd-ubnd"]]],
  ])("finds %s", (_name, text, expected) => {
    expect(mentioned(text)).toEqual(expected);
  });

  it.each([
    ["part of a longer word", "Nguyễn Văn Đọcx"],
    ["a name in other capitals", "nguyễn văn đọc"],
    ["a local number the register lacks", "Quyết định 99/QĐ-UBND"],
    ["a number shared by two documents, cited without a year", "Nghị quyết 18-NQ/TW"],
    ["a registered number cited with another year", "Quyết định 290-QĐ/TW ngày 1/1/2020"],
    ["a scheme the register does not name", "Đề án 26"],
  ])("finds nothing in %s", (_name, text) => {
    expect(mentioned(text)).toEqual([]);
  });

  it("tells two documents of one number apart by the year the citation gives", () => {
    expect(mentioned("Nghị quyết 18-NQ/TW ngày 16/6/2022")).toEqual([["Nghị quyết 18-NQ/TW", "document", "18-nq-tw-2022"]]);
  });

  it("finds a name beside a number without overlapping them", () => {
    expect(mentioned("Quyết định 290-QĐ/TW của Tỉnh ủy")).toEqual([
      ["Quyết định 290-QĐ/TW", "document", "290-qd-tw"],
      ["Tỉnh ủy", "body", "tinh-uy"],
    ]);
  });
});

describe("findMentions", () => {
  it("gives each entity once, in the order of its first mention across texts, with the words first used", () => {
    expect(findMentions(["Tỉnh ủy và Nguyễn Văn Đọc", "Nguyễn Văn Đọc, Bí thư Tỉnh ủy; 290-QĐ/TW"], REGISTERS)).toEqual([
      { kind: "body", id: "tinh-uy", name: "Tỉnh ủy Quảng Ninh", written: "Tỉnh ủy" },
      { kind: "person", id: "nguyen-van-doc", name: "Nguyễn Văn Đọc", written: "Nguyễn Văn Đọc" },
      { kind: "document", id: "290-qd-tw", name: "Quyết định 290-QĐ/TW", written: "290-QĐ/TW" },
    ]);
  });
});

describe("resolveCitation", () => {
  it("names a national number the register lacks by its kind and number", () => {
    const [citation] = findCitations("Chỉ thị 5-CT/TW");
    expect(citation === undefined ? undefined : resolveCitation(citation, REGISTERS)).toEqual({ kind: "document", id: "05-ct-tw", name: "Chỉ thị 05-CT/TW" });
  });
});

describe("entityMatcher", () => {
  it("is built once per registers", () => {
    expect(entityMatcher(REGISTERS)).toBe(entityMatcher(REGISTERS));
  });
});
