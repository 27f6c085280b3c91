import { invisibleCharacterProblem } from "./invisible-characters";
import { parseDateTime } from "./parse-date-time";
import { describeValue, expected, problemAt, type Problem, type ProblemPlace } from "./problem";
import { slugify } from "./slugify";
import { unsupportedFieldMessage } from "./suggest-field";

/** Where a field's problem points: the file, the field's line and its name as written. */
export type FieldPlace = (field: string) => ProblemPlace;

/** What every reader of text takes: how the message words the need, and the invisible-character rule. */
export interface StringOptions {
  /** What the field must hold, as the message says it: `cần <expects>, nhận được …`. */
  readonly expects?: string;
  /**
   * Refuse invisible characters (zero-width, bidi and control characters) in the text; the
   * value is what editors call the field, which the message names ("tiêu đề").
   */
  readonly refuseInvisible?: string;
  /** The most characters readers and crawlers are shown; a longer text (or list item) is refused. */
  readonly maxLength?: number;
  /**
   * Refuse a name with no letter or digit, whose URL slug would be empty (a dead link);
   * the value is what editors call the item ("tên tác giả").
   */
  readonly requireSlug?: string;
}

/** How one text field is read. */
export interface TextOptions extends StringOptions {
  /** Refuse the field when it is absent or left empty (`title:`). */
  readonly required?: boolean;
  /** The value when the field is absent or left empty; a fallback of "" also lets a blank value through. */
  readonly fallback?: string | undefined;
  /** Take a YAML number (`source: 24`) as its digits instead of refusing it. */
  readonly acceptNumber?: boolean;
  /** A further test the trimmed text must pass; failing it is reported like a blank value. */
  readonly accept?: (text: string) => boolean;
}

/** How a field that holds a list of texts is read. */
export interface ListOptions extends StringOptions {
  readonly required?: boolean;
  /** Items with the same key are one item: the first spelling is kept (`Dân vận`, `dân vận`). */
  readonly distinctBy?: (item: string) => string;
  /** The most items the list may hold. */
  readonly maxItems?: number;
}

/** How a date field is read. */
export interface DateOptions {
  /** The zone of a date written without an offset. */
  readonly timeZone: string;
  readonly required?: boolean;
}

/** How the reader words the problems of one kind of file. */
export interface ReaderOptions {
  /**
   * Report a required field that is absent as an empty value (`nhận được để trống`), as
   * site.yaml, sections.yaml and the glossary do; front matter names the missing field.
   */
  readonly absentAsEmpty?: boolean;
}

const TEXT = "một chuỗi chữ không rỗng";
const NAMES = "tên, hoặc danh sách tên như [Hồng Nhung, Minh Đức]";
const LIST = "danh sách như [Dân vận, Quảng Ninh]";
const DATE_FORM = "ngày giờ dạng 2017-04-20 18:02 (giờ Việt Nam) hoặc kèm múi giờ như 2017-04-20T11:02:00Z";

/**
 * Places fields at the line of their key, or at `lineWhenAbsent` for a field the file
 * does not have.
 *
 * @example fieldPlaces("a.md", keyLines, 1)("title") // { file: "a.md", line: 2, field: "title" }
 */
export function fieldPlaces(file: string, keyLines: ReadonlyMap<string, number>, lineWhenAbsent?: number): FieldPlace {
  return (field) => ({ file, line: keyLines.get(field) ?? lineWhenAbsent, field });
}

/**
 * Reads typed fields from parsed YAML (front matter, site.yaml, a section, the glossary),
 * adding a problem at the field's place for each bad one, so a file's problems all come
 * out together. Each method gives `undefined` for a field that is absent or refused.
 *
 * @example new FieldReader(data, fieldPlaces(file, keyLines, 1), problems).text("title", { required: true })
 */
export class FieldReader {
  constructor(
    private readonly data: Readonly<Record<string, unknown>>,
    private readonly at: FieldPlace,
    private readonly problems: Problem[],
    private readonly options: ReaderOptions = {},
  ) {}

  /** Refuses every key that is not one of `known`, suggesting the field probably meant. */
  refuseUnknownFields(known: readonly string[]): void {
    for (const key of Object.keys(this.data)) {
      if (!known.includes(key)) this.problems.push(problemAt(this.at(key), unsupportedFieldMessage(key, known)));
    }
  }

  /** One line of text, trimmed. */
  text(field: string, options: TextOptions = {}): string | undefined {
    const value = this.data[field];
    if (value === undefined || value === null) {
      if (options.fallback !== undefined) return options.fallback;
      if (options.required === true) this.refuseAbsent(field, `trường "${field}" (bắt buộc)`, options.expects ?? TEXT, value);
      return undefined;
    }
    const text = typeof value === "string" ? value.trim() : typeof value === "number" && options.acceptNumber === true ? String(value) : undefined;
    if (text !== undefined && (text !== "" || options.fallback === "") && (options.accept?.(text) ?? true)) {
      return this.visible(field, text, options);
    }
    this.problems.push(expected(this.at(field), options.expects ?? TEXT, describeValue(value)));
    return undefined;
  }

