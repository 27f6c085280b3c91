import { describe, expect, it } from "vitest";
import { formatProblem, type Problem } from "../../lib/problem";
import { FieldReader, fieldPlaces, type ReaderOptions } from "../../lib/read-fields";
import { slugify } from "../../lib/slugify";

const FILE = "content/articles/2017/04/bai.md";
const ZONE = "Asia/Ho_Chi_Minh";
const DATE_FORM = "ngày giờ dạng 2017-04-20 18:02 (giờ Việt Nam) hoặc kèm múi giờ như 2017-04-20T11:02:00Z";
const INVISIBLE_TITLE = "tiêu đề có ký tự ẩn (zero-width hoặc ký tự điều khiển); hãy gõ lại tiêu đề.";
// A field the file has sits on line 2; one it does not have is reported at line 1.
const KEY_LINES = new Map([["field", 2]]);

/** Reads `value` as the one field of a file, and gives what was read and every problem, formatted. */
function read<T>(value: unknown, readWith: (reader: FieldReader) => T, options?: ReaderOptions): { value: T; problems: string[] } {
  const problems: Problem[] = [];
  const [data, keyLines] = value === undefined ? [{}, new Map<string, number>()] : [{ field: value }, KEY_LINES];
  const result = readWith(new FieldReader(data, fieldPlaces(FILE, keyLines, 1), problems, options));
  return { value: result, problems: problems.map(formatProblem) };
}

describe("fieldPlaces", () => {
  it("places a field at its key's line", () => {
    expect(fieldPlaces(FILE, KEY_LINES, 1)("field")).toEqual({ file: FILE, line: 2, field: "field" });
  });

  it.each([
    ["the line it is given", 1, 1],
    ["no line when given none", undefined, undefined],
  ])("places a field the file does not have at %s", (_name, lineWhenAbsent, line) => {
    expect(fieldPlaces(FILE, KEY_LINES, lineWhenAbsent)("absent")).toEqual({ file: FILE, line, field: "absent" });
  });
});

describe("FieldReader.text", () => {
  it.each<[string, unknown, Parameters<FieldReader["text"]>[1], string | undefined, string[]]>([
    ["trims the text", "  Tiêu đề  ", {}, "Tiêu đề", []],
    ["gives nothing, and no problem, for an optional field left out", undefined, {}, undefined, []],
    ["names a required field left out", undefined, { required: true }, undefined, [`${FILE}:1 "field": cần trường "field" (bắt buộc), nhận được không có`]],
    ["names a required field left empty", null, { required: true }, undefined, [`${FILE}:2 "field": cần trường "field" (bắt buộc), nhận được không có`]],
    ["refuses a blank value", "  ", {}, undefined, [`${FILE}:2 "field": cần một chuỗi chữ không rỗng, nhận được chuỗi rỗng`]],
    ["refuses a number unless told to take it", 2017, {}, undefined, [`${FILE}:2 "field": cần một chuỗi chữ không rỗng, nhận được 2017 (không phải chuỗi)`]],
    ["takes a number as its digits when told to", 2017, { acceptNumber: true }, "2017", []],
    ["refuses a list", ["a"], {}, undefined, [`${FILE}:2 "field": cần một chuỗi chữ không rỗng, nhận được một danh sách 1 mục`]],
    ["uses the fallback for a field left out", undefined, { fallback: "Báo Tỉnh" }, "Báo Tỉnh", []],
    ["uses the fallback for a field left empty", null, { fallback: "Báo Tỉnh" }, "Báo Tỉnh", []],
    ["still refuses a blank value when the fallback is not blank", "", { fallback: "Báo Tỉnh" }, undefined, [`${FILE}:2 "field": cần một chuỗi chữ không rỗng, nhận được chuỗi rỗng`]],
    ["lets a blank value through when the fallback is blank", "  ", { fallback: "" }, "", []],
    ["words the need as told", "", { expects: "phần giải nghĩa không rỗng" }, undefined, [`${FILE}:2 "field": cần phần giải nghĩa không rỗng, nhận được chuỗi rỗng`]],
    ["refuses text that fails the further test, like a blank one", "!!!", { accept: (text: string) => slugify(text) !== "" }, undefined, [`${FILE}:2 "field": cần một chuỗi chữ không rỗng, nhận được "!!!"`]],
    ["refuses an invisible character when told to, naming the field as editors call it", "Tiêu\u200bđề", { refuseInvisible: "tiêu đề" }, "Tiêu\u200bđề", [`${FILE}:2 "field": ${INVISIBLE_TITLE}`]],
    ["lets an invisible character through unless told to refuse it", "Tiêu\u200bđề", {}, "Tiêu\u200bđề", []],
  ])("%s", (_name, value, options, text, problems) => {
    expect(read(value, (reader) => reader.text("field", options))).toEqual({ value: text, problems });
  });

  it.each([
    ["left out", undefined, `${FILE}:1 "field": cần một chuỗi không rỗng, nhận được để trống`],
    ["left empty", null, `${FILE}:2 "field": cần một chuỗi không rỗng, nhận được để trống`],
  ])("reports a required field %s as empty, for the settings files", (_name, value, problem) => {
    const result = read(value, (reader) => reader.text("field", { required: true, expects: "một chuỗi không rỗng" }), { absentAsEmpty: true });
    expect(result.problems).toEqual([problem]);
  });
});

