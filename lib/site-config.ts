import { isRecord } from "./parse-front-matter";
import { parseYaml } from "./parse-yaml";
import { slugify } from "./slugify";
import { describeValue, expected, problemAt, type Problem } from "./problem";
import { unsupportedFieldMessage } from "./suggest-field";
import type { Section } from "./article";

/** Site-wide settings from `content/site.yaml`. */
export interface SiteConfig {
  readonly name: string;
  readonly baseUrl: string;
  readonly description: string;
  readonly timeZone: string;
  /** Newspaper or agency named as publisher in structured data and feeds. */
  readonly publisher: string;
}

/** Parsed settings or the problems that stop them being read. */
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly Problem[] };

const DEFAULT_NAME = "Báo Tỉnh";
const SITE_FIELDS = ["name", "baseUrl", "description", "timeZone", "publisher"];

/** Parses `content/site.yaml`; only `baseUrl` is required, the rest have defaults. */
export function parseSiteConfig(text: string, file: string): ParseResult<SiteConfig> {
  const yaml = parseYaml(text.normalize("NFC"), file, 1);
  if (!yaml.ok) return yaml;
  if (!isRecord(yaml.value)) {
    const found = yaml.value === null || yaml.value === undefined ? "tệp rỗng" : describeValue(yaml.value);
    return { ok: false, problems: [expected({ file, line: 1 }, "các dòng `trường: giá trị`, ít nhất `baseUrl: https://…`", found)] };
  }
  const data = yaml.value;
  const at = (field: string) => ({ file, line: yaml.keyLines.get(field), field });
  const problems: Problem[] = [];
  // A misspelt key would otherwise be ignored and its default used without a word.
  for (const key of Object.keys(data)) {
    if (!SITE_FIELDS.includes(key)) problems.push(problemAt(at(key), unsupportedFieldMessage(key, SITE_FIELDS)));
  }
  const text$ = (field: string, fallback?: string): string => {
    const value = data[field] ?? fallback;
    if (typeof value === "string" && (value.trim() !== "" || fallback === "")) return value.trim();
    problems.push(expected(at(field), "một chuỗi không rỗng", describeValue(value)));
    return "";
  };
  const name = text$("name", DEFAULT_NAME);
  const baseUrl = text$("baseUrl").replace(/\/+$/, "");
  if (baseUrl !== "" && !/^https?:\/\/[^/\s?#]+$/.test(baseUrl)) {
    problems.push(expected(at("baseUrl"), "địa chỉ gốc dạng https://baotinh.vn (không có đường dẫn, ? hay # phía sau)", JSON.stringify(baseUrl)));
  }
  const description = text$("description", "");
  const timeZone = text$("timeZone", "Asia/Ho_Chi_Minh");
  if (timeZone !== "" && !isTimeZone(timeZone)) {
    problems.push(expected(at("timeZone"), "tên múi giờ IANA như Asia/Ho_Chi_Minh", JSON.stringify(timeZone)));
  }
  const publisher = text$("publisher", name || DEFAULT_NAME);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { name, baseUrl, description, timeZone, publisher } };
}

/** Parses `content/sections.yaml`: a list of `{ name, description? }`, in menu order. */
export function parseSections(text: string, file: string): ParseResult<readonly Section[]> {
  const yaml = parseYaml(text.normalize("NFC"), file, 1);
  if (!yaml.ok) return yaml;
  if (!Array.isArray(yaml.value) || yaml.value.length === 0) {
    return { ok: false, problems: [expected({ file, line: 1 }, "danh sách chuyên mục, mỗi mục `- name: Tên`", describeValue(yaml.value))] };
  }
  const problems: Problem[] = [];
  const sections: Section[] = [];
  yaml.value.forEach((entry: unknown, index) => {
    const item = isRecord(entry) ? entry : { name: entry };
    const name = typeof item.name === "string" ? item.name.trim() : "";
    const description = typeof item.description === "string" ? item.description.trim() : "";
    const slug = slugify(name);
    const place = { file, line: yaml.itemLines[index], field: `name (mục ${index + 1})` };
    if (slug === "") problems.push(expected(place, "tên chuyên mục không rỗng", describeValue(item.name)));
    else if (sections.some((section) => section.slug === slug)) problems.push(expected(place, "tên chuyên mục không trùng", JSON.stringify(name)));
    else sections.push({ name, slug, description });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: sections };
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
