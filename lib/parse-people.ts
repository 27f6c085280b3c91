import { isRecord } from "./parse-front-matter";
import type { ParseResult } from "./parse-result";
import { describeValue, expected } from "./problem";
import { checkPeriod, fieldGroup, readDay, readDays, readRegister, type FieldGroup } from "./read-register";
import type { Office, Person } from "./registers";

/** Fields of a person in content/people.yaml. */
export const PERSON_FIELDS = ["name", "spellings", "offices"] as const;
/** Fields of one office of a person. */
export const OFFICE_FIELDS = ["title", "body", "from", "to", "as_of"] as const;

const NAME = { refuseInvisible: "tên", maxLength: 100 } as const;

/** Parses content/people.yaml: each person's name, other spellings and offices. */
export function parsePeople(text: string, file: string): ParseResult<ReadonlyMap<string, Person>> {
  return readRegister(text, file, { example: "`nguyen-van-doc:` rồi `name: Nguyễn Văn Đọc` thụt lề bên dưới" }, (entry) => {
    entry.reader.refuseUnknownFields([...PERSON_FIELDS]);
    const name = entry.reader.text("name", { required: true, expects: "họ tên không rỗng", ...NAME });
    const spellings = entry.reader.list("spellings", { ...NAME, expects: "danh sách cách viết khác như [Nguyễn Văn Đọc]" }) ?? [];
    const offices = readOffices(entry);
    return name === undefined ? undefined : { id: entry.id, name, spellings: [name, ...spellings.filter((spelling) => spelling !== name)], offices, lines: entry.fieldLines };
  });
}

function readOffices(entry: FieldGroup): Office[] {
  const value = entry.data.offices;
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    entry.problems.push(expected(entry.at("offices"), "danh sách chức vụ, mỗi mục bắt đầu bằng `- title:`", describeValue(value)));
    return [];
  }
  const lines = entry.lines.keys.get("offices")?.items ?? [];
  return value.flatMap((item: unknown, index) => {
    const itemLines = lines[index] ?? { line: entry.at("offices").line ?? 1, keys: new Map(), items: [] };
    if (!isRecord(item)) {
      entry.problems.push(expected({ file: entry.file, line: itemLines.line, field: "offices" }, "một chức vụ dạng `- title: Bí thư Tỉnh ủy`", describeValue(item)));
      return [];
    }
    const office = fieldGroup(item, itemLines, entry.file, entry.problems);
    office.reader.refuseUnknownFields([...OFFICE_FIELDS]);
    const title = office.reader.text("title", { required: true, expects: "tên chức vụ không rỗng", refuseInvisible: "chức vụ", maxLength: 200 });
    const body = office.reader.text("body", { expects: "mã một cơ quan trong content/bodies.yaml" });
    const from = readDay(office, "from");
    const to = readDay(office, "to");
    checkPeriod(office, from, to);
    const asOf = readDays(office, "as_of");
    return title === undefined ? [] : [{ title, body, from, to, asOf, lines: office.fieldLines }];
  });
}