describe("FieldReader.names", () => {
  const AUTHOR = "tên tác giả, hoặc danh sách tên như [Hồng Nhung, Minh Đức]";

  it.each<[string, unknown, readonly string[] | undefined, string[]]>([
    ["reads one name as a list of one", " Hồng Nhung ", ["Hồng Nhung"], []],
    ["reads a list of names, trimmed", ["Hồng Nhung", " Minh Đức"], ["Hồng Nhung", "Minh Đức"], []],
    ["names the required field left out", undefined, undefined, [`${FILE}:1 "field": cần ${AUTHOR} ("field" bắt buộc), nhận được không có`]],
    ["describes a required field left empty", null, undefined, [`${FILE}:2 "field": cần ${AUTHOR} ("field" bắt buộc), nhận được để trống`]],
    ["refuses an empty list", [], undefined, [`${FILE}:2 "field": cần ${AUTHOR} ("field" bắt buộc), nhận được một danh sách 0 mục`]],
    ["refuses a list with a blank name", ["Hồng Nhung", ""], undefined, [`${FILE}:2 "field": cần ${AUTHOR} ("field" bắt buộc), nhận được một danh sách 2 mục`]],
  ])("%s", (_name, value, names, problems) => {
    expect(read(value, (reader) => reader.names("field", { required: true, expects: AUTHOR }))).toEqual({ value: names, problems });
  });

  it("gives nothing, and no problem, for an optional field left out", () => {
    expect(read(undefined, (reader) => reader.names("field"))).toEqual({ value: undefined, problems: [] });
  });

  it("refuses an invisible character in any name when told to", () => {
    const result = read(["Hồng Nhung", "Minh\u2066 Đức"], (reader) => reader.names("field", { refuseInvisible: "tên tác giả" }));
    expect(result.problems).toEqual([`${FILE}:2 "field": tên tác giả có ký tự ẩn (zero-width hoặc ký tự điều khiển); hãy gõ lại tên tác giả.`]);
  });
});

describe("FieldReader.list", () => {
  it.each<[string, unknown, Parameters<FieldReader["list"]>[1], readonly string[] | undefined, string[]]>([
    ["reads a list, trimmed", ["Dân vận ", "Quảng Ninh"], {}, ["Dân vận", "Quảng Ninh"], []],
    ["reads an empty list", [], {}, [], []],
    ["keeps the first spelling of items with the same key", ["Dân vận", "dân vận", "Hoà giải", "Hòa giải"], { distinctBy: slugify }, ["Dân vận", "Hoà giải"], []],
    ["keeps every item when told no key", ["Dân vận", "dân vận"], {}, ["Dân vận", "dân vận"], []],
    ["gives nothing, and no problem, for an optional field left out", undefined, {}, undefined, []],
    ["names a required field left out", undefined, { required: true }, undefined, [`${FILE}:1 "field": cần trường "field" (bắt buộc), nhận được không có`]],
    ["refuses a single string", "Dân vận", {}, undefined, [`${FILE}:2 "field": cần danh sách như [Dân vận, Quảng Ninh], nhận được "Dân vận"`]],
    ["refuses a list with a blank item", ["Dân vận", " "], {}, undefined, [`${FILE}:2 "field": cần danh sách như [Dân vận, Quảng Ninh], nhận được một danh sách 2 mục`]],
    ["refuses an invisible character in an item when told to", ["Dân\u00advận"], { refuseInvisible: "chủ đề" }, ["Dân\u00advận"], [`${FILE}:2 "field": chủ đề có ký tự ẩn (zero-width hoặc ký tự điều khiển); hãy gõ lại chủ đề.`]],
  ])("%s", (_name, value, options, items, problems) => {
    expect(read(value, (reader) => reader.list("field", options))).toEqual({ value: items, problems });
  });
});

describe("FieldReader.boolean", () => {
  it.each<[string, unknown, boolean | undefined, string[]]>([
    ["reads true", true, true, []],
    ["reads false", false, false, []],
    ["gives nothing for a field left out", undefined, undefined, []],
    ["refuses anything else", "maybe", undefined, [`${FILE}:2 "field": cần true hoặc false, nhận được "maybe"`]],
  ])("%s", (_name, value, flag, problems) => {
    expect(read(value, (reader) => reader.boolean("field"))).toEqual({ value: flag, problems });
  });
});

