import type { ContentReport } from "../_data/content";

/**
 * The dev server's list of content problems, line for line what `npm run check` prints.
 * With errors it stands in for the page, as the build would refuse to publish it.
 */
export function ContentProblems({ report }: { report: ContentReport }) {
  return (
    <section className="content-problems" aria-labelledby="loi-noi-dung">
      <h1 id="loi-noi-dung" className="page-title">
        {report.blocking ? "Nội dung có lỗi: trang thật sẽ không dựng được" : "Nội dung có cảnh báo"}
      </h1>
      <p>Danh sách giống hệt lệnh npm run check. Sửa tệp rồi lưu lại: trang tự tải lại.</p>
      <pre>{report.lines.join("\n")}</pre>
    </section>
  );
}
