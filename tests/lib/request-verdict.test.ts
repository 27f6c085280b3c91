import { describe, expect, it } from "vitest";
import { fileEtag, judgeFileRequest, judgeRequest, NOT_FOUND_TARGET, type FileConditions } from "../../lib/request-verdict";

const METHOD_REFUSAL = { kind: "refuse", status: 405, headers: { Allow: "GET, HEAD" }, message: "Phương thức này không được hỗ trợ." };
const TARGET_REFUSAL = { kind: "refuse", status: 400, headers: {}, message: "Địa chỉ yêu cầu không hợp lệ." };

describe("judgeRequest", () => {
  it.each([
    ["GET", "/"],
    ["HEAD", "/"],
    ["GET", "/bai-viet/btv-tinh-uy?x=1"],
    ["GET", "/%2e%2e/%2e%2e/etc/passwd"],
    ["GET", "//evil.example/the/dan-van"],
  ])("hands %s %s on to Next as it is", (method, target) => {
    expect(judgeRequest(method, target)).toEqual({ kind: "pass", target });
  });

  it.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "TRACK", "PROPFIND", "PURGE", "CONNECT", "get", ""])("refuses the method %j with 405 and Allow: GET, HEAD", (method) => {
    expect(judgeRequest(method, "/")).toEqual(METHOD_REFUSAL);
  });

  it.each([
    ["http://other.example/the/dan-van", "/the/dan-van"],
    ["https://other.example/the/dan-van?trang=2", "/the/dan-van?trang=2"],
    ["HTTP://Other.Example:8080/a", "/a"],
    ["http://other.example", "/"],
    ["http://other.example?q=1", "/?q=1"],
    ["http://user@other.example/a", "/a"],
    ["http://other.example/%2e%2e/package.json", "/%2e%2e/package.json"],
    ["http://other.example//evil.example/", "//evil.example/"],
  ])("serves the absolute-form %s as the local %s, the path byte for byte", (target, local) => {
    expect(judgeRequest("GET", target)).toEqual({ kind: "pass", target: local });
  });

  it.each(["*", "foo", "", "ftp://other.example/a", "http:///a", "http://other.example#frag", "other.example:443", "javascript:alert(1)"])(
    "refuses the target %j with 400",
    (target) => {
      expect(judgeRequest("GET", target)).toEqual(TARGET_REFUSAL);
    },
  );

  it("refuses a `*` target with 400 whatever the method, OPTIONS included", () => {
    expect([judgeRequest("OPTIONS", "*"), judgeRequest("POST", "*")]).toEqual([TARGET_REFUSAL, TARGET_REFUSAL]);
  });

  it.each(["/_global-error", "/_global-error?_rsc=abc", "/_not-found", "/404", "/500", "http://other.example/_global-error"])("sends Next's own error page %s to the 404 page", (target) => {
    expect(judgeRequest("GET", target)).toEqual({ kind: "pass", target: NOT_FOUND_TARGET });
  });

  it.each(["/_global-error.rsc", "/_global-errors", "/404.html", "/5000"])("leaves %s, which is not an error page, to Next", (target) => {
    expect(judgeRequest("GET", target)).toEqual({ kind: "pass", target });
  });
});

const FILE = { size: 100, modifiedMs: Date.UTC(2026, 10, 1, 8, 0, 0, 250) };
const ETAG = 'W/"64-1a1961f5cfa"';
const unsatisfiable = { kind: "refuse", status: 416, headers: { "Content-Range": "bytes */100" }, message: "Khoảng byte yêu cầu nằm ngoài tệp." };
const preconditionFailed = { kind: "refuse", status: 412, headers: {}, message: "Điều kiện của yêu cầu không thỏa." };

describe("fileEtag", () => {
  it("is send's weak ETag: the size and the modification time in whole milliseconds, in hexadecimal", () => {
    expect(fileEtag(FILE)).toBe(ETAG);
    expect(fileEtag({ size: 9759, modifiedMs: 1796203000000.9 })).toBe('W/"261f-1a2360ab0c0"');
  });
});

