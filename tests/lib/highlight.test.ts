import { describe, expect, it } from "vitest";
import { highlight, type Segment } from "../../lib/highlight";

const plain = (text: string): Segment => ({ text, match: false });
const marked = (text: string): Segment => ({ text, match: true });

describe("highlight", () => {
  it.each([
    ["an unaccented term", "Ban Dân vận Tỉnh ủy", ["dan"], [plain("Ban "), marked("Dân"), plain(" vận Tỉnh ủy")]],
    ["an accented term", "Ban Dân vận Tỉnh ủy", ["vận"], [plain("Ban Dân "), marked("vận"), plain(" Tỉnh ủy")]],
    ["a term with a different tone mark", "Ban Dân vận Tỉnh ủy", ["vân"], [plain("Ban Dân "), marked("vận"), plain(" Tỉnh ủy")]],
    ["đ typed as d", "Đảng bộ tỉnh", ["dang"], [marked("Đảng"), plain(" bộ tỉnh")]],
    ["an upper-case term", "Đảng bộ tỉnh", ["ĐẢNG"], [marked("Đảng"), plain(" bộ tỉnh")]],
    ["an NFD-typed term", "Đảng bộ tỉnh", ["Đảng".normalize("NFD")], [marked("Đảng"), plain(" bộ tỉnh")]],
    ["several terms", "Ban Dân vận Tỉnh ủy", ["dan", "van"], [plain("Ban "), marked("Dân"), plain(" "), marked("vận"), plain(" Tỉnh ủy")]],
  ])("marks the words matching %s", (_name, text, terms, segments) => {
    expect(highlight(text, terms)).toEqual(segments);
  });

  it("marks a word that starts with a term, as the search matches prefixes", () => {
    expect(highlight("Tăng trưởng kinh tế", ["truong", "kin"])).toEqual([plain("Tăng "), marked("trưởng"), plain(" "), marked("kinh"), plain(" tế")]);
  });

  it("does not mark a word that only contains a term in its middle", () => {
    expect(highlight("Hội nghị tổng kết", ["ong"])).toEqual([plain("Hội nghị tổng kết")]);
  });

  it("does not mark a word shorter than the term", () => {
    expect(highlight("Cảng Cái Lân", ["cangx"])).toEqual([plain("Cảng Cái Lân")]);
  });

  it("merges neighbouring unmarked words and the spaces and punctuation between them into one segment", () => {
    expect(highlight("Chiều 20/4, tại TP Hạ Long, BTV họp.", ["btv"])).toEqual([plain("Chiều 20/4, tại TP Hạ Long, "), marked("BTV"), plain(" họp.")]);
  });

  it("never marks the punctuation between two marked words", () => {
    expect(highlight("Dân-vận", ["dan", "van"])).toEqual([marked("Dân"), plain("-"), marked("vận")]);
  });

  it("marks digits as words", () => {
    expect(highlight("Năm 2016 và 2017", ["2016"])).toEqual([plain("Năm "), marked("2016"), plain(" và 2017")]);
  });

  it.each([
    ["no terms", []],
    ["only empty terms", [""]],
  ])("returns the whole text as one unmarked segment for %s", (_name, terms) => {
    expect(highlight("Đảng bộ tỉnh", terms)).toEqual([plain("Đảng bộ tỉnh")]);
  });

  it("returns no segments for empty text", () => {
    expect(highlight("", ["dan"])).toEqual([]);
  });

  it("keeps markup in the text as plain characters for the page to escape", () => {
    expect(highlight("<b>Dân</b>", ["dan"])).toEqual([plain("<b>"), marked("Dân"), plain("</b>")]);
  });
});
