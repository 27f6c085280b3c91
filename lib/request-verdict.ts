// The rules the HTTP server applies to a request before Next sees it. Next answers some
// requests with a bare 500 and a stack trace in the log (a method other than GET or HEAD
// on a static file, an unsatisfiable range, the target `*`), redirects an absolute-form
// target to the host it names, and serves its internal error page as a cacheable 500.
// The site is read-only, so the rules are few: GET and HEAD only, an origin-form target,
// and ranges and preconditions on static files decided here, where they cannot fail.
// app/_routes/request-guard.ts applies them.

/** A request the server answers itself: the status, its extra headers, a sentence for the body. */
export interface Refusal {
  readonly kind: "refuse";
  readonly status: 400 | 405 | 412 | 416;
  readonly headers: Readonly<Record<string, string>>;
  readonly message: string;
}

/** A request to hand to Next, with the origin-form target Next should see. */
export interface Pass {
  readonly kind: "pass";
  readonly target: string;
}

/** What the server does with a request line. */
export type RequestVerdict = Refusal | Pass;

/** The answer to any method but GET and HEAD, on any URL: the site is read-only. */
export const METHOD_NOT_ALLOWED: Refusal = { kind: "refuse", status: 405, headers: { Allow: "GET, HEAD" }, message: "Phương thức này không được hỗ trợ." };

/** A path no route serves, so Next answers it with its own prerendered 404 page. */
export const NOT_FOUND_TARGET = "/_khong-tim-thay";

// Next serves its own error pages at these paths, `/_global-error` as a 500 with a one-year
// s-maxage: a shared cache would keep an error page there for a year.
const NEXT_ERROR_PAGES = new Set(["/_global-error", "/_not-found", "/404", "/500"]);

/**
 * Decides a request from its method and request target (as written on the request line).
 *
 * @example judgeRequest("GET", "http://other.example/the/dan-van") // { kind: "pass", target: "/the/dan-van" }
 */
export function judgeRequest(method: string, target: string): RequestVerdict {
  const originForm = toOriginForm(target);
  if (originForm === undefined) return refusal(400, {}, "Địa chỉ yêu cầu không hợp lệ.");
  if (method !== "GET" && method !== "HEAD") return METHOD_NOT_ALLOWED;
  const pathname = originForm.split("?", 1)[0] ?? originForm;
  return { kind: "pass", target: NEXT_ERROR_PAGES.has(pathname) ? NOT_FOUND_TARGET : originForm };
}

/**
 * The origin-form (`/path?query`) of a request target, or undefined for one the site cannot
 * serve (`*`, a bare word, a scheme other than http). An absolute-form target names a host;
 * the server has only one site, so the host is dropped rather than redirected to.
 * The path is kept byte for byte: URL parsing would resolve `%2e%2e` before Next sees it.
 */
