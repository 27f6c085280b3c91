import type { ParseResult } from "./parse-result";
import { readRegister } from "./read-register";
import type { Body } from "./registers";

/** Fields of a body in content/bodies.yaml. */
export const BODY_FIELDS = ["name", "spellings"] as const;

const NAME = { refuseInvisible: "tên cơ quan", maxLength: 200 } as const;

/** Parses content/bodies.yaml: each body's full name and the short forms articles use. */
export function parseBodies(text: string, file: string): ParseResult<ReadonlyMap<string, Body>> {
  return readRegister(text, file, { example: "`tinh-uy-quang-ninh:` rồi `name: Tỉnh ủy Quảng Ninh` thụt lề bên dưới" }, (entry) => {
    entry.reader.refuseUnknownFields([...BODY_FIELDS]);
    const name = entry.reader.text("name", { required: true, expects: "tên cơ quan không rỗng", ...NAME });
    const spellings = entry.reader.list("spellings", { ...NAME, expects: "danh sách cách viết ngắn như [HĐND tỉnh]" }) ?? [];
    return name === undefined ? undefined : { id: entry.id, name, spellings: [name, ...spellings.filter((spelling) => spelling !== name)], lines: entry.fieldLines };
  });
}
