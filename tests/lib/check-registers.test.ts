import { describe, expect, it } from "vitest";
import { checkRegisters } from "../../lib/check-registers";
import { formatProblem } from "../../lib/problem";
import type { Registers } from "../../lib/registers";

const FILES = { people: "content/people.yaml", bodies: "content/bodies.yaml", documents: "content/documents.yaml", places: "content/places.yaml" };
const body = (id: string, name: string, spellings: string[]) => ({ id, name, spellings: [name, ...spellings], lines: { entry: 1, spellings: 3 } });

describe("checkRegisters", () => {
  it.each([
    ["BTV Tỉnh ủy", "Ban Thường vụ Tỉnh ủy Quảng Ninh"],
    ["HĐND tỉnh", "Hội đồng nhân dân tỉnh Quảng Ninh"],
    ["Tỉnh ủy", "Tỉnh ủy Quảng Ninh"],
  ])("accepts the short form %j of %j, which the glossary expands into its name", (short, name) => {
    const registers: Registers = { people: new Map(), bodies: new Map([["x", body("x", name, [short])]]), documents: new Map(), places: new Map() };
    expect(checkRegisters(registers, FILES, new Map([["BTV", "Ban Thường vụ"], ["HĐND", "Hội đồng nhân dân"]]))).toEqual([]);
  });

  it("refuses a unit that is its own parent", () => {
    const place = { id: "a", name: "A", type: "xã", parent: "a", successors: [], lines: { entry: 4, parent: 6 } };
    const registers: Registers = { people: new Map(), bodies: new Map(), documents: new Map(), places: new Map([["a", place]]) };
    expect(checkRegisters(registers, FILES, new Map()).map(formatProblem)).toEqual(['content/places.yaml:4 "a": một đơn vị không thể thuộc về, hay được thay bằng, chính nó.']);
  });

  it("refuses a body and a person written the same way", () => {
    const person = { id: "p", name: "Bộ Chính trị", spellings: ["Bộ Chính trị"], offices: [], lines: { entry: 1, name: 2 } };
    const registers: Registers = { people: new Map([["p", person]]), bodies: new Map([["b", body("b", "Bộ Chính trị", [])]]), documents: new Map(), places: new Map() };
    expect(checkRegisters(registers, FILES, new Map()).map(formatProblem)).toEqual([
      'content/bodies.yaml:3 "b": cần mỗi cách viết chỉ thuộc về một mục, nhận được "Bộ Chính trị" cũng là cách viết của người "p" (content/people.yaml:1)',
    ]);
  });
});
