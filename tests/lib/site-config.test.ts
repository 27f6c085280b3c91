import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../lib/problem";
import { parseSections, parseSiteConfig } from "../../lib/site-config";

const SITE = "content/site.yaml";
const SECTIONS = "content/sections.yaml";

function problems(result: { ok: true } | { ok: false; problems: readonly Parameters<typeof formatProblem>[0][] }): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe("parseSiteConfig", () => {
  it("reads every setting", () => {
    const text = "name: Báo Quảng Ninh\nbaseUrl: https://baoquangninh.vn\ndescription: Tin tỉnh.\ntimeZone: Asia/Bangkok\npublisher: Tỉnh ủy Quảng Ninh\n";
    expect(parseSiteConfig(text, SITE)).toEqual({
      ok: true,
      value: {
        name: "Báo Quảng Ninh",
        baseUrl: "https://baoquangninh.vn",
        description: "Tin tỉnh.",
        timeZone: "Asia/Bangkok",
        publisher: "Tỉnh ủy Quảng Ninh",
        masthead: {},
      },
    });
  });

  it("defaults the name, the Vietnam time zone, and a publisher equal to the name", () => {
    expect(parseSiteConfig("baseUrl: https://baotinh.vn\ndescription: Tin tỉnh.\n", SITE)).toEqual({
      ok: true,
      value: { name: "Báo Tỉnh", baseUrl: "https://baotinh.vn", description: "Tin tỉnh.", timeZone: "Asia/Ho_Chi_Minh", publisher: "Báo Tỉnh", masthead: {} },
    });
    const named = parseSiteConfig("name: Báo Quảng Ninh\nbaseUrl: https://baotinh.vn\ndescription: Tin tỉnh.\n", SITE);
    expect(named.ok && named.value.publisher).toBe("Báo Quảng Ninh");
  });

  it.each(["https://baotinh.vn/", "https://baotinh.vn///"])("drops the trailing slash of %j", (baseUrl) => {
    const result = parseSiteConfig(`baseUrl: ${baseUrl}\ndescription: Tin tỉnh.\n`, SITE);
    expect(result.ok && result.value.baseUrl).toBe("https://baotinh.vn");
  });

  it("accepts an http:// base URL with a port", () => {
    const result = parseSiteConfig("baseUrl: http://localhost:3000\ndescription: Tin tỉnh.\n", SITE);
    expect(result.ok && result.value.baseUrl).toBe("http://localhost:3000");
  });

  it("requires baseUrl", () => {
    expect(problems(parseSiteConfig("name: Báo Tỉnh\ndescription: Tin tỉnh.\n", SITE))).toEqual([
      `${SITE} "baseUrl": cần một chuỗi không rỗng, nhận được để trống`,
    ]);
  });

  it.each([
    ["a path after the host", "https://baotinh.vn/tin-tuc", '"https://baotinh.vn/tin-tuc"'],
    ["no scheme", "baotinh.vn", '"baotinh.vn"'],
    ["another scheme", "ftp://baotinh.vn", '"ftp://baotinh.vn"'],
    ["a query after the host", "https://baotinh.vn?x=1", '"https://baotinh.vn?x=1"'],
    ["a fragment after the host", "https://baotinh.vn#tin", '"https://baotinh.vn#tin"'],
  ])("refuses a base URL with %s", (_name, baseUrl, found) => {
    expect(problems(parseSiteConfig(`name: Báo Tỉnh\nbaseUrl: ${baseUrl}\ndescription: Tin tỉnh.\n`, SITE))).toEqual([
      `${SITE}:2 "baseUrl": cần địa chỉ gốc dạng https://baotinh.vn (không có đường dẫn, ? hay # phía sau), nhận được ${found}`,
    ]);
  });

  it.each(["Asia/Hanoi", "Gio/Viet_Nam", "GMT+7"])("refuses the time zone %j that IANA does not know", (timeZone) => {
    expect(problems(parseSiteConfig(`baseUrl: https://baotinh.vn\ndescription: Tin tỉnh.\ntimeZone: ${timeZone}\n`, SITE))).toEqual([
      `${SITE}:3 "timeZone": cần tên múi giờ IANA như Asia/Ho_Chi_Minh, nhận được "${timeZone}"`,
    ]);
  });

  it("refuses a name that is not text", () => {
    expect(problems(parseSiteConfig("name: [Báo, Tỉnh]\nbaseUrl: https://baotinh.vn\ndescription: Tin tỉnh.\npublisher: Báo Tỉnh\n", SITE))).toEqual([
      `${SITE}:1 "name": cần một chuỗi không rỗng, nhận được một danh sách 2 mục`,
    ]);
  });

  it("collects every bad setting at once", () => {
    expect(problems(parseSiteConfig("baseUrl: baotinh.vn\ndescription: Tin tỉnh.\ntimeZone: Asia/Hanoi\n", SITE))).toHaveLength(2);
  });

  it("passes on a YAML syntax error", () => {
    expect(problems(parseSiteConfig("name: Báo\nbaseUrl: [https://baotinh.vn\n", SITE))).toEqual([
      `${SITE}:2: YAML sai cú pháp: danh sách mở bằng "[" nhưng chưa đóng bằng "]". Sửa dòng thành: \`baseUrl: [https://baotinh.vn]\``,
    ]);
  });
});

