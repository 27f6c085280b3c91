import type { Place } from "./registers";

/**
 * Every unit a place's territory went to, directly or through later changes, in order
 * (a commune merged in 2025 into a new commune, which may itself change later).
 *
 * @example laterUnits("ha-long", places) // ["ha-long-moi"]
 */
export function laterUnits(id: string, places: ReadonlyMap<string, Place>): string[] {
  const found: string[] = [];
  const seen = new Set([id]);
  const queue = [...(places.get(id)?.successors ?? [])];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next)) continue;
    seen.add(next);
    found.push(next);
    queue.push(...(places.get(next)?.successors ?? []));
  }
  return found;
}

/**
 * The units a place is part of on `day` (`2026-01-05`) when it had ended by then: its
 * successors still in existence, found through every later change; empty for a unit that
 * still exists, or whose successors the gazetteer does not know.
 */
export function nowPartOf(id: string, places: ReadonlyMap<string, Place>, day: string): Place[] {
  const place = places.get(id);
  if (place?.to === undefined || place.to >= day) return [];
  return laterUnits(id, places).flatMap((later) => {
    const unit = places.get(later);
    return unit === undefined || (unit.to !== undefined && unit.to < day) || (unit.from !== undefined && unit.from > day) ? [] : [unit];
  });
}

/**
 * A unit as papers write it, with the units above it.
 *
 * @example formatPlace(haLong, places) // "thành phố Hạ Long, tỉnh Quảng Ninh"
 */
export function formatPlace(place: Place, places: ReadonlyMap<string, Place>): string {
  const names = [`${place.type} ${place.name}`];
  const seen = new Set([place.id]);
  for (let parent = place.parent === undefined ? undefined : places.get(place.parent); parent !== undefined && !seen.has(parent.id); parent = parent.parent === undefined ? undefined : places.get(parent.parent)) {
    seen.add(parent.id);
    names.push(`${parent.type} ${parent.name}`);
  }
  return names.join(", ");
}
