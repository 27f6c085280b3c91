import { describe, expect, it } from "vitest";
import { shareLinks } from "../../lib/share-links";

const URL_ = "https://baotinh.vn/bai-viet/btv-tinh-uy-lam-viec";

describe("shareLinks", () => {
  it("gives Facebook's plain share address with the article's address encoded", () => {
    expect(shareLinks(URL_, "BTV Tỉnh ủy làm việc").facebook).toBe("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fbaotinh.vn%2Fbai-viet%2Fbtv-tinh-uy-lam-viec");
  });

  it("gives an email with the headline as subject and the headline and address as body", () => {
    expect(shareLinks(URL_, "Kỳ họp thứ 5: Đường về đích & hơn thế").email).toBe(
      "mailto:?subject=K%E1%BB%B3%20h%E1%BB%8Dp%20th%E1%BB%A9%205%3A%20%C4%90%C6%B0%E1%BB%9Dng%20v%E1%BB%81%20%C4%91%C3%ADch%20%26%20h%C6%A1n%20th%E1%BA%BF&body=K%E1%BB%B3%20h%E1%BB%8Dp%20th%E1%BB%A9%205%3A%20%C4%90%C6%B0%E1%BB%9Dng%20v%E1%BB%81%20%C4%91%C3%ADch%20%26%20h%C6%A1n%20th%E1%BA%BF%0Ahttps%3A%2F%2Fbaotinh.vn%2Fbai-viet%2Fbtv-tinh-uy-lam-viec",
    );
  });

  it("keeps the address itself to copy, for Zalo", () => {
    expect(shareLinks(URL_, "Tin").url).toBe(URL_);
  });

  it("decodes back to exactly the headline and address", () => {
    const email = new URL(shareLinks(URL_, "Giá lúa tăng 10% ở \"đồng bằng\"").email);
    expect(email.searchParams.get("subject")).toBe('Giá lúa tăng 10% ở "đồng bằng"');
    expect(email.searchParams.get("body")).toBe(`Giá lúa tăng 10% ở "đồng bằng"\n${URL_}`);
    expect(new URL(shareLinks(URL_, "Tin").facebook).searchParams.get("u")).toBe(URL_);
  });
});