describe("parseSections", () => {
  it("reads sections in menu order with their slugs and descriptions", () => {
    expect(parseSections("- name: Chính trị\n  description: Hoạt động của Đảng.\n- name: Kinh tế\n", SECTIONS)).toEqual({
      ok: true,
      value: [
        { name: "Chính trị", slug: "chinh-tri", description: "Hoạt động của Đảng." },
        { name: "Kinh tế", slug: "kinh-te", description: "" },
      ],
    });
  });

  it("accepts a bare name as a section", () => {
    const result = parseSections("- Xã hội\n", SECTIONS);
    expect(result.ok && result.value).toEqual([{ name: "Xã hội", slug: "xa-hoi", description: "" }]);
  });

  it("normalises names typed in NFD to NFC", () => {
    const result = parseSections("- name: Văn hóa\n".normalize("NFD"), SECTIONS);
    expect(result.ok && result.value).toEqual([{ name: "Văn hóa".normalize("NFC"), slug: "van-hoa", description: "" }]);
  });

  it("refuses two sections with the same slug, naming the second", () => {
    expect(problems(parseSections("- name: Chính trị\n- name: Kinh tế\n- name: Chinh tri\n", SECTIONS))).toEqual([
      `${SECTIONS}:3 "name (mục 3)": cần tên chuyên mục không trùng, nhận được "Chinh tri"`,
    ]);
  });

  it("refuses a section without a name", () => {
    expect(problems(parseSections('- name: Chính trị\n- name: ""\n- description: Không tên\n', SECTIONS))).toEqual([
      `${SECTIONS}:2 "name (mục 2)": cần tên chuyên mục không rỗng, nhận được chuỗi rỗng`,
      `${SECTIONS}:3 "name (mục 3)": cần tên chuyên mục không rỗng, nhận được để trống`,
    ]);
  });

  it.each([
    ["a map", "name: Chính trị\n", "một nhóm trường lồng nhau"],
    ["an empty list", "[]\n", "một danh sách 0 mục"],
    ["an empty file", "", "để trống"],
  ])("refuses %s instead of a list of sections", (_name, text, found) => {
    expect(problems(parseSections(text, SECTIONS))).toEqual([
      `${SECTIONS}:1: cần danh sách chuyên mục, mỗi mục \`- name: Tên\`, nhận được ${found}`,
    ]);
  });
});

