import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedBytes, cachedFile, ensureCached, hashOriginals, measureCache, OriginalChangedError, photoFailure, readCached, sha256 } from "../../lib/photo-cache";
import { formatProblem } from "../../lib/problem";
import { planPhoto, type PhotoPlan } from "../../lib/plan-photo";
import { cameraPhoto } from "../support/camera-photos";

let dir = "";
let original = "";
let bytes: Buffer = Buffer.alloc(0);
let plan: PhotoPlan;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-photo-cache-"));
  original = path.join(dir, "hoi-nghi.jpg");
  bytes = await cameraPhoto({ width: 1000, height: 750, metadata: true });
  writeFileSync(original, bytes);
  plan = planPhoto("/images/2024/05/hoi-nghi.jpg", { format: "jpeg", width: 1000, height: 750 }, sha256(bytes));
});

afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
});

describe("ensureCached", () => {
  it("encodes what is missing into <dir>/<two digits>/<key>-<width>.<ext>, and reports every size", async () => {
    const cache = path.join(dir, "cache-a");
    const wanted = plan.variants.slice(0, 3);
    const sizes = await ensureCached(cache, plan, { file: original, hash: sha256(bytes) }, wanted);
    expect([...sizes.keys()]).toEqual(wanted.map((variant) => variant.name));
    for (const variant of wanted) {
      expect(cachedFile(cache, variant)).toBe(path.join(cache, plan.key.slice(0, 2), `${plan.key}-${variant.width}.webp`));
      expect(sizes.get(variant.name)).toBe(statSync(cachedFile(cache, variant)).size);
    }
    expect(measureCache(cache).files).toBe(3);
  });

  it("leaves files already made untouched, and makes only the new ones", async () => {
    const cache = path.join(dir, "cache-b");
    const [first, second] = plan.variants;
    if (first === undefined || second === undefined) throw new Error("the plan has two variants");
    await ensureCached(cache, plan, { file: original, hash: sha256(bytes) }, [first]);
    // A stand-in for the first file: were it encoded again, these bytes would be replaced.
    writeFileSync(cachedFile(cache, first), "đã có");
    const sizes = await ensureCached(cache, plan, { file: original, hash: sha256(bytes) }, [first, second]);
    expect(readFileSync(cachedFile(cache, first), "utf8")).toBe("đã có");
    expect(sizes.get(first.name)).toBe(Buffer.byteLength("đã có"));
    expect(readCached(cache, second)?.subarray(0, 4).toString("latin1")).toBe("RIFF");
  });

  it("never reads the original when everything is there", async () => {
    const cache = path.join(dir, "cache-c");
    await ensureCached(cache, plan, { file: original, hash: sha256(bytes) }, plan.variants);
    const sizes = await ensureCached(cache, plan, { file: path.join(dir, "da-xoa.jpg"), hash: sha256(bytes) }, plan.variants);
    expect(sizes.size).toBe(plan.variants.length);
  });

  it("refuses to write a plan's names from an original that has changed since", async () => {
    const cache = path.join(dir, "cache-d");
    await expect(ensureCached(cache, plan, { file: original, hash: "0".repeat(64) }, plan.variants)).rejects.toBeInstanceOf(OriginalChangedError);
    expect(plan.variants.map((variant) => cachedBytes(cache, variant))).toEqual(plan.variants.map(() => undefined));
  });
});

