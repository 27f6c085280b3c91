import { findCitations } from "./find-citations";
import { foldVietnamese } from "./fold-vietnamese";
import { documentName } from "./find-mentions";
import type { Registers } from "./registers";
import { ENTITY_KINDS, entityPath, LISTING_KINDS, type EntityKind } from "./routes";

/** A person, body, document or place whose name a query is, with its page. */
export interface EntityHit {
  readonly kind: EntityKind;
  readonly id: string;
  readonly name: string;
  /** What kind of page: `Nhân vật`, `Cơ quan`, `Văn bản`, `Địa danh`. */
  readonly label: string;
  readonly href: string;
}

/** The entity page of a kind and id that exists now, with its title (a document the register lacks has only this), or undefined. */
export type EntityPages = (kind: EntityKind, id: string) => { readonly name: string } | undefined;

/**
 * The entity pages whose name, a spelling of it, or a document's number is exactly the
 * query, case, tone marks and `đ/d` aside (`nguyen van doc`, `290-QĐ/TW`, `Quyết định
 * 290-QD/TW`), in kind order: what the search page lists above the articles. Only entities
 * that have a page are found. The candidates come from the registers and the numbers the
 * query cites, so a query costs one lookup per candidate, not a walk over every page.
 *
 * @example findEntityPages("290-QĐ/TW", registers, pages)[0]?.href // "/van-ban/290-qd-tw"
 */
export function findEntityPages(query: string, registers: Registers, pages: EntityPages): EntityHit[] {
  const key = fold(query);
  if (key === "") return [];
  const codes = new Set(findCitations(query.normalize("NFC")).map((citation) => citation.codeId));
  const hits: EntityHit[] = [];
  for (const kind of ENTITY_KINDS) {
    const ids = new Set<string>();
    for (const id of registeredIds(kind, registers)) {
      const cited = kind === "document" && (codes.has(id) || codeOf(id, registers).some((code) => codes.has(code)));
      if (cited || namesOf(kind, id, registers).some((name) => fold(name) === key)) ids.add(id);
    }
    // A document the register lacks has a page under its number's id alone.
    if (kind === "document") for (const code of codes) ids.add(code);
    for (const id of ids) {
      const page = pages(kind, id);
      if (page !== undefined) hits.push({ kind, id, name: page.name, label: LISTING_KINDS[kind].label, href: entityPath(kind, id) });
    }
  }
  return hits;
}

function registeredIds(kind: EntityKind, registers: Registers): Iterable<string> {
  if (kind === "person") return registers.people.keys();
  if (kind === "body") return registers.bodies.keys();
  return kind === "place" ? registers.places.keys() : registers.documents.keys();
}

function namesOf(kind: EntityKind, id: string, registers: Registers): readonly string[] {
  if (kind === "person") return registers.people.get(id)?.spellings ?? [];
  if (kind === "body") return registers.bodies.get(id)?.spellings ?? [];
  if (kind === "place") {
    const place = registers.places.get(id);
    return place === undefined ? [] : [place.name, `${place.type} ${place.name}`];
  }
  const document = registers.documents.get(id);
  return document === undefined ? [] : [documentName(document), ...document.spellings, ...(document.code === undefined ? [] : [document.code])];
}

function codeOf(id: string, registers: Registers): string[] {
  const code = registers.documents.get(id)?.code;
  return code === undefined ? [] : findCitations(code).map((citation) => citation.codeId);
}

function fold(text: string): string {
  return foldVietnamese(text.normalize("NFC")).replace(/\s+/g, " ").trim();
}
