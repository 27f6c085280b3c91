import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseBodies } from "../../lib/parse-bodies";
import { parseDocuments } from "../../lib/parse-documents";
import { parsePeople } from "../../lib/parse-people";
import { parsePlaces } from "../../lib/parse-places";
import type { ParseResult } from "../../lib/parse-result";
import type { Registers } from "../../lib/registers";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The registers of a fixture folder under tests/fixtures/registers/, each file optional; throws on a problem. */
export function fixtureRegisters(folder: string, places = folder): Registers {
  const read = <T>(dir: string, name: string, parse: (text: string, file: string) => ParseResult<ReadonlyMap<string, T>>): ReadonlyMap<string, T> => {
    const file = `tests/fixtures/registers/${dir}/${name}`;
    let text: string;
    try {
      text = readFileSync(path.join(ROOT, file), "utf8");
    } catch {
      return new Map();
    }
    const result = parse(text, file);
    if (!result.ok) throw new Error(`${file}: ${result.problems.map((problem) => problem.message).join("; ")}`);
    return result.value;
  };
  return {
    people: read(folder, "people.yaml", parsePeople),
    bodies: read(folder, "bodies.yaml", parseBodies),
    documents: read(folder, "documents.yaml", parseDocuments),
    places: read(places, "places.yaml", parsePlaces),
  };
}
