import { isRecord } from "./parse-front-matter";
import { fail, succeed, type ParseResult } from "./parse-result";
import { normaliseText } from "./parse-text-file";
import { parseYaml } from "./parse-yaml";
import { slugify } from "./slugify";
import { describeValue, expected, type Problem } from "./problem";
import { FieldReader, fieldPlaces } from "./read-fields";
import type { Section } from "./article";
import { MASTHEAD_FIELDS, readLegalMasthead, type LegalMasthead } from "./legal-masthead";

/** Site-wide settings from `content/site.yaml`. */
export interface SiteConfig {
  readonly name: string;
  readonly baseUrl: string;
  readonly description: string;
  readonly timeZone: string;
  /** Newspaper or agency named as publisher in structured data and feeds. */
  readonly publisher: string;
  /** What the law has an online paper print about itself: footer and publisher JSON-LD. */
  readonly masthead: LegalMasthead;
}

const DEFAULT_NAME = "Báo Tỉnh";
/** The most characters of one setting (a site description is the longest). */
const SETTING_MAX_LENGTH = 300;
const SITE_FIELDS = ["name", "baseUrl", "description", "timeZone", "publisher", ...MASTHEAD_FIELDS];

/** Parses `content/site.yaml`; only `baseUrl` is required, the rest have defaults or (the legal masthead) may wait. */
export function parseSiteConfig(text: string, file: string): ParseResult<SiteConfig> {
  const yaml = parseYaml(normaliseText(text), file, 1);
  if (!yaml.ok) return yaml;
  const { data, keyLines } = yaml.value;
  if (!isRecord(data)) {
    const found = data === null || data === undefined ? "tệp rỗng" : describeValue(data);
    return fail([expected({ file, line: 1 }, "các dòng `trường: giá trị`, ít nhất `baseUrl: https://…`", found)]);
  }
  const problems: Problem[] = [];
  const at = fieldPlaces(file, keyLines);
  const reader = new FieldReader(data, at, problems, { absentAsEmpty: true });
  // A misspelt key would otherwise be ignored and its default used without a word.
  reader.refuseUnknownFields(SITE_FIELDS);
  // Every setting is printed on every page (the masthead, <title>, feeds), so each gets
  // the invisible-character rule and a length a masthead can hold.
  const setting = (field: string, fallback?: string): string | undefined =>
    reader.text(field, { fallback, required: fallback === undefined, expects: "một chuỗi không rỗng", refuseInvisible: `"${field}"`, maxLength: SETTING_MAX_LENGTH });
  const name = setting("name", DEFAULT_NAME);
  const baseUrl = (setting("baseUrl") ?? "").replace(/\/+$/, "");
  if (baseUrl !== "" && !/^https?:\/\/[^/\s?#]+$/.test(baseUrl)) {
    problems.push(expected(at("baseUrl"), "địa chỉ gốc dạng https://baotinh.vn (không có đường dẫn, ? hay # phía sau)", JSON.stringify(baseUrl)));
  }
  const description = setting("description", "") ?? "";
  const timeZone = setting("timeZone", "Asia/Ho_Chi_Minh") ?? "";
  if (timeZone !== "" && !isTimeZone(timeZone)) {
    problems.push(expected(at("timeZone"), "tên múi giờ IANA như Asia/Ho_Chi_Minh", JSON.stringify(timeZone)));
  }
  const publisher = setting("publisher", name ?? DEFAULT_NAME);
  const masthead = readLegalMasthead(reader);
  if (problems.length > 0 || name === undefined || publisher === undefined) return fail(problems);
  return succeed({ name, baseUrl, description, timeZone, publisher, masthead });
}

/** Parses `content/sections.yaml`: a list of `{ name, description? }`, in menu order. */
export function parseSections(text: string, file: string): ParseResult<readonly Section[]> {
  const yaml = parseYaml(normaliseText(text), file, 1);
  if (!yaml.ok) return yaml;
  const { data, itemLines } = yaml.value;
  if (!Array.isArray(data) || data.length === 0) {
    return fail([expected({ file, line: 1 }, "danh sách chuyên mục, mỗi mục `- name: Tên`", describeValue(data))]);
  }
  const problems: Problem[] = [];
  const sections: Section[] = [];
  data.forEach((entry: unknown, index) => {
    const item = isRecord(entry) ? entry : { name: entry };
    const place = { file, line: itemLines[index], field: `name (mục ${index + 1})` };
    const reader = new FieldReader(item, () => place, problems, { absentAsEmpty: true });
    // A name of punctuation alone has no slug to make the section's URL from.
    const name = reader.text("name", { required: true, expects: "tên chuyên mục không rỗng", accept: (typed) => slugify(typed) !== "" });
    if (name === undefined) return;
    const slug = slugify(name);
    // A description that is not text has always been ignored rather than refused; kept so.
    const description = typeof item.description === "string" ? item.description.trim() : "";
    if (sections.some((section) => section.slug === slug)) problems.push(expected(place, "tên chuyên mục không trùng", JSON.stringify(name)));
    else sections.push({ name, slug, description });
  });
  return problems.length > 0 ? fail(problems) : succeed(sections);
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