describe("judgeFileRequest", () => {
  it.each([
    ["bytes=0-9", "bytes=0-9"],
    ["bytes=0-0", "bytes=0-0"],
    ["bytes=90-", "bytes=90-99"],
    ["bytes=-10", "bytes=90-99"],
    ["bytes=-500", "bytes=0-99"],
    ["bytes=50-5000", "bytes=50-99"],
    ["bytes=99-99", "bytes=99-99"],
    ["bytes=0-4,5-9", "bytes=0-9"],
    ["bytes=5-9,0-6", "bytes=0-9"],
    ["bytes=0-9, 200-300", "bytes=0-9"],
    ["Bytes = 1-2", "bytes=1-2"],
  ])("hands the satisfiable %j to Next as the one range %j", (range, canonical) => {
    expect(judgeFileRequest({ range }, FILE)).toEqual({ kind: "pass", range: canonical });
  });

  it.each(["bytes=100-", "bytes=100-200", "bytes=999999999999999999999-", "bytes=-0", "bytes=100-100,200-"])("refuses the unsatisfiable %j with 416 and the file's size", (range) => {
    expect(judgeFileRequest({ range }, FILE)).toEqual(unsatisfiable);
  });

  it.each([
    ["bytes=0-", { kind: "refuse", status: 416, headers: { "Content-Range": "bytes */0" }, message: "Khoảng byte yêu cầu nằm ngoài tệp." }],
    ["bytes=-5", { kind: "refuse", status: 416, headers: { "Content-Range": "bytes */0" }, message: "Khoảng byte yêu cầu nằm ngoài tệp." }],
  ])("refuses any range of an empty file, %j included", (range, verdict) => {
    expect(judgeFileRequest({ range }, { size: 0, modifiedMs: 0 })).toEqual(verdict);
  });

  it.each(["bytes=abc", "bytes=5-2", "bytes=-", "bytes=", "bytes=0-1,x", "items=0-5", "0-5", "bytes=1.5-2", "bytes=0-9, bytes=20-29"])("ignores the invalid %j: the whole file", (range) => {
    expect(judgeFileRequest({ range }, FILE)).toEqual({ kind: "pass", range: undefined });
  });

  it("serves several disjoint ranges as the whole file rather than as a multipart answer", () => {
    expect(judgeFileRequest({ range: "bytes=0-0,50-59" }, FILE)).toEqual({ kind: "pass", range: undefined });
  });

  it.each<[string, FileConditions, object]>([
    ["an If-Range with the file's ETag keeps the range", { range: "bytes=0-9", ifRange: ETAG }, { kind: "pass", range: "bytes=0-9" }],
    ["an If-Range with another ETag drops it", { range: "bytes=0-9", ifRange: '"other"' }, { kind: "pass", range: undefined }],
    ["an If-Range with another ETag drops even an unsatisfiable one", { range: "bytes=500-", ifRange: '"other"' }, { kind: "pass", range: undefined }],
    ["an If-Range with the file's ETag keeps an unsatisfiable one refused", { range: "bytes=500-", ifRange: ETAG }, unsatisfiable],
    ["an If-Range date at the file's second keeps the range", { range: "bytes=0-9", ifRange: "Sun, 01 Nov 2026 08:00:00 GMT" }, { kind: "pass", range: "bytes=0-9" }],
    ["an If-Range date before the file's time drops it", { range: "bytes=0-9", ifRange: "Sun, 01 Nov 2026 07:59:59 GMT" }, { kind: "pass", range: undefined }],
    ["an If-Range that is no date drops it", { range: "bytes=0-9", ifRange: "yesterday" }, { kind: "pass", range: undefined }],
  ])("%s", (_name, conditions, verdict) => {
    expect(judgeFileRequest(conditions, FILE)).toEqual(verdict);
  });

  it.each<[string, FileConditions, object]>([
    ["If-Match with another ETag fails", { ifMatch: '"other"' }, preconditionFailed],
    ["If-Match with the file's ETag passes", { ifMatch: ETAG }, { kind: "pass", range: undefined }],
    ["If-Match with the ETag unweakened passes, as send compares weakly", { ifMatch: '"64-1a1961f5cfa"' }, { kind: "pass", range: undefined }],
    ["If-Match with the ETag in a list passes", { ifMatch: `"a", ${ETAG}` }, { kind: "pass", range: undefined }],
    ["If-Match * passes", { ifMatch: "*" }, { kind: "pass", range: undefined }],
    ["a failed If-Match wins over a range", { ifMatch: '"other"', range: "bytes=500-" }, preconditionFailed],
    ["If-Match decides alone when If-Unmodified-Since is there too", { ifMatch: ETAG, ifUnmodifiedSince: "Mon, 01 Jan 2001 00:00:00 GMT" }, { kind: "pass", range: undefined }],
    ["If-Unmodified-Since before the file's time fails", { ifUnmodifiedSince: "Mon, 01 Jan 2001 00:00:00 GMT" }, preconditionFailed],
    ["If-Unmodified-Since at the file's second passes", { ifUnmodifiedSince: "Sun, 01 Nov 2026 08:00:00 GMT" }, { kind: "pass", range: undefined }],
    ["If-Unmodified-Since that is no date is ignored", { ifUnmodifiedSince: "yesterday" }, { kind: "pass", range: undefined }],
  ])("%s", (_name, conditions, verdict) => {
    expect(judgeFileRequest(conditions, FILE)).toEqual(verdict);
  });
});
