import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { assembleRegisters, type ReadRegisterFile } from "../../lib/assemble-registers";
import { parseGlossary } from "../../lib/parse-glossary";
import { collect } from "../../lib/parse-result";
import { formatProblem, type Problem } from "../../lib/problem";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIR = "tests/fixtures/registers";
const GLOSSARY = new Map([
  ["HĐND", "Hội đồng nhân dân"],
  ["UBND", "Ủy ban nhân dân"],
]);

/** Reads a fixture folder's registers as loadContent reads content/'s. */
function assemble(fixture: string) {
  const problems: Problem[] = [];
  const read: ReadRegisterFile = (name, parse) => {
    const file = `${DIR}/${fixture}/${name}`;
    const absolute = path.join(ROOT, file);
    return { entries: existsSync(absolute) ? collect(parse(readFileSync(absolute, "utf8"), file), problems) : new Map(), file };
  };
  const { registers, complete } = assembleRegisters(read, GLOSSARY, problems);
  return { registers, complete, messages: problems.map(formatProblem) };
}

describe("assembleRegisters", () => {
  it("reads four valid registers with no problem (valid)", () => {
    const { registers, complete, messages } = assemble("valid");
    expect({ complete, messages, sizes: [registers.people.size, registers.bodies.size, registers.documents.size, registers.places.size] }).toEqual({ complete: true, messages: [], sizes: [1, 3, 2, 3] });
  });

  it("reads a person's offices with their dates, spellings first the name", () => {
    expect(assemble("valid").registers.people.get("nguyen-van-a")).toEqual({
      id: "nguyen-van-a",
      name: "Nguyễn Văn A",
      spellings: ["Nguyễn Văn A", "Nguyễn Văn Á"],
      offices: [
        { title: "Bí thư Tỉnh ủy", body: "tinh-uy", from: "2015-10-01", to: "2020-10-15", asOf: [], lines: { entry: 5, title: 5, body: 6, from: 7, to: 8 } },
        { title: "Chủ tịch HĐND tỉnh", body: "hdnd-tinh", from: undefined, to: undefined, asOf: ["2017-04-20", "2018-01-05"], lines: { entry: 9, title: 9, body: 10, as_of: 11 } },
      ],
      lines: { entry: 1, name: 2, spellings: 3, offices: 4 },
    });
  });

  it("reads a document's number in its one form and a unit's successors", () => {
    const { registers } = assemble("valid");
    expect([registers.documents.get("290-qd-tw")?.code, registers.documents.get("de-an-25")?.spellings, registers.places.get("xa-cu")?.successors]).toEqual(["290-QĐ/TW", ["Đề án 25"], ["xa-moi"]]);
  });

  it("is an empty, complete register set when no file is there", () => {
    const { registers, complete, messages } = assemble("no-such-folder");
    expect({ complete, messages, people: registers.people.size, places: registers.places.size }).toEqual({ complete: true, messages: [], people: 0, places: 0 });
  });

  it.each([
    {
      rule: "refuses an unknown field of an entry or of an office, suggesting the one meant",
      fixture: "unknown-field",
      expected: [`${DIR}/unknown-field/people.yaml:3 "nmae": trường không được hỗ trợ (có phải là "name"?).`, `${DIR}/unknown-field/people.yaml:6 "form": trường không được hỗ trợ (có phải là "from"?).`],
    },
    {
      rule: "refuses a date in the printed order, a day that does not exist and a year alone",
      fixture: "bad-date",
      expected: [
        `${DIR}/bad-date/people.yaml:5 "from": cần ngày dạng 2017-04-20 (năm-tháng-ngày), nhận được "20/04/2017" (viết năm trước: năm-tháng-ngày)`,
        `${DIR}/bad-date/people.yaml:6 "to": cần ngày dạng 2017-04-20 (năm-tháng-ngày), nhận được "2017-02-30" (ngày không có thật)`,
        `${DIR}/bad-date/people.yaml:7 "as_of": cần ngày dạng 2017-04-20 (năm-tháng-ngày), hoặc danh sách như [2017-04-20, 2017-05-02], nhận được 2017 (không phải chuỗi)`,
      ],
    },
    {
      rule: "refuses an office or a unit whose period ends before it starts",
      fixture: "period-backwards",
      expected: [
        `${DIR}/period-backwards/people.yaml:6 "to": cần ngày không trước "from" (2020-10-15), nhận được "2015-10-01": thời kỳ kết thúc trước khi bắt đầu`,
        `${DIR}/period-backwards/places.yaml:5 "to": cần ngày không trước "from" (2025-07-01), nhận được "2025-06-30": thời kỳ kết thúc trước khi bắt đầu`,
      ],
    },
    {
      rule: "refuses one spelling for two people, whatever the tone placement (Hoà, Hòa)",
      fixture: "duplicate-spelling",
      expected: [
        `${DIR}/duplicate-spelling/people.yaml:5 "nguyen-van-a-2": cần mỗi cách viết chỉ thuộc về một mục, nhận được "Nguyễn Văn Hòa" cũng là cách viết của người "nguyen-van-a" (${DIR}/duplicate-spelling/people.yaml:1)`,
      ],
    },
    {
      rule: "refuses an id used twice, naming both lines",
      fixture: "duplicate-id",
      expected: [`${DIR}/duplicate-id/people.yaml:3 "nguyen-van-a": cần mỗi mã chỉ dùng cho một mục, nhận được mã "nguyen-van-a" đã dùng ở dòng 1; đổi mã một trong hai mục, hoặc gộp hai mục làm một`],
    },
    {
      rule: "refuses an id that is not a slug, suggesting it, and an entry with no fields",
      fixture: "bad-id",
      expected: [
        `${DIR}/bad-id/people.yaml:1 "Nguyễn Văn A": cần mã viết thường không dấu, các chữ nối bằng gạch ngang (như nguyen-van-doc), nhận được "Nguyễn Văn A" (có phải là "nguyen-van-a"?)`,
        `${DIR}/bad-id/people.yaml:3 "nguyen-van-b": cần các trường thụt lề dưới mã, như \`nguyen-van-doc:\` rồi \`name: Nguyễn Văn Đọc\` thụt lề bên dưới, nhận được "Nguyễn Văn B"`,
      ],
    },
    { rule: "needs a name", fixture: "missing-name", expected: [`${DIR}/missing-name/bodies.yaml:1 "name": cần trường "name" (bắt buộc), nhận được không có`] },
    {
      rule: "refuses an office in a body that does not exist",
      fixture: "unknown-body",
      expected: [`${DIR}/unknown-body/people.yaml:5 "body": cần mã một cơ quan trong content/bodies.yaml, nhận được "tinh-uy-thanh-hoa", không có mã này`],
    },
    {
      rule: "refuses a document issued by a body that does not exist",
      fixture: "unknown-issuer",
      expected: [`${DIR}/unknown-issuer/documents.yaml:3 "issuer": cần mã một cơ quan trong content/bodies.yaml, nhận được "bo-chinh-tri", không có mã này`],
    },
    {
      rule: "refuses a parent or a successor that does not exist, suggesting the one meant",
      fixture: "unknown-successor",
      expected: [
        `${DIR}/unknown-successor/places.yaml:7 "parent": cần mã một đơn vị trong tệp này, nhận được "thanh-hao", không có mã này (có phải là "thanh-hoa"?)`,
        `${DIR}/unknown-successor/places.yaml:9 "successors": cần mã một đơn vị trong tệp này, nhận được "xa-moi", không có mã này`,
      ],
    },
    {
      rule: "refuses a kind of unit the reorganisation does not know",
      fixture: "bad-place-type",
      expected: [`${DIR}/bad-place-type/places.yaml:3 "type": cần một loại đơn vị: tỉnh, thành phố trực thuộc trung ương, thành phố, thị xã, huyện, quận, xã, phường, thị trấn, đặc khu, nhận được "vùng"`],
    },
    {
      rule: "refuses a document number no rule writes, an address that is not https, and a document nothing can cite",
      fixture: "bad-code",
      expected: [
        `${DIR}/bad-code/documents.yaml:2 "code": cần số hiệu dạng 290-QĐ/TW, 123/2024/NĐ-CP hoặc 759/QĐ-TTg, nhận được "Nghị quyết mười tám"`,
        `${DIR}/bad-code/documents.yaml:3 "url": cần địa chỉ bản chính thức, bắt đầu bằng https://, nhận được "www.example.vn/nq-18"`,
        `${DIR}/bad-code/documents.yaml:4 "code": cần trường "code" (số hiệu dạng 290-QĐ/TW, 123/2024/NĐ-CP hoặc 759/QĐ-TTg) hoặc "spellings" (tên gọi bài viết dùng), để bài viết dẫn được tới văn bản, nhận được không có cả hai`,
      ],
    },
    {
      rule: "lets two documents share a number only in different years (Party numbering restarts each term)",
      fixture: "same-code",
      expected: [`${DIR}/same-code/documents.yaml:5 "code": cần số hiệu chưa có, hoặc "date" khác năm với văn bản cùng số (số hiệu đảng đánh lại từ đầu mỗi khóa), nhận được "18-NQ/TW" trùng với "18-nq-tw" (dòng 1)`],
    },
    {
      rule: "refuses a short form the glossary expands to another body, and warns of an abbreviation it lacks",
      fixture: "glossary-disagrees",
      expected: [
        `${DIR}/glossary-disagrees/bodies.yaml:3 "spellings": cần cách viết tắt mà content/abbreviations.yaml giải nghĩa khớp với tên "Ủy ban nhân dân tỉnh Thanh Hóa", nhận được "HĐND tỉnh", giải nghĩa thành "Hội đồng nhân dân tỉnh"`,
        `${DIR}/glossary-disagrees/bodies.yaml:6 "spellings": chữ viết tắt UBMTTQ trong "UBMTTQ tỉnh" chưa có trong content/abbreviations.yaml, nên không được giải nghĩa ở bài viết; thêm một dòng như \`UBMTTQ: …\`. (cảnh báo)`,
      ],
    },
    {
      rule: "refuses a register that is a list",
      fixture: "not-a-mapping",
      expected: [`${DIR}/not-a-mapping/places.yaml:1: cần các mục dạng \`ha-long:\` rồi \`name: Hạ Long\` và \`type: thành phố\` thụt lề bên dưới, nhận được nội dung khác`],
    },
  ])("$rule ($fixture)", ({ fixture, expected }) => {
    expect(assemble(fixture).messages).toEqual(expected);
  });

  it.each([
    ["a file that cannot be read", "bad-id", false],
    ["a rule across files only", "unknown-body", true],
  ])("calls the registers incomplete only for %s", (_name, fixture, complete) => {
    expect(assemble(fixture).complete).toBe(complete);
  });
});

describe("the shipped registers", () => {
  it("load with no problem against the shipped glossary", () => {
    const problems: Problem[] = [];
    const read: ReadRegisterFile = (name, parse) => {
      const file = `content/${name}`;
      return { entries: collect(parse(readFileSync(path.join(ROOT, file), "utf8"), file), problems), file };
    };
    const glossary = collect(parseGlossary(readFileSync(path.join(ROOT, "content/abbreviations.yaml"), "utf8"), "content/abbreviations.yaml"), problems) ?? new Map<string, string>();
    const { complete } = assembleRegisters(read, glossary, problems);
    expect({ complete, problems: problems.map(formatProblem) }).toEqual({ complete: true, problems: [] });
  });
});
