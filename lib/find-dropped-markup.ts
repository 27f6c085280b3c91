import type { BodyMarkup, MarkdownFacts } from "./analyse-markdown";
import { warningAt, type Problem } from "./problem";
import { SANITIZE_SCHEMA } from "./render-markdown";

/** URL schemes a link keeps (`https`, `mailto`…); a link with any other loses its address. */
export const LINK_PROTOCOLS: readonly string[] = SANITIZE_SCHEMA.protocols?.href ?? [];

/** Where the guide explains embedding a video or a recording. */
export const VIDEO_GUIDE = "dùng khối ```video (hoặc ```audio) như hướng dẫn ở content/README.md, mục Video và âm thanh";

const EMBEDS = new Set(["iframe", "video", "audio", "embed", "object", "source"]);
const CODE = new Set(["script", "style", "noscript"]);
const FORMATTING = new Set(["b", "strong", "i", "em", "u", "span", "font", "small", "big", "sup", "sub", "mark", "s", "strike"]);

/**
 * Whether the sanitiser keeps a link's address: one without a scheme (`/bai-viet/…`,
 * `#muc-2`, `trang?a=b:c`) or with one of {@link LINK_PROTOCOLS} written exactly as listed
 * (the sanitiser compares case-sensitively, so `HTTPS://…` loses its address too).
 *
 * @example keepsLinkAddress("javascript:alert(1)") // false
 */
export function keepsLinkAddress(url: string): boolean {
  const colon = url.indexOf(":");
  // A colon after the first /, ? or # belongs to a path, a query or a fragment, not a scheme.
  const boundaries = [url.indexOf("/"), url.indexOf("?"), url.indexOf("#")].filter((index) => index !== -1);
  if (colon === -1 || boundaries.some((index) => colon > index)) return true;
  return LINK_PROTOCOLS.includes(url.slice(0, colon));
}

/**
 * A warning for everything in a body that the sanitiser drops without a word (raw HTML,
 * a link whose address it removes), saying at its line what the reader sees instead.
 * HTML comments are not warned about: the reader not seeing them is what they are for.
 */
export function findDroppedMarkup(facts: Pick<MarkdownFacts, "markup" | "links">, file: string): Problem[] {
  const warnings: Problem[] = [];
  const seen = new Set<string>();
  const add = (line: number, message: string): void => {
    // `<b>a</b> và <b>b</b>` is one thing to fix on that line, not two.
    if (seen.has(`${line}:${message}`)) return;
    seen.add(`${line}:${message}`);
    warnings.push(warningAt({ file, line }, message));
  };
  for (const markup of facts.markup) {
    const message = describeMarkup(markup);
    if (message !== undefined) add(markup.line, message);
  }
  for (const link of facts.links) {
    if (keepsLinkAddress(link.url)) continue;
    const text = link.text === undefined || link.text.trim() === "" ? "chữ của liên kết" : `chữ ${JSON.stringify(link.text.trim())}`;
    add(
      link.line,
      `liên kết ${JSON.stringify(truncate(link.url))} sẽ bị bỏ địa chỉ: bạn đọc chỉ thấy ${text}, không bấm được. Chỉ dùng địa chỉ bắt đầu bằng https://, http://, mailto: hoặc / (trang trong báo), viết chữ thường.`,
    );
  }
  return warnings;
}

/** What the reader sees instead of one piece of raw HTML; undefined for comments and closing tags. */
function describeMarkup(markup: BodyMarkup): string | undefined {
  const tag = /^<([A-Za-z][A-Za-z0-9-]*)/.exec(markup.html.trim())?.[1]?.toLowerCase();
  if (tag === undefined) return undefined;
  const handler = /\son[a-z]+\s*=/i.test(markup.html) ? " (kể cả mã chạy khi bấm hay khi tải, như onclick, onerror)" : "";
  if (EMBEDS.has(tag)) {
    return `khung nhúng <${tag}> (video, bản đồ, bài đăng mạng xã hội…) sẽ bị bỏ${handler}: bạn đọc không thấy gì ở chỗ này. Để nhúng video hay âm thanh, ${VIDEO_GUIDE}.`;
  }
  if (CODE.has(tag)) return `mã <${tag}> sẽ bị bỏ: bạn đọc không thấy gì ở chỗ này. Bài không được chứa mã chạy trên trang.`;
  if (tag === "table" || tag === "tr" || tag === "td" || tag === "th" || tag === "tbody" || tag === "thead") {
    return `bảng HTML (<${tag}>, thường do dán từ Word) sẽ bị bỏ cùng mọi chữ trong bảng: bạn đọc không thấy gì ở chỗ này. Viết lại nội dung bảng thành đoạn văn hoặc danh sách (mỗi dòng bắt đầu bằng "- ").`;
  }
  if (tag === "br") return "thẻ <br> sẽ bị bỏ: bạn đọc thấy hai phần chữ dính liền nhau. Muốn xuống dòng, tách thành hai đoạn bằng một dòng trống.";
  if (tag === "img") return `ảnh viết bằng HTML (<img>) sẽ bị bỏ${handler}: bạn đọc không thấy ảnh. Viết ![mô tả ảnh](/images/… "Chú thích") trên một dòng riêng.`;
  if (tag === "a") return `liên kết viết bằng HTML (<a>) sẽ bị bỏ${handler}: bạn đọc chỉ thấy chữ, không bấm được. Viết [chữ hiện ra](https://…).`;
  if (markup.inline && FORMATTING.has(tag)) {
    return `thẻ HTML <${tag}> sẽ bị bỏ${handler}: bạn đọc chỉ thấy chữ, không có định dạng. Viết **chữ đậm** hoặc *chữ nghiêng*.`;
  }
  if (markup.inline) return `thẻ HTML <${tag}> sẽ bị bỏ${handler}: bạn đọc chỉ thấy phần chữ ngoài thẻ. Viết bằng Markdown (xem content/README.md, mục Thân bài).`;
  return `mã HTML <${tag}> sẽ bị bỏ cùng mọi chữ bên trong${handler}: bạn đọc không thấy gì ở chỗ này. Viết bằng Markdown (xem content/README.md, mục Thân bài).`;
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