describe("parseSiteConfig optional settings", () => {
  it("needs only baseUrl: description may be left out", () => {
    const result = parseSiteConfig("baseUrl: https://baotinh.vn\n", SITE);
    expect(result.ok && result.value).toEqual({
      name: "Báo Tỉnh",
      baseUrl: "https://baotinh.vn",
      description: "",
      timeZone: "Asia/Ho_Chi_Minh",
      publisher: "Báo Tỉnh",
      masthead: {},
    });
  });

  it("names an empty site.yaml as empty", () => {
    expect(problems(parseSiteConfig("# chỉ có ghi chú\n", SITE))).toEqual([
      `${SITE}:1: cần các dòng \`trường: giá trị\`, ít nhất \`baseUrl: https://…\`, nhận được tệp rỗng`,
    ]);
  });

  it("lists the valid keys when a wrong one is nothing like any of them", () => {
    expect(problems(parseSiteConfig("baseUrl: https://baotinh.vn\nlogo: /logo.png\n", SITE))).toEqual([
      `${SITE}:2 "logo": trường không được hỗ trợ (các trường hợp lệ: name, baseUrl, description, timeZone, publisher, governingBody, licenceNumber, licenceIssuer, licenceDate, editorInChief, address, phone, email, publishingPrinciples).`,
    ]);
  });

  it("reports a bad name once, not again as a bad publisher", () => {
    expect(problems(parseSiteConfig("name: 5\nbaseUrl: https://baotinh.vn\n", SITE))).toEqual([
      `${SITE}:1 "name": cần một chuỗi không rỗng, nhận được 5 (không phải chuỗi)`,
    ]);
  });
});

describe("parseSiteConfig and parseSections on fixture folders, one per rule", () => {
  const cases = "tests/fixtures/content";
  const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");

  it.each([
    {
      rule: "requires baseUrl",
      fixture: "site-without-base-url",
      expected: `${cases}/site-without-base-url/site.yaml "baseUrl": cần một chuỗi không rỗng, nhận được để trống`,
    },
    {
      rule: "refuses a base URL with a path after the host",
      fixture: "site-base-url-with-path",
      expected: `${cases}/site-base-url-with-path/site.yaml:2 "baseUrl": cần địa chỉ gốc dạng https://baotinh.vn (không có đường dẫn, ? hay # phía sau), nhận được "https://baotinh.vn/tin-tuc"`,
    },
    {
      rule: "refuses a key it does not know, suggesting the one meant",
      fixture: "site-misspelt-key",
      expected: `${cases}/site-misspelt-key/site.yaml:3 "timezone": trường không được hỗ trợ (có phải là "timeZone"?).`,
    },
    {
      rule: "refuses a site.yaml that is a list, not key: value lines",
      fixture: "site-as-list",
      expected: `${cases}/site-as-list/site.yaml:1: cần các dòng \`trường: giá trị\`, ít nhất \`baseUrl: https://…\`, nhận được một danh sách 2 mục`,
    },
    {
      rule: "refuses a time zone IANA does not know",
      fixture: "site-unknown-time-zone",
      expected: `${cases}/site-unknown-time-zone/site.yaml:4 "timeZone": cần tên múi giờ IANA như Asia/Ho_Chi_Minh, nhận được "Asia/Hanoi"`,
    },
  ])("site.yaml: $rule ($fixture)", ({ fixture, expected }) => {
    const file = `${cases}/${fixture}/site.yaml`;
    expect(problems(parseSiteConfig(read(file), file))).toEqual([expected]);
  });

  it.each([
    {
      rule: "refuses sections written as a mapping instead of a list",
      fixture: "sections-not-a-list",
      expected: `${cases}/sections-not-a-list/sections.yaml:1: cần danh sách chuyên mục, mỗi mục \`- name: Tên\`, nhận được một nhóm trường lồng nhau`,
    },
    {
      rule: "refuses a section whose name has the slug of an earlier one",
      fixture: "sections-duplicate-name",
      expected: `${cases}/sections-duplicate-name/sections.yaml:3 "name (mục 3)": cần tên chuyên mục không trùng, nhận được "Chinh tri"`,
    },
    {
      rule: "refuses a section without a name",
      fixture: "sections-without-name",
      expected: `${cases}/sections-without-name/sections.yaml:2 "name (mục 2)": cần tên chuyên mục không rỗng, nhận được để trống`,
    },
  ])("sections.yaml: $rule ($fixture)", ({ fixture, expected }) => {
    const file = `${cases}/${fixture}/sections.yaml`;
    expect(problems(parseSections(read(file), file))).toEqual([expected]);
  });
});