  /** One name, or a list of names such as `[Hồng Nhung, Minh Đức]`; always a list. */
  names(field: string, options: ListOptions = {}): readonly string[] | undefined {
    const value = this.data[field];
    const names = isNonEmptyString(value) ? [value] : Array.isArray(value) && value.length > 0 && value.every(isNonEmptyString) ? value : undefined;
    if (names !== undefined) return this.counted(field, names, options).map((name) => this.visible(field, name.trim(), options));
    if (options.required !== true && (value === undefined || value === null)) return undefined;
    const want = options.expects ?? NAMES;
    const found = value === undefined && this.options.absentAsEmpty !== true ? "không có" : describeValue(value);
    this.problems.push(expected(this.at(field), options.required === true ? `${want} ("${field}" bắt buộc)` : want, found));
    return undefined;
  }

  /** A list of texts such as `[Dân vận, Quảng Ninh]`, each trimmed. */
  list(field: string, options: ListOptions = {}): readonly string[] | undefined {
    const value = this.data[field];
    if (value === undefined || value === null) {
      if (options.required === true) this.refuseAbsent(field, `trường "${field}" (bắt buộc)`, options.expects ?? LIST, value);
      return undefined;
    }
    if (!Array.isArray(value) || !value.every(isNonEmptyString)) {
      this.problems.push(expected(this.at(field), options.expects ?? LIST, describeValue(value)));
      return undefined;
    }
    const byKey = new Map<string, string>();
    for (const item of this.counted(field, value, options)) {
      const text = item.trim();
      const key = options.distinctBy?.(text) ?? text;
      if (!byKey.has(key)) byKey.set(key, this.visible(field, text, options));
    }
    return [...byKey.values()];
  }

  /** `true` or `false`. */
  boolean(field: string): boolean | undefined {
    const value = this.data[field];
    if (value === undefined || value === null || typeof value === "boolean") return value ?? undefined;
    this.problems.push(expected(this.at(field), "true hoặc false", describeValue(value)));
    return undefined;
  }

  /** A date and time such as `2017-04-20 18:02`, as an instant; see {@link parseDateTime}. */
  date(field: string, options: DateOptions): Date | undefined {
    const value = this.data[field];
    if (value === undefined || value === null) {
      if (options.required === true) this.refuseAbsent(field, `trường "${field}": ${DATE_FORM}`, DATE_FORM, value);
      return undefined;
    }
    if (typeof value !== "string") {
      this.problems.push(expected(this.at(field), DATE_FORM, describeValue(value)));
      return undefined;
    }
    const result = parseDateTime(value, options.timeZone);
    if (result.ok) return result.date;
    this.problems.push(expected(this.at(field), DATE_FORM, `${JSON.stringify(value)} (${result.reason})`));
    return undefined;
  }

  /**
   * A list whose every entry `read` turns into a value; the list, or an entry `read`
   * refuses, is reported as not being `expects`.
   */
  listOf<T>(field: string, read: (entry: unknown) => T | undefined, options: { readonly expects: string }): readonly T[] | undefined {
    const value = this.data[field];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) {
      this.problems.push(expected(this.at(field), options.expects, describeValue(value)));
      return undefined;
    }
    const items: T[] = [];
    for (const entry of value) {
      const raw: unknown = entry;
      const item = read(raw);
      if (item === undefined) this.problems.push(expected(this.at(field), options.expects, describeValue(raw)));
      else items.push(item);
    }
    return items;
  }

  private refuseAbsent(field: string, named: string, want: string, value: undefined | null): void {
    this.problems.push(this.options.absentAsEmpty === true ? expected(this.at(field), want, describeValue(value)) : expected(this.at(field), named, "không có"));
  }

  // Checks one text as readers will see it: no invisible characters, within its length,
  // and (for names that become links) with a slug.
  private visible(field: string, text: string, options: StringOptions): string {
    const invisible = options.refuseInvisible === undefined ? undefined : invisibleCharacterProblem(text, this.at(field), options.refuseInvisible);
    if (invisible !== undefined) this.problems.push(invisible);
    const tooLong = options.maxLength === undefined ? undefined : lengthProblem(text, this.at(field), options.maxLength);
    if (tooLong !== undefined) this.problems.push(tooLong);
    if (options.requireSlug !== undefined && slugify(text) === "") {
      this.problems.push(expected(this.at(field), `${options.requireSlug} có ít nhất một chữ cái hoặc chữ số (để làm đường dẫn)`, describeValue(text)));
    }
    return text;
  }

  // A list longer than readers and crawlers are shown is refused, and only its first
  // items are checked further, so 10,000 tags cost one message, not 10,000.
  private counted<T>(field: string, items: readonly T[], options: ListOptions): readonly T[] {
    if (options.maxItems === undefined || items.length <= options.maxItems) return items;
    this.problems.push(expected(this.at(field), `tối đa ${formatCount(options.maxItems)} mục`, `${formatCount(items.length)} mục`));
    return items.slice(0, options.maxItems);
  }
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}

/**
 * The problem with a text longer than `limit` characters (code points), or undefined.
 *
 * @example lengthProblem("x".repeat(300), { file: "a.md", line: 2, field: "title" }, 250)
 * // a.md:2 "title": cần tối đa 250 ký tự (người đọc và máy tìm kiếm chỉ thấy phần đầu), nhận được 300 ký tự: "xxx…"
 */
export function lengthProblem(text: string, place: ProblemPlace, limit: number): Problem | undefined {
  const length = Array.from(text).length;
  if (length <= limit) return undefined;
  return expected(place, `tối đa ${formatCount(limit)} ký tự (người đọc và máy tìm kiếm chỉ thấy phần đầu)`, `${formatCount(length)} ký tự: ${describeValue(text)}`);
}

// Counts as Vietnamese print them: 5.000, not 5,000 or 5000.
function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}
