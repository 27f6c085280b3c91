import { formatDay } from "./parse-day";
import { formatTenure, officesOverTime } from "./office-on-date";
import { formatPlace, laterUnits, nowPartOf } from "./place-successors";
import type { Link } from "./present-article";
import type { Registers } from "./registers";
import { entityPath, type EntityKind } from "./routes";

/** One line of what an entity page says about its entity: a label, the text, and a link when it names a page. */
export interface EntityFact {
  readonly label: string;
  readonly text: string;
  readonly href?: string | undefined;
}

/** What an entity page shows above its articles. */
export interface EntityDetails {
  readonly facts: readonly EntityFact[];
  /** A person's offices, earliest first, each with its body's page and when it was held. */
  readonly offices: readonly { readonly title: string; readonly body?: Link | undefined; readonly tenure: string }[];
  /** For a place that has ended: what it is part of now ("nay thuộc …"). */
  readonly nowPartOf: readonly Link[];
  /** For a place: the units whose articles it lists too (its earlier names). */
  readonly earlierNames: readonly Link[];
}

/**
 * What the register says about one entity, formatted for its page; `today` (`2026-12-01`)
 * decides whether a place has ended. A document the register lacks has no facts.
 */
export function presentEntity(kind: EntityKind, id: string, registers: Registers, today: string): EntityDetails {
  const bodyLink = (body: string | undefined): Link | undefined => {
    const found = body === undefined ? undefined : registers.bodies.get(body);
    return found === undefined ? undefined : { label: found.name, href: entityPath("body", found.id) };
  };
  const none = { facts: [], offices: [], nowPartOf: [], earlierNames: [] };
  if (kind === "person") {
    const person = registers.people.get(id);
    if (person === undefined) return none;
    const offices = officesOverTime(person).map((office) => ({ title: office.title, body: bodyLink(office.body), tenure: formatTenure(office) }));
    return { ...none, facts: otherSpellings(person.spellings), offices };
  }
  if (kind === "body") {
    const body = registers.bodies.get(id);
    return body === undefined ? none : { ...none, facts: otherSpellings(body.spellings) };
  }
  if (kind === "document") {
    const document = registers.documents.get(id);
    if (document === undefined) return none;
    const issuer = bodyLink(document.issuer);
    const facts: EntityFact[] = [
      ...(document.code === undefined ? [] : [{ label: "Số hiệu", text: document.code }]),
      ...(document.title === undefined ? [] : [{ label: "Trích yếu", text: document.title }]),
      ...(issuer === undefined ? [] : [{ label: "Cơ quan ban hành", text: issuer.label, href: issuer.href }]),
      ...(document.date === undefined ? [] : [{ label: "Ngày ban hành", text: formatDay(document.date) }]),
      ...(document.url === undefined ? [] : [{ label: "Văn bản chính thức", text: document.url, href: document.url }]),
    ];
    return { ...none, facts };
  }
  const place = registers.places.get(id);
  if (place === undefined) return none;
  const parent = place.parent === undefined ? undefined : registers.places.get(place.parent);
  const facts: EntityFact[] = [
    { label: "Loại đơn vị", text: place.type },
    ...(parent === undefined ? [] : [{ label: "Thuộc", text: formatPlace(parent, registers.places), href: entityPath("place", parent.id) }]),
    ...(place.from === undefined ? [] : [{ label: "Thành lập", text: formatDay(place.from) }]),
    ...(place.to === undefined ? [] : [{ label: "Đến hết ngày", text: formatDay(place.to) }]),
  ];
  const earlierNames = [...registers.places.values()]
    .filter((unit) => unit.id !== id && laterUnits(unit.id, registers.places).includes(id))
    .map((unit) => ({ label: formatPlace(unit, registers.places), href: entityPath("place", unit.id) }));
  const now = nowPartOf(id, registers.places, today).map((unit) => ({ label: formatPlace(unit, registers.places), href: entityPath("place", unit.id) }));
  return { ...none, facts, nowPartOf: now, earlierNames };
}

/**
 * The page's title for an entity: the register's name (a place with its type), or the
 * name its articles give it.
 */
export function entityTitle(kind: EntityKind, id: string, registers: Registers, fallback: string): string {
  if (kind === "place") {
    const place = registers.places.get(id);
    return place === undefined ? fallback : `${place.type.charAt(0).toUpperCase()}${place.type.slice(1)} ${place.name}`;
  }
  if (kind === "document") {
    const document = registers.documents.get(id);
    return document?.title === undefined ? fallback : `${fallback} về ${document.title}`;
  }
  return fallback;
}

function otherSpellings(spellings: readonly string[]): EntityFact[] {
  const others = spellings.slice(1);
  return others.length === 0 ? [] : [{ label: "Còn được viết", text: others.join("; ") }];
}
