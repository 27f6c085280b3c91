import { fail, succeed, type ParseResult } from "./parse-result";
import { expected, type ProblemPlace } from "./problem";
import type { Place } from "./registers";
import { slugify } from "./slugify";
import { editDistance } from "./suggest-field";

/**
 * The gazetteer's unit an editor tagged: by id (`ha-long`), or by a name only one unit
 * has (`Hạ Long`, case and tone marks aside); or the problem, with the unit probably meant.
 *
 * @example findPlace(places, "Hạ Long", { file: "a.md", line: 8, field: "places" }) // { ok: true, value: "ha-long" }
 */
export function findPlace(places: ReadonlyMap<string, Place>, written: string, place: ProblemPlace): ParseResult<string> {
  const slug = slugify(written);
  if (places.has(slug)) return succeed(slug);
  const named = [...places.values()].filter((unit) => slugify(unit.name) === slug);
  const [only] = named;
  if (only !== undefined && named.length === 1) return succeed(only.id);
  if (named.length > 1) {
    return fail([expected(place, `mã của một trong các đơn vị cùng tên: ${named.map((unit) => `${unit.id} (${unit.type} ${unit.name})`).join(", ")}`, JSON.stringify(written))]);
  }
  const guess = nearest(places, slug);
  const hint = guess === undefined ? "" : ` (có phải là "${guess.id}", ${guess.type} ${guess.name}?)`;
  return fail([expected(place, "một địa danh có trong content/places.yaml", `${JSON.stringify(written)}${hint}`)]);
}

// Place names are short and alike (ha-noi, xa-moi): a suggestion allows one slip per four letters.
function nearest(places: ReadonlyMap<string, Place>, slug: string): Place | undefined {
  const allowed = Math.max(1, Math.floor(slug.length / 4));
  let best: { unit: Place; distance: number } | undefined;
  for (const unit of places.values()) {
    const distance = Math.min(editDistance(slug, unit.id), editDistance(slug, slugify(unit.name)));
    if (distance <= allowed && (best === undefined || distance < best.distance)) best = { unit, distance };
  }
  return best?.unit;
}