describe("photoFailure", () => {
  const SHOWN = "content/images/2024/05/hoi-nghi.jpg";
  const failing = async (made: () => Promise<unknown>): Promise<string> => {
    const error = await made().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    return formatProblem(photoFailure({ file: SHOWN, src: plan.src }, error));
  };
  const line = (reason: string) => `${SHOWN}: không tạo được bản thu nhỏ cho ảnh /images/2024/05/hoi-nghi.jpg: ${reason}.`;

  it.each([
    [
      "an original changed since the build",
      () => ensureCached(path.join(dir, "loi-a"), plan, { file: original, hash: "0".repeat(64) }, plan.variants),
      () => line("tệp gốc đã đổi sau lần dựng trang; chạy lại npm run build (hoặc npm run deploy)"),
    ],
    [
      "an original deleted since the build",
      () => ensureCached(path.join(dir, "loi-b"), plan, { file: path.join(dir, "da-xoa.jpg"), hash: sha256(bytes) }, plan.variants),
      () => line(`không đọc được tệp gốc; tệp có thể đã bị xóa hoặc chuyển đi sau lần dựng trang (ENOENT: no such file or directory, open '${path.join(dir, "da-xoa.jpg")}')`),
    ],
    [
      "a cache folder that is a file",
      async () => {
        writeFileSync(path.join(dir, "la-tep"), "");
        return ensureCached(path.join(dir, "la-tep"), plan, { file: original, hash: sha256(bytes) }, plan.variants.slice(0, 1));
      },
      () =>
        line(
          `không ghi được vào thư mục ảnh ${path.join(dir, "la-tep")}; xem quyền ghi và chỗ trống trên đĩa, hoặc đặt PHOTO_CACHE_DIR sang thư mục khác (ENOTDIR: not a directory, mkdir '${path.join(dir, "la-tep", plan.key.slice(0, 2))}')`,
        ),
    ],
    [
      "an original cut short inside its pixels",
      async () => {
        const cut = bytes.subarray(0, Math.floor(bytes.length * 0.6));
        writeFileSync(path.join(dir, "cat-ngan.jpg"), cut);
        return ensureCached(path.join(dir, "loi-d"), plan, { file: path.join(dir, "cat-ngan.jpg"), hash: sha256(cut) }, plan.variants.slice(0, 2));
      },
      () =>
        line(
          "không giải mã được ảnh: tệp hỏng, bị cắt cụt hoặc không đúng định dạng phần đầu tệp ghi; mở thử tệp bằng trình xem ảnh, chép lại tệp gốc hoặc xuất lại thành JPEG (sharp: VipsJpeg: premature end of JPEG image)",
        ),
    ],
    [
      "a fault in the program itself",
      () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'width')")),
      () => line("lỗi ngoài dự kiến của chương trình (Cannot read properties of undefined (reading 'width'))"),
    ],
  ])("tells the editor in Vietnamese about %s", async (_name, made, expected) => {
    expect(await failing(made)).toBe(expected());
  });
});

describe("hashOriginals", () => {
  it("hashes each original, then takes unchanged files' hashes from its memo without reading them", () => {
    const cache = path.join(dir, "cache-e");
    const file = path.join(dir, "memo.jpg");
    writeFileSync(file, bytes);
    const originals = [{ src: "/images/memo.jpg", file }];
    expect(hashOriginals(cache, originals).get("/images/memo.jpg")).toBe(sha256(bytes));
    // Rewrite the memo's hash: if the next call read the file, it would not return this.
    const memoFile = path.join(cache, "originals.json");
    writeFileSync(memoFile, readFileSync(memoFile, "utf8").replace(sha256(bytes), "f".repeat(64)));
    expect(hashOriginals(cache, originals).get("/images/memo.jpg")).toBe("f".repeat(64));
  });

  it("hashes a file again once its size or times change", () => {
    const cache = path.join(dir, "cache-f");
    const file = path.join(dir, "doi.jpg");
    writeFileSync(file, bytes);
    const originals = [{ src: "/images/doi.jpg", file }];
    hashOriginals(cache, originals);
    writeFileSync(file, Buffer.concat([bytes, Buffer.from([0])]));
    const stat = statSync(file);
    utimesSync(file, stat.atime, new Date(stat.mtimeMs + 1000));
    expect(hashOriginals(cache, originals).get("/images/doi.jpg")).toBe(sha256(readFileSync(file)));
  });

  it("starts over from a damaged memo", () => {
    const cache = path.join(dir, "cache-g");
    const file = path.join(dir, "hong.jpg");
    writeFileSync(file, bytes);
    mkdirSync(cache, { recursive: true });
    writeFileSync(path.join(cache, "originals.json"), "{không phải JSON");
    expect(hashOriginals(cache, [{ src: "/images/hong.jpg", file }]).get("/images/hong.jpg")).toBe(sha256(bytes));
  });
});
