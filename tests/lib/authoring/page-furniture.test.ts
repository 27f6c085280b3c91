import { describe, expect, it } from "vitest";
import {
  breadcrumbSegments,
  furnitureKind,
  isListItem,
  isRelatedHeading,
  readBracketedCaption,
  readCreditLine,
  readKeywordLine,
  readSourceLine,
} from "../../../lib/authoring/page-furniture";

describe("furnitureKind", () => {
  it.each([
    ["Trang chủ > Chính trị > Xây dựng Đảng", "breadcrumb"],
    ["Trang chủ / Xã hội / Giáo dục", "breadcrumb"],
    ["Trang chủ » Kinh tế", "breadcrumb"],
    ["Thời sự › Trong tỉnh", "breadcrumb"],
    ["Lượt xem: 1.234", "counter"],
    ["1.234 lượt xem", "counter"],
    ["Đã xem: 567", "counter"],
    ["👁 2.045", "counter"],
    ["Chia sẻ", "buttons"],
    ["Bình luận (3)", "buttons"],
    ["In bài | Gửi email", "buttons"],
    ["In bài viết · Gửi email · Chia sẻ", "buttons"],
    ["Chia sẻ Facebook Zalo", "buttons"],
    ["Gửi bình luận", "buttons"],
    ["Gửi e-mail", "buttons"],
  ])("calls %j %s", (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });

  it.each([
    "Chiều 20/4, tại TP Hạ Long, BTV Tỉnh ủy đã làm việc với Đoàn khảo sát.",
    "Thứ Năm, 20/04/2017, 18:02 [GMT+7]",
    "Hồng Nhung",
    "Chia sẻ kinh nghiệm làm dân vận khéo",
    "In ấn tài liệu tuyên truyền",
    "Hạ Long / Cẩm Phả: hai địa phương dẫn đầu về thu ngân sách trong quý I năm nay.",
  ])("leaves the article's line %j alone", (line) => {
    expect(furnitureKind(line)).toBeUndefined();
  });
});

describe("breadcrumbSegments", () => {
  it("leaves the home page out", () => {
    expect(breadcrumbSegments("Trang chủ > Chính trị > Xây dựng Đảng")).toEqual(["Chính trị", "Xây dựng Đảng"]);
  });
});

describe("related lists", () => {
  it.each(["Tin liên quan", "TIN LIÊN QUAN", "Tin cùng chuyên mục:", "Xem thêm", "Các tin khác"])("knows the heading %j", (line) => {
    expect(isRelatedHeading(line)).toBe(true);
  });

  it.each(["Tin liên quan đến vụ việc đã được báo cáo.", "Hồng Nhung"])("knows %j is no heading", (line) => {
    expect(isRelatedHeading(line)).toBe(false);
  });

  it.each([["- Khai giảng lớp học", true], ["• Trao học bổng", true], ["1. Kỳ họp thứ nhất", true], ["Khai giảng lớp học", false]])("says whether %j is a list item", (line, item) => {
    expect(isListItem(line)).toBe(item);
  });
});

describe("readSourceLine", () => {
  it.each([
    ["Nguồn: Báo Quảng Ninh", "Báo Quảng Ninh"],
    ["Nguồn tin: TTXVN", "TTXVN"],
    ["(Nguồn: Cổng thông tin tỉnh)", "Cổng thông tin tỉnh"],
    ["(Theo Báo Quảng Ninh)", "Báo Quảng Ninh"],
    ["Theo TTXVN", "TTXVN"],
  ])("reads %j as the source %j", (line, source) => {
    expect(readSourceLine(line)).toBe(source);
  });

  it.each(["Theo đó, nhiều hộ đã bán hết lúa ngay tại ruộng.", "Nguồn vốn được giải ngân trong tháng 4", "Hồng Nhung"])("reads no source in %j", (line) => {
    expect(readSourceLine(line)).toBeUndefined();
  });
});

describe("readKeywordLine", () => {
  it.each([
    ["Từ khóa: Dân vận, Quảng Ninh, Hệ thống chính trị", ["Dân vận", "Quảng Ninh", "Hệ thống chính trị"]],
    ["Tags: #Nông nghiệp; #Giá lúa", ["Nông nghiệp", "Giá lúa"]],
    ["Từ khoá: Kinh tế | Du lịch", ["Kinh tế", "Du lịch"]],
    ["Chủ đề: Giáo dục - Vùng cao", ["Giáo dục", "Vùng cao"]],
  ])("reads the keywords of %j", (line, keywords) => {
    expect(readKeywordLine(line)).toEqual({ labelOnly: false, keywords });
  });

  it("knows a label alone, whose keywords are on the next line", () => {
    expect(readKeywordLine("Tags:")).toEqual({ labelOnly: true, keywords: [] });
  });

  it("reads no keywords in a sentence", () => {
    expect(readKeywordLine("Từ khóa của năm nay là chuyển đổi số.")).toBeUndefined();
  });
});

describe("readCreditLine", () => {
  it.each([
    ["Ảnh: Minh Đức", "Ảnh: Minh Đức"],
    ["(Ảnh: Thu Hà)", "Ảnh: Thu Hà"],
    ["ẢNH: TTXVN", "Ảnh: TTXVN"],
    ["Ảnh tư liệu: Báo Quảng Ninh", "Ảnh tư liệu: Báo Quảng Ninh"],
  ])("reads %j as %j", (line, credit) => {
    expect(readCreditLine(line)).toBe(credit);
  });

  it.each(["Ảnh hưởng của bão số 3 rất lớn.", "Bức ảnh: một kỷ niệm"])("reads no credit in %j", (line) => {
    expect(readCreditLine(line)).toBeUndefined();
  });
});

describe("readBracketedCaption", () => {
  it.each([
    ["(Đồng chí Ngô Thị Doãn Thanh phát biểu. Ảnh: Hồng Nhung)", "Đồng chí Ngô Thị Doãn Thanh phát biểu. Ảnh: Hồng Nhung"],
    ["[Quang cảnh hội nghị sáng 12/5]", "Quang cảnh hội nghị sáng 12/5"],
  ])("reads the caption in %j", (line, caption) => {
    expect(readBracketedCaption(line)).toBe(caption);
  });

  it.each(["(Còn nữa)", "(Kỳ 2: Những người giữ rừng)", "(Theo Báo Quảng Ninh)", "(Ảnh)", "Không có ngoặc ở hai đầu (chỉ ở giữa)"])("reads no caption in %j", (line) => {
    expect(readBracketedCaption(line)).toBeUndefined();
  });
});
