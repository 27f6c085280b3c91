import type { ParseResult } from "./parse-result";
import { describeValue, expected } from "./problem";
import { checkPeriod, readDay, readRegister } from "./read-register";
import type { Place } from "./registers";

/** Fields of a unit in content/places.yaml. */
export const PLACE_FIELDS = ["name", "type", "parent", "from", "to", "successors"] as const;

/** The kinds of administrative unit, before and after the reorganisation of 1 July 2025. */
export const PLACE_TYPES = ["tỉnh", "thành phố trực thuộc trung ương", "thành phố", "thị xã", "huyện", "quận", "xã", "phường", "thị trấn", "đặc khu"] as const;

/** Parses content/places.yaml, the gazetteer: each unit's name, type, parent, validity and successors. */
export function parsePlaces(text: string, file: string): ParseResult<ReadonlyMap<string, Place>> {
  return readRegister(text, file, { example: "`ha-long:` rồi `name: Hạ Long` và `type: thành phố` thụt lề bên dưới" }, (entry) => {
    entry.reader.refuseUnknownFields([...PLACE_FIELDS]);
    const name = entry.reader.text("name", { required: true, expects: "tên địa danh không rỗng", refuseInvisible: "tên địa danh", maxLength: 100 });
    const typeWritten = entry.reader.text("type", { required: true, expects: `một loại đơn vị: ${PLACE_TYPES.join(", ")}` });
    const type = typeWritten === undefined ? undefined : PLACE_TYPES.find((known) => known === typeWritten.toLowerCase());
    if (typeWritten !== undefined && type === undefined) entry.problems.push(expected(entry.at("type"), `một loại đơn vị: ${PLACE_TYPES.join(", ")}`, describeValue(typeWritten)));
    const parent = entry.reader.text("parent", { expects: "mã một đơn vị khác trong tệp này" });
    const from = readDay(entry, "from");
    const to = readDay(entry, "to");
    checkPeriod(entry, from, to);
    const successors = entry.reader.list("successors", { expects: "danh sách mã đơn vị như [ha-long]" }) ?? [];
    return name === undefined || type === undefined ? undefined : { id: entry.id, name, type, parent, from, to, successors, lines: entry.fieldLines };
  });
}