function toOriginForm(target: string): string | undefined {
  if (target.startsWith("/")) return target;
  const absolute = /^https?:\/\/[^/?#]+(.*)$/i.exec(target);
  const rest = absolute?.[1];
  if (rest === undefined) return undefined;
  if (rest === "") return "/";
  if (rest.startsWith("/")) return rest;
  return rest.startsWith("?") ? `/${rest}` : undefined;
}

/** A static file's size and modification time, as `fs.stat` gives them. */
export interface FileFacts {
  readonly size: number;
  readonly modifiedMs: number;
}

/** The request headers that make a static file's answer conditional or partial. */
export interface FileConditions {
  readonly range?: string | undefined;
  readonly ifRange?: string | undefined;
  readonly ifMatch?: string | undefined;
  readonly ifUnmodifiedSince?: string | undefined;
}

/** Hand the request on with this Range header (undefined: none), or refuse it. */
export type FileVerdict = Refusal | { readonly kind: "pass"; readonly range: string | undefined };

/**
 * Decides a GET or HEAD of a static file that carries a Range or a precondition. Next's
 * file server (`send`) turns its own 412 and 416 into a 500, so those are answered here,
 * by the same rules `send` applies (its ETag, its comparisons), and `send` is only ever
 * handed one satisfiable range in canonical form, or none.
 *
 * @example judgeFileRequest({ range: "bytes=0-9" }, { size: 100, modifiedMs: 0 }) // { kind: "pass", range: "bytes=0-9" }
 */
export function judgeFileRequest(conditions: FileConditions, file: FileFacts): FileVerdict {
  if (preconditionFails(conditions, file)) return refusal(412, {}, "Điều kiện của yêu cầu không thỏa.");
  const { range } = conditions;
  if (range === undefined || !rangeIsFresh(conditions.ifRange, file)) return { kind: "pass", range: undefined };
  const ranges = parseByteRanges(range, file.size);
  if (ranges === undefined) return { kind: "pass", range: undefined };
  const [only, ...others] = ranges;
  if (only === undefined) return refusal(416, { "Content-Range": `bytes */${file.size}` }, "Khoảng byte yêu cầu nằm ngoài tệp.");
  // Several disjoint ranges would need a multipart answer; the whole file is allowed instead.
  return { kind: "pass", range: others.length === 0 ? `bytes=${only.start}-${only.end}` : undefined };
}

/** The ETag `send` gives a file: weak, from its size and modification time. */
export function fileEtag(file: FileFacts): string {
  return `W/"${file.size.toString(16)}-${Math.trunc(file.modifiedMs).toString(16)}"`;
}

// Last-Modified is an HTTP date, whole seconds.
function lastModified(file: FileFacts): number {
  return Math.floor(file.modifiedMs / 1000) * 1000;
}

// send's rules: If-Match is compared weakly against the ETag (`*` matches anything);
// without it, If-Unmodified-Since fails when the file changed after that date.
function preconditionFails({ ifMatch, ifUnmodifiedSince }: FileConditions, file: FileFacts): boolean {
  if (ifMatch !== undefined && ifMatch !== "") {
    if (ifMatch === "*") return false;
    const etag = fileEtag(file);
    const tags = ifMatch.split(/[ ,]+/).filter((tag) => tag !== "");
    return tags.every((tag) => tag !== etag && tag !== `W/${etag}` && `W/${tag}` !== etag);
  }
  const since = ifUnmodifiedSince === undefined ? NaN : Date.parse(ifUnmodifiedSince);
  return !Number.isNaN(since) && lastModified(file) > since;
}

// If-Range holds an ETag (quoted) or a date; when it no longer matches, the Range is ignored.
function rangeIsFresh(ifRange: string | undefined, file: FileFacts): boolean {
  if (ifRange === undefined || ifRange === "") return true;
  if (ifRange.includes('"')) return ifRange.includes(fileEtag(file));
  return lastModified(file) <= Date.parse(ifRange);
}

interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The satisfiable ranges of a `Range: bytes=…` header against a file of `size` bytes,
 * merged where they touch; empty when none is satisfiable; undefined when the header is
 * not a valid byte-range set (another unit, a letter, last before first), which RFC 9110
 * lets a server ignore.
 */
function parseByteRanges(header: string, size: number): ByteRange[] | undefined {
  const set = /^\s*bytes\s*=(.*)$/i.exec(header)?.[1];
  if (set === undefined) return undefined;
  const ranges: ByteRange[] = [];
  for (const spec of set.split(",")) {
    const parts = /^\s*(\d*)-(\d*)\s*$/.exec(spec);
    const first = parts?.[1] ?? "";
    const last = parts?.[2] ?? "";
    if (parts === null || (first === "" && last === "")) return undefined;
    if (first === "") {
      // A suffix: the last n bytes; zero of them is not satisfiable.
      const length = Number(last);
      if (length > 0 && size > 0) ranges.push({ start: Math.max(0, size - length), end: size - 1 });
      continue;
    }
    const start = Number(first);
    if (last !== "" && Number(last) < start) return undefined;
    if (start < size) ranges.push({ start, end: last === "" ? size - 1 : Math.min(Number(last), size - 1) });
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: readonly ByteRange[]): ByteRange[] {
  const merged: ByteRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && range.start <= previous.end + 1) merged[merged.length - 1] = { start: previous.start, end: Math.max(previous.end, range.end) };
    else merged.push(range);
  }
  return merged;
}

function refusal(status: Refusal["status"], headers: Readonly<Record<string, string>>, message: string): Refusal {
  return { kind: "refuse", status, headers, message };
}
