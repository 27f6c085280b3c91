import type { Glossary } from "./parse-glossary";
import { expected, problemAt, warningAt, type Problem } from "./problem";
import type { FieldLines, Registers } from "./registers";
import { slugify } from "./slugify";
import { suggestField } from "./suggest-field";
import { newTonePlacement } from "./tone-placement";

/** Where each register lives, as messages show it. */
export interface RegisterFiles {
  readonly people: string;
  readonly bodies: string;
  readonly documents: string;
  readonly places: string;
}

/**
 * The rules that compare entries, across registers and with the glossary: an office's
 * body, a document's issuer, a unit's parent and successors must exist; no spelling may
 * name two entities; two documents may share a number only in different years; a body's
 * short form must say what the glossary says its abbreviations mean.
 */
export function checkRegisters(registers: Registers, files: RegisterFiles, glossary: Glossary): Problem[] {
  return [...checkReferences(registers, files), ...checkSpellings(registers, files), ...checkCodes(registers, files), ...checkGlossary(registers, files, glossary)];
}

function checkReferences(registers: Registers, files: RegisterFiles): Problem[] {
  const problems: Problem[] = [];
  const refer = (file: string, lines: FieldLines, field: string, id: string | undefined, known: ReadonlyMap<string, unknown>, what: string): void => {
    if (id === undefined || known.has(id)) return;
    const guess = suggestField(id, [...known.keys()]);
    problems.push(expected({ file, line: lines[field] ?? lines.entry, field }, `mã ${what}`, `"${id}", không có mã này${guess === undefined ? "" : ` (có phải là "${guess}"?)`}`));
  };
  for (const person of registers.people.values()) {
    for (const office of person.offices) refer(files.people, office.lines, "body", office.body, registers.bodies, "một cơ quan trong content/bodies.yaml");
  }
  for (const document of registers.documents.values()) refer(files.documents, document.lines, "issuer", document.issuer, registers.bodies, "một cơ quan trong content/bodies.yaml");
  for (const place of registers.places.values()) {
    refer(files.places, place.lines, "parent", place.parent, registers.places, "một đơn vị trong tệp này");
    for (const successor of place.successors) refer(files.places, place.lines, "successors", successor, registers.places, "một đơn vị trong tệp này");
    if (place.parent === place.id || place.successors.includes(place.id)) {
      problems.push(problemAt({ file: files.places, line: place.lines.entry, field: place.id }, "một đơn vị không thể thuộc về, hay được thay bằng, chính nó."));
    }
  }
  return problems;
}

// Two entities written the same way would make one link point at the wrong one.
function checkSpellings(registers: Registers, files: RegisterFiles): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, { readonly label: string; readonly place: string }>();
  const entries = [
    ...[...registers.people.values()].map((entry) => ({ entry, file: files.people, label: "người" })),
    ...[...registers.bodies.values()].map((entry) => ({ entry, file: files.bodies, label: "cơ quan" })),
    ...[...registers.documents.values()].map((entry) => ({ entry, file: files.documents, label: "văn bản" })),
  ];
  for (const { entry, file, label } of entries) {
    for (const spelling of new Set(entry.spellings.map(spellingKey))) {
      const owner = owners.get(spelling);
      const place = `${file}:${entry.lines.entry}`;
      if (owner === undefined) owners.set(spelling, { label: `${label} "${entry.id}"`, place });
      else problems.push(expected({ file, line: entry.lines.spellings ?? entry.lines.name ?? entry.lines.entry, field: entry.id }, "mỗi cách viết chỉ thuộc về một mục", `"${spelling}" cũng là cách viết của ${owner.label} (${owner.place})`));
    }
  }
  return problems;
}

function checkCodes(registers: Registers, files: RegisterFiles): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, { readonly id: string; readonly year: string | undefined; readonly line: number | undefined }>();
  for (const document of registers.documents.values()) {
    if (document.code === undefined) continue;
    const key = slugify(document.code);
    const year = document.date?.slice(0, 4);
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, { id: document.id, year, line: document.lines.entry });
    else if (year === undefined || earlier.year === undefined || year === earlier.year) {
      problems.push(expected({ file: files.documents, line: document.lines.code ?? document.lines.entry, field: "code" }, `số hiệu chưa có, hoặc "date" khác năm với văn bản cùng số (số hiệu đảng đánh lại từ đầu mỗi khóa)`, `"${document.code}" trùng với "${earlier.id}" (dòng ${earlier.line ?? 1})`));
    }
  }
  return problems;
}

// `HĐND tỉnh` must expand to the start of its body's name: the <abbr> and the link say the same.
function checkGlossary(registers: Registers, files: RegisterFiles, glossary: Glossary): Problem[] {
  const problems: Problem[] = [];
  for (const body of registers.bodies.values()) {
    for (const spelling of body.spellings.slice(1)) {
      const words = spelling.split(/\s+/);
      const abbreviations = words.filter((word) => /^[\p{Lu}\p{N}-]{2,}$/u.test(word) && /\p{Lu}/u.test(word));
      if (abbreviations.length === 0) continue;
      const place = { file: files.bodies, line: body.lines.spellings ?? body.lines.entry, field: "spellings" };
      const missing = abbreviations.filter((word) => !glossary.has(word));
      if (missing.length > 0) {
        problems.push(warningAt(place, `chữ viết tắt ${missing.join(", ")} trong "${spelling}" chưa có trong content/abbreviations.yaml, nên không được giải nghĩa ở bài viết; thêm một dòng như \`${missing[0] ?? ""}: …\`.`));
        continue;
      }
      const expanded = words.map((word) => glossary.get(word) ?? word).join(" ");
      if (!containsWords(body.name, expanded)) {
        problems.push(expected(place, `cách viết tắt mà content/abbreviations.yaml giải nghĩa khớp với tên "${body.name}"`, `"${spelling}", giải nghĩa thành "${expanded}"`));
      }
    }
  }
  return problems;
}

// Every word of `part`, in order, among the words of `whole` (case and tone placement aside).
function containsWords(whole: string, part: string): boolean {
  const wholeWords = spellingKey(whole).toLowerCase().split(" ");
  let at = 0;
  for (const word of spellingKey(part).toLowerCase().split(" ")) {
    at = wholeWords.indexOf(word, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

function spellingKey(spelling: string): string {
  return newTonePlacement(spelling.normalize("NFC")).split(/\s+/).filter((word) => word !== "").join(" ");
}
