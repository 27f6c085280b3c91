import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findUnsetMastheadFields, formatMastheadLines, UNSET, type LegalMasthead } from "../../lib/legal-masthead";
import { loadContent } from "../../lib/load-content";
import { errorsOf, formatProblem } from "../../lib/problem";
import { parseSiteConfig } from "../../lib/site-config";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CASES = "tests/fixtures/content";

function parseCase(name: string) {
  const file = `${CASES}/${name}/site.yaml`;
  return parseSiteConfig(readFileSync(path.join(ROOT, file), "utf8"), file);
}

const COMPLETE: LegalMasthead = {
  governingBody: "Tỉnh ủy Quảng Ninh",
  licenceNumber: "SỐ-THỬ/GP",
  licenceIssuer: "Cơ quan cấp phép thử",
  licenceDate: "2021-01-12",
  editorInChief: "Nguyễn Văn Thử",
  address: "Số 1 đường Thử, TP Hạ Long",
  phone: "0203 3835 218",
  email: "toasoan@baotinh.vn",
};

describe("the legal masthead in site.yaml", () => {
  it("reads every field as written", () => {
    const result = parseCase("site-masthead-complete");
    expect(result.ok && result.value.masthead).toEqual(COMPLETE);
  });

  it("takes an empty field as not yet filled in, not as an error", () => {
    const result = parseSiteConfig('baseUrl: https://baotinh.vn\nphone:\nemail: ""\n', "content/site.yaml");
    expect(result.ok && result.value.masthead).toEqual({});
  });

  it.each([
    {
      rule: "refuses an email address without @",
      fixture: "site-email-without-at",
      expected: `${CASES}/site-email-without-at/site.yaml:11 "email": cần một địa chỉ thư điện tử như toasoan@baotinh.vn, nhận được "toasoan.baotinh.vn"`,
    },
    {
      rule: "refuses a phone number with letters",
      fixture: "site-phone-with-letters",
      expected: `${CASES}/site-phone-with-letters/site.yaml:10 "phone": cần một số điện thoại như 0203 3835 218 hoặc +84 203 3835 218, nhận được "gọi tổng đài"`,
    },
    {
      rule: "refuses a licence date that does not exist",
      fixture: "site-licence-date-impossible",
      expected: `${CASES}/site-licence-date-impossible/site.yaml:7 "licenceDate": cần ngày cấp giấy phép có thật, dạng 2021-01-12 (năm-tháng-ngày), nhận được "2021-02-30"`,
    },
    {
      rule: "refuses editorial principles that are not an address",
      fixture: "site-publishing-principles-not-an-address",
      expected: `${CASES}/site-publishing-principles-not-an-address/site.yaml:12 "publishingPrinciples": cần địa chỉ trang nguyên tắc biên tập: https://… hoặc đường dẫn bắt đầu bằng /, nhận được "nguyên tắc biên tập"`,
    },
  ])("$rule ($fixture)", ({ fixture, expected }) => {
    const result = parseCase(fixture);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([expected]);
  });

  it.each([
    ["12/01/2021", "a day written the Vietnamese way round"],
    ["2021-1-12", "a month without its leading zero"],
  ])("refuses the licence date %j (%s)", (date) => {
    const result = parseSiteConfig(`baseUrl: https://baotinh.vn\nlicenceDate: ${date}\n`, "content/site.yaml");
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `content/site.yaml:2 "licenceDate": cần ngày cấp giấy phép có thật, dạng 2021-01-12 (năm-tháng-ngày), nhận được "${date}"`,
    ]);
  });

  it.each(["https://baotinh.vn/nguyen-tac", "/nguyen-tac-bien-tap"])("accepts the editorial principles at %j", (address) => {
    const result = parseSiteConfig(`baseUrl: https://baotinh.vn\npublishingPrinciples: ${address}\n`, "content/site.yaml");
    expect(result.ok && result.value.masthead.publishingPrinciples).toBe(address);
  });
});

