import { foldVietnamese } from "./fold-vietnamese";
import { problemAt, type Problem } from "./problem";
import { slugify } from "./slugify";

// Tags and authors are keyed by their ASCII slug, so `Hoà giải` and `Hòa giải` (or `Dân
// vận` and `dân vận`) share one page on purpose. But `C++`, `C#` and `C` share the slug
// `c` too, and would be merged into one page without a word: names whose slugs are the
// same but which differ in more than case, tone marks and spacing are reported.

/** One use of a tag or an author's name: where it is written. */
export interface NameUse {
  readonly name: string;
  readonly file: string;
  readonly line?: number | undefined;
}

/** What collides: the field as written and how its page URL is made. */
export interface NameKind {
  /** The front-matter field (`tags`, `author`). */
  readonly field: string;
  /** What editors call one item ("chủ đề", "tác giả"). */
  readonly label: string;
  readonly path: (slug: string) => string;
}

/**
 * The form two spellings of one name share: case, tone marks and their placement, `đ/d`
 * and runs of spaces, hyphens or underscores do not count.
 *
 * @example nameIdentity("Hoà-giải") === nameIdentity("hòa giải") // true
 */
export function nameIdentity(name: string): string {
  return foldVietnamese(name.normalize("NFC")).replace(/[\s_-]+/g, " ").trim();
}

/**
 * Every use whose slug an earlier, different name already has, reported at that use and
 * naming the earlier spelling and its file. Uses come in reading order (files sorted).
 */
export function findNameCollisions(uses: readonly NameUse[], kind: NameKind): Problem[] {
  const first = new Map<string, NameUse>();
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const use of uses) {
    const slug = slugify(use.name);
    if (slug === "") continue;
    const earlier = first.get(slug);
    if (earlier === undefined) {
      first.set(slug, use);
      continue;
    }
    const key = `${use.file}\u0000${nameIdentity(use.name)}\u0000${slug}`;
    if (nameIdentity(earlier.name) === nameIdentity(use.name) || reported.has(key)) continue;
    reported.add(key);
    const where = earlier.file === use.file ? "trong cùng tệp" : `ở ${earlier.file}`;
    problems.push(
      problemAt(
        { file: use.file, line: use.line, field: kind.field },
        `${kind.label} ${JSON.stringify(use.name)} trùng đường dẫn ${kind.path(slug)} với ${kind.label} ${JSON.stringify(earlier.name)} (${where}); hai tên khác nhau sẽ gộp thành một trang. Đổi tên một trong hai (ví dụ "C++" thành "Cpp").`,
      ),
    );
  }
  return problems;
}