describe("FieldReader.date", () => {
  it.each<[string, unknown, boolean, string | undefined, string[]]>([
    ["reads a date without an offset in the site's zone", "2017-04-20 18:02", false, "2017-04-20T11:02:00.000Z", []],
    ["gives nothing for an optional field left out", undefined, false, undefined, []],
    ["names a required field left out", undefined, true, undefined, [`${FILE}:1 "field": cần trường "field": ${DATE_FORM}, nhận được không có`]],
    ["refuses a number", 2017, false, undefined, [`${FILE}:2 "field": cần ${DATE_FORM}, nhận được 2017 (không phải chuỗi)`]],
    ["refuses a date it cannot read, saying why", "20/4", false, undefined, [`${FILE}:2 "field": cần ${DATE_FORM}, nhận được "20/4" (không đúng dạng)`]],
  ])("%s", (_name, value, required, iso, problems) => {
    const result = read(value, (reader) => reader.date("field", { timeZone: ZONE, required }));
    expect({ value: result.value?.toISOString(), problems: result.problems }).toEqual({ value: iso, problems });
  });
});

describe("FieldReader.listOf", () => {
  const FORM = "danh sách các số chẵn";
  const even = (entry: unknown): number | undefined => (typeof entry === "number" && entry % 2 === 0 ? entry : undefined);

  it.each<[string, unknown, readonly number[] | undefined, string[]]>([
    ["reads every entry", [2, 4], [2, 4], []],
    ["gives nothing for a field left out", undefined, undefined, []],
    ["refuses a value that is not a list", 2, undefined, [`${FILE}:2 "field": cần ${FORM}, nhận được 2 (không phải chuỗi)`]],
    ["refuses each entry it cannot read, and keeps the rest", [2, 3, "bốn"], [2], [`${FILE}:2 "field": cần ${FORM}, nhận được 3 (không phải chuỗi)`, `${FILE}:2 "field": cần ${FORM}, nhận được "bốn"`]],
  ])("%s", (_name, value, items, problems) => {
    expect(read(value, (reader) => reader.listOf("field", even, { expects: FORM }))).toEqual({ value: items, problems });
  });
});

describe("FieldReader.refuseUnknownFields", () => {
  it.each([
    ["suggests the field probably meant", "tittle", `${FILE}:1 "tittle": trường không được hỗ trợ (có phải là "title"?).`],
    ["lists the fields there are when none is near", "photographer", `${FILE}:1 "photographer": trường không được hỗ trợ (các trường hợp lệ: title, date).`],
  ])("%s", (_name, key, problem) => {
    const problems: Problem[] = [];
    new FieldReader({ title: "a", [key]: "b" }, fieldPlaces(FILE, new Map(), 1), problems).refuseUnknownFields(["title", "date"]);
    expect(problems.map(formatProblem)).toEqual([problem]);
  });
});

describe("the limits readers and crawlers see", () => {
  it("refuses a 5,000-character text with its length printed the Vietnamese way and the limit", () => {
    const title = "Đ".repeat(5000);
    expect(read(title, (reader) => reader.text("field", { maxLength: 250 })).problems).toEqual([
      `${FILE}:2 "field": cần tối đa 250 ký tự (người đọc và máy tìm kiếm chỉ thấy phần đầu), nhận được 5.000 ký tự: "${"Đ".repeat(57)}…"`,
    ]);
  });

  it("counts characters, not UTF-16 units: 250 emoji are within a 250 limit", () => {
    expect(read("📰".repeat(250), (reader) => reader.text("field", { maxLength: 250 })).problems).toEqual([]);
  });

  it("refuses 10,000 tags with one message and checks only the first ones further", () => {
    const tags = Array.from({ length: 10_000 }, (_, n) => `Chủ đề ${n}`);
    const { value, problems } = read(tags, (reader) => reader.list("field", { maxItems: 20, maxLength: 80 }));
    expect(problems).toEqual([`${FILE}:2 "field": cần tối đa 20 mục, nhận được 10.000 mục`]);
    expect(value?.length).toBe(20);
  });

  it("refuses a name with no letter or digit, whose link would be empty", () => {
    expect(read(["Hồng Nhung", "…"], (reader) => reader.names("field", { requireSlug: "tên tác giả" })).problems).toEqual([
      `${FILE}:2 "field": cần tên tác giả có ít nhất một chữ cái hoặc chữ số (để làm đường dẫn), nhận được "…"`,
    ]);
  });
});
