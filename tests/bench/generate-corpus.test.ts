import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { withComment } from "./generate-corpus";

describe("withComment (distinct bench leads from one encoding)", () => {
  it("keeps a JPEG that decodes to the same pixels, with different bytes", async () => {
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 30, b: 60 } } }).jpeg().toBuffer();
    const first = withComment(jpeg, "lead 1");
    const second = withComment(jpeg, "lead 2");
    expect(first.equals(second)).toBe(false);
    expect(first.length).toBe(jpeg.length + 4 + "lead 1".length);
    const [plain, commented] = await Promise.all([sharp(jpeg).raw().toBuffer(), sharp(first).raw().toBuffer()]);
    expect(commented.equals(plain)).toBe(true);
    expect((await sharp(second).metadata()).width).toBe(40);
  });

  it("refuses what is not a JPEG", () => {
    expect(() => withComment(Buffer.from("GIF89a"), "x")).toThrow(/FF D8/);
  });
});
