/** The line of an entry's key (`entry`) and of each of its fields, for messages that compare registers. */
export type FieldLines = Readonly<Record<string, number>>;

/** An office a person held: what, in which body, and when, as far as the newsroom knows. */
export interface Office {
  /** The office as papers write it (`Bí thư Tỉnh ủy`). */
  readonly title: string;
  /** Id of the body in content/bodies.yaml, when the office belongs to one. */
  readonly body?: string | undefined;
  /** First day held, `2017-04-20`, when known. */
  readonly from?: string | undefined;
  /** Last day held, when known. */
  readonly to?: string | undefined;
  /** Days an article shows the office held, when the period itself is not known. */
  readonly asOf: readonly string[];
  readonly lines: FieldLines;
}

/** A person of content/people.yaml. */
export interface Person {
  readonly id: string;
  readonly name: string;
  /** Every way articles write the name, the name itself first. */
  readonly spellings: readonly string[];
  readonly offices: readonly Office[];
  readonly lines: FieldLines;
}

/** A body (Tỉnh ủy, HĐND tỉnh, a central commission) of content/bodies.yaml. */
export interface Body {
  readonly id: string;
  readonly name: string;
  /** Every way articles write the body, the name itself first (`HĐND tỉnh`). */
  readonly spellings: readonly string[];
  readonly lines: FieldLines;
}

/** A Party or State document of content/documents.yaml. */
export interface DocumentEntry {
  readonly id: string;
  /** The number as the document prints it (`290-QĐ/TW`), when it has one. */
  readonly code?: string | undefined;
  /** What kind of document (`Quyết định`). */
  readonly kind?: string | undefined;
  readonly title?: string | undefined;
  /** Id of the issuing body in content/bodies.yaml. */
  readonly issuer?: string | undefined;
  /** Day of issue. */
  readonly date?: string | undefined;
  /** The official text's address. */
  readonly url?: string | undefined;
  /** Names articles use for it that carry no number (`Đề án 25`): linked only because the register names them. */
  readonly spellings: readonly string[];
  readonly lines: FieldLines;
}

/** An administrative unit of content/places.yaml. */
export interface Place {
  readonly id: string;
  readonly name: string;
  /** `tỉnh`, `thành phố`, `huyện`, `xã`… (PLACE_TYPES). */
  readonly type: string;
  /** Id of the unit it belongs to. */
  readonly parent?: string | undefined;
  /** First day the unit existed, when known. */
  readonly from?: string | undefined;
  /** Last day the unit existed, when known (a unit merged on 1 July 2025 ends on 30 June 2025). */
  readonly to?: string | undefined;
  /** Ids of the units its territory went to when it ended. */
  readonly successors: readonly string[];
  readonly lines: FieldLines;
}

/** The four registers under content/, each keyed by id. */
export interface Registers {
  readonly people: ReadonlyMap<string, Person>;
  readonly bodies: ReadonlyMap<string, Body>;
  readonly documents: ReadonlyMap<string, DocumentEntry>;
  readonly places: ReadonlyMap<string, Place>;
}

/**
 * Whether a value has the registers' shape: four Maps. For registers this code made and
 * copied (to a worker thread, into the content store), so it checks for damage only.
 */
export function isRegisters(value: unknown): value is Registers {
  if (typeof value !== "object" || value === null) return false;
  return ["people", "bodies", "documents", "places"].every((key) => Reflect.get(value, key) instanceof Map);
}

/** Registers with no entry: a site without the files, and what tests start from. */
export const EMPTY_REGISTERS: Registers = { people: new Map(), bodies: new Map(), documents: new Map(), places: new Map() };

/** What an article mentions or cites, by kind. */
export type MentionKind = "person" | "body" | "document";

/** One entity an article body mentions, found once at load (lib/find-mentions.ts). */
export interface Mention {
  readonly kind: MentionKind;
  readonly id: string;
  /** The entity's name as its page is titled (a document the register lacks: kind and number). */
  readonly name: string;
  /** The words as the article first wrote them (`Quyết định số 290-QĐ/TW`). */
  readonly written: string;
}