describe("findUnsetMastheadFields", () => {
  it("warns about every legal field of an empty masthead, in footer order", () => {
    expect(findUnsetMastheadFields({}, "content/site.yaml").map(formatProblem)).toEqual([
      'content/site.yaml "governingBody": cần tên cơ quan chủ quản (thông tin pháp lý bắt buộc, in ở chân mọi trang), nhận được để trống; chân trang đang in "(chưa khai báo)" (cảnh báo)',
      'content/site.yaml "licenceNumber": cần số giấy phép hoạt động báo điện tử (thông tin pháp lý bắt buộc, in ở chân mọi trang), nhận được để trống; chân trang đang in "(chưa khai báo)" (cảnh báo)',
      'content/site.yaml "licenceIssuer": cần tên cơ quan cấp giấy phép (thông tin pháp lý bắt buộc, in ở chân mọi trang), nhận được để trống; chân trang đang in "(chưa khai báo)" (cảnh báo)',
      'content/site.yaml "licenceDate": cần ngày cấp giấy phép dạng 2021-01-12 (thông tin pháp lý bắt buộc, in ở chân mọi trang), nhận được để trống; chân trang đang in "(chưa khai báo)" (cảnh báo)',
      'content/site.yaml "editorInChief": cần họ tên Tổng biên tập (thông tin pháp lý bắt buộc, in ở chân mọi trang), nhận được để trống; chân trang đang in "(chưa khai báo)" (cảnh báo)',
      'content/site.yaml "address": cần địa chỉ tòa soạn (thông tin pháp lý bắt buộc, in ở chân mọi trang), nhận được để trống; chân trang đang in "(chưa khai báo)" (cảnh báo)',
      'content/site.yaml "phone": cần số điện thoại tòa soạn (thông tin pháp lý bắt buộc, in ở chân mọi trang), nhận được để trống; chân trang đang in "(chưa khai báo)" (cảnh báo)',
      'content/site.yaml "email": cần địa chỉ thư điện tử của tòa soạn (thông tin pháp lý bắt buộc, in ở chân mọi trang), nhận được để trống; chân trang đang in "(chưa khai báo)" (cảnh báo)',
    ]);
  });

  it("says nothing about a complete masthead, nor about the optional editorial principles", () => {
    expect(findUnsetMastheadFields(COMPLETE, "content/site.yaml")).toEqual([]);
  });

  it("is what loadContent warns with, and only warns: a site missing its editor-in-chief still loads (site-masthead-without-editor)", () => {
    const dir = path.join(ROOT, CASES, "site-masthead-without-editor");
    const result = loadContent({ contentDir: dir, publicDir: path.join(dir, "public"), displayRoot: ROOT });
    expect(result.content).toBeDefined();
    expect(result.problems.map(formatProblem)).toEqual([
      `${CASES}/site-masthead-without-editor/site.yaml "editorInChief": cần họ tên Tổng biên tập (thông tin pháp lý bắt buộc, in ở chân mọi trang), nhận được để trống; chân trang đang in "(chưa khai báo)" (cảnh báo)`,
    ]);
    expect(errorsOf(result.problems)).toEqual([]);
  });
});

describe("formatMastheadLines", () => {
  it("prints the footer's lines, with the phone and email as links", () => {
    expect(formatMastheadLines(COMPLETE)).toEqual([
      { label: "Cơ quan chủ quản", text: "Tỉnh ủy Quảng Ninh" },
      { label: "Giấy phép", text: "số SỐ-THỬ/GP do Cơ quan cấp phép thử cấp ngày 12/01/2021" },
      { label: "Tổng biên tập", text: "Nguyễn Văn Thử" },
      { label: "Địa chỉ", text: "Số 1 đường Thử, TP Hạ Long" },
      { label: "Điện thoại", text: "0203 3835 218", href: "tel:02033835218" },
      { label: "Email", text: "toasoan@baotinh.vn", href: "mailto:toasoan@baotinh.vn" },
    ]);
  });

  it("prints a placeholder, never an invented value, for each field not set", () => {
    expect(formatMastheadLines({}).map((line) => [line.label, line.text, line.href])).toEqual([
      ["Cơ quan chủ quản", UNSET, undefined],
      ["Giấy phép", UNSET, undefined],
      ["Tổng biên tập", UNSET, undefined],
      ["Địa chỉ", UNSET, undefined],
      ["Điện thoại", UNSET, undefined],
      ["Email", UNSET, undefined],
    ]);
    expect(UNSET).toBe("(chưa khai báo)");
  });

  it.each<[string, LegalMasthead, string]>([
    ["number, issuer and date", { licenceNumber: "1/GP", licenceIssuer: "Bộ X", licenceDate: "2021-01-12" }, "số 1/GP do Bộ X cấp ngày 12/01/2021"],
    ["number and issuer", { licenceNumber: "1/GP", licenceIssuer: "Bộ X" }, "số 1/GP do Bộ X cấp"],
    ["number and date", { licenceNumber: "1/GP", licenceDate: "2021-01-12" }, "số 1/GP, cấp ngày 12/01/2021"],
    ["the number alone", { licenceNumber: "1/GP" }, "số 1/GP"],
    ["no number", { licenceIssuer: "Bộ X", licenceDate: "2021-01-12" }, UNSET],
  ])("words a licence with %s as the papers do", (_name, masthead, text) => {
    expect(formatMastheadLines(masthead)[1]).toEqual({ label: "Giấy phép", text });
  });

  it("links the editorial principles when given", () => {
    expect(formatMastheadLines({ publishingPrinciples: "/nguyen-tac" }).at(-1)).toEqual({
      label: "Nguyên tắc biên tập",
      text: "Đọc nguyên tắc biên tập của tòa soạn",
      href: "/nguyen-tac",
    });
  });

  it("dials a phone number written with dots, brackets and a country code", () => {
    expect(formatMastheadLines({ phone: "+84 (203) 3.835.218" })[4]?.href).toBe("tel:+842033835218");
  });
});
