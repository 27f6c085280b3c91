import type { ArticleMedia, MediaKind } from "./article";
import { isRecord } from "./parse-front-matter";
import { fail, succeed, type ParseResult } from "./parse-result";
import { parseYaml } from "./parse-yaml";
import { describeValue, expected, type Problem } from "./problem";
import { FieldReader, fieldPlaces } from "./read-fields";

// Video and audio in a body are one syntax, a fenced block named for what it holds, with
// YAML fields inside, as editors already write front matter:
//
//   ```video
//   src: /media/2026/12/ky-hop.mp4      (or https://www.youtube.com/watch?v=… for a video site)
//   poster: /images/2026/12/ky-hop.jpg
//   caption: Quang cảnh kỳ họp.
//   credit: Đài PT-TH tỉnh
//   ```
//
// A block the site cannot read as such is an editor's mistake, reported with its line; a
// file that does not render as a player never reaches a reader.

/** A ```video or ```audio block found in a body, before its fields are read. */
export interface MediaBlock {
  readonly kind: MediaKind;
  /** The YAML between the fences. */
  readonly yaml: string;
  /** Line of the opening fence in the file. */
  readonly line: number;
}

/** The info strings that make a fenced block a media block. */
export const MEDIA_KINDS: readonly MediaKind[] = ["video", "audio"];

/** File types a reader's browser plays, by extension, with the MIME type they are served as. */
export const MEDIA_TYPES: Readonly<Record<MediaKind, Readonly<Record<string, string>>>> = {
  video: { mp4: "video/mp4", webm: "video/webm" },
  audio: { mp3: "audio/mpeg", m4a: "audio/mp4", ogg: "audio/ogg", oga: "audio/ogg" },
};

const FIELDS: Readonly<Record<MediaKind, readonly string[]>> = {
  video: ["src", "poster", "caption", "credit"],
  audio: ["src", "caption", "credit"],
};

const WORD: Readonly<Record<MediaKind, string>> = { video: "video", audio: "âm thanh" };

/**
 * The MIME type of a media file from its extension, or undefined for one browsers do not play.
 *
 * @example mediaTypeOf("video", "/media/2026/12/ky-hop.mp4") // "video/mp4"
 */
export function mediaTypeOf(kind: MediaKind, src: string): string | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(src.split(/[?#]/)[0] ?? "")?.[1]?.toLowerCase() ?? "";
  return MEDIA_TYPES[kind][extension];
}

/**
 * Reads one media block into an {@link ArticleMedia}, or every problem with it. Whether
 * its files exist (under public/, the poster under content/images/) is checked by the loader, which sees the folders.
 */
export function parseMediaBlock(block: MediaBlock, file: string): ParseResult<ArticleMedia> {
  const yaml = parseYaml(block.yaml, file, block.line + 1);
  if (!yaml.ok) return yaml;
  const { data, keyLines } = yaml.value;
  const fields = FIELDS[block.kind];
  if (!isRecord(data)) {
    const found = data === null || data === undefined ? "khối trống" : describeValue(data);
    return fail([expected({ file, line: block.line }, `các dòng \`trường: giá trị\` trong khối \`\`\`${block.kind} (${fields.join(", ")})`, found)]);
  }
  const problems: Problem[] = [];
  const at = fieldPlaces(file, keyLines, block.line);
  const reader = new FieldReader(data, at, problems);
  reader.refuseUnknownFields(fields);
  const src = reader.text("src", { required: true, expects: sourceForm(block.kind) });
  const external = src !== undefined && /^https?:/i.test(src);
  if (src !== undefined && !isSource(block.kind, src)) problems.push(expected(at("src"), sourceForm(block.kind), JSON.stringify(src)));
  const caption = reader.text("caption", { required: true, expects: `chú thích ${WORD[block.kind]} hiện dưới khung phát` });
  const credit = reader.text("credit", { expects: "tên người hoặc đơn vị thực hiện" });
  const poster = block.kind === "video" ? reader.text("poster", { required: true, expects: POSTER_FORM }) : undefined;
  // The video site's own thumbnail would be a request to that site before the reader taps.
  if (poster !== undefined && !isLocalPath(poster)) problems.push(expected(at("poster"), POSTER_FORM, JSON.stringify(poster)));
  if (problems.length > 0 || src === undefined || caption === undefined) return fail(problems);
  const posterLine = poster === undefined ? undefined : at("poster").line;
  return succeed({ kind: block.kind, src, external, poster, posterLine, caption, credit, line: block.line });
}

const POSTER_FORM = "ảnh đại diện là ảnh gốc trong thư mục content/images/, đường dẫn bắt đầu bằng /images/ (như /images/2026/12/ky-hop.jpg), không phải ảnh trên trang khác";

function sourceForm(kind: MediaKind): string {
  const types = Object.keys(MEDIA_TYPES[kind]).map((extension) => `.${extension}`).join(", ");
  const local = `tệp ${WORD[kind]} (${types}) trong thư mục public/, đường dẫn bắt đầu bằng / (như /media/2026/12/ky-hop.${kind === "video" ? "mp4" : "mp3"})`;
  return kind === "video" ? `${local}, hoặc địa chỉ https:// của video trên YouTube hay trang video khác` : local;
}

function isSource(kind: MediaKind, src: string): boolean {
  if (kind === "video" && /^https:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i.test(src)) return true;
  return isLocalPath(src) && mediaTypeOf(kind, src) !== undefined;
}

function isLocalPath(path: string): boolean {
  return /^\/(?!\/)\S*$/.test(path);
}
