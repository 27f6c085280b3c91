import { PageFrame } from "./_components/page-frame";

export const metadata = { title: "Không tìm thấy trang" };

export default function NotFound() {
  // Prerendered once per deploy and never regenerated: no date, which would go stale.
  return (
    <PageFrame dated={false}>
      <div className="not-found">
        <h1 className="page-title">Không tìm thấy trang</h1>
        <p>Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Hãy kiểm tra lại địa chỉ.</p>
        <p>
          <a href="/">Về trang chủ</a>
        </p>
      </div>
    </PageFrame>
  );
}
