import { normaliseDocumentCode } from "./find-citations";
import type { ParseResult } from "./parse-result";
import { describeValue, expected } from "./problem";
import { readDay, readRegister } from "./read-register";
import type { DocumentEntry } from "./registers";

/** Fields of a document in content/documents.yaml. */
export const DOCUMENT_FIELDS = ["code", "kind", "title", "issuer", "date", "url", "spellings"] as const;

const CODE_FORM = "số hiệu dạng 290-QĐ/TW, 123/2024/NĐ-CP hoặc 759/QĐ-TTg";

/** Parses content/documents.yaml: each document's number, kind, title, issuer, date and official address. */
export function parseDocuments(text: string, file: string): ParseResult<ReadonlyMap<string, DocumentEntry>> {
  return readRegister(text, file, { example: "`290-qd-tw:` rồi `code: 290-QĐ/TW` thụt lề bên dưới" }, (entry) => {
    entry.reader.refuseUnknownFields([...DOCUMENT_FIELDS]);
    const written = entry.reader.text("code", { expects: CODE_FORM });
    const code = written === undefined ? undefined : normaliseDocumentCode(written);
    if (written !== undefined && code === undefined) entry.problems.push(expected(entry.at("code"), CODE_FORM, describeValue(written)));
    const kind = entry.reader.text("kind", { expects: "loại văn bản như Quyết định", maxLength: 60 });
    const title = entry.reader.text("title", { expects: "trích yếu không rỗng", refuseInvisible: "trích yếu", maxLength: 500 });
    const issuer = entry.reader.text("issuer", { expects: "mã cơ quan ban hành trong content/bodies.yaml" });
    const date = readDay(entry, "date");
    const url = entry.reader.text("url", { expects: "địa chỉ bản chính thức, bắt đầu bằng https://", accept: (value) => /^https:\/\/[^\s]+$/.test(value) });
    const spellings = entry.reader.list("spellings", { expects: "danh sách tên gọi như [Đề án 25]", refuseInvisible: "tên gọi", maxLength: 200 }) ?? [];
    if (written === undefined && spellings.length === 0) {
      entry.problems.push(expected(entry.at("code"), `trường "code" (${CODE_FORM}) hoặc "spellings" (tên gọi bài viết dùng), để bài viết dẫn được tới văn bản`, "không có cả hai"));
    }
    return { id: entry.id, code, kind, title, issuer, date, url, spellings, lines: entry.fieldLines };
  });
}
