import { checkRegisters, type RegisterFiles } from "./check-registers";
import type { Glossary } from "./parse-glossary";
import { parseBodies } from "./parse-bodies";
import { parseDocuments } from "./parse-documents";
import { parsePeople } from "./parse-people";
import { parsePlaces } from "./parse-places";
import type { ParseResult } from "./parse-result";
import type { Problem } from "./problem";
import type { Registers } from "./registers";

/** The registers' file names in the content folder. */
export const REGISTER_FILE_NAMES = { people: "people.yaml", bodies: "bodies.yaml", documents: "documents.yaml", places: "places.yaml" } as const;

/**
 * Reads one register file through the caller (lib/load-content.ts, which alone reads the
 * folder): its entries, an empty register when the file is absent, or undefined when it
 * is broken (its problems recorded); and the file as messages show it.
 */
export type ReadRegisterFile = <T>(name: string, parse: (text: string, file: string) => ParseResult<ReadonlyMap<string, T>>) => { readonly entries: ReadonlyMap<string, T> | undefined; readonly file: string };

/** The registers read, checked against each other and the glossary. */
export interface AssembledRegisters {
  /** Every register, a broken one empty, so articles are still checked against the rest. */
  readonly registers: Registers;
  /** False when a file was broken: the content is then unusable, as with a broken glossary. */
  readonly complete: boolean;
}

/** Reads the four registers and runs the rules that compare them (lib/check-registers.ts). */
export function assembleRegisters(read: ReadRegisterFile, glossary: Glossary, problems: Problem[]): AssembledRegisters {
  const people = read(REGISTER_FILE_NAMES.people, parsePeople);
  const bodies = read(REGISTER_FILE_NAMES.bodies, parseBodies);
  const documents = read(REGISTER_FILE_NAMES.documents, parseDocuments);
  const places = read(REGISTER_FILE_NAMES.places, parsePlaces);
  const registers: Registers = {
    people: people.entries ?? new Map(),
    bodies: bodies.entries ?? new Map(),
    documents: documents.entries ?? new Map(),
    places: places.entries ?? new Map(),
  };
  const files: RegisterFiles = { people: people.file, bodies: bodies.file, documents: documents.file, places: places.file };
  problems.push(...checkRegisters(registers, files, glossary));
  const complete = [people, bodies, documents, places].every((register) => register.entries !== undefined);
  return { registers, complete };
}
