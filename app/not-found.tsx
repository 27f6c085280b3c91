
export const metadata = { title: "Không tìm thấy trang" };

export default function NotFound() {
  return (
    <div className="not-found">
      <h1 className="page-title">Không tìm thấy trang</h1>
      <p>Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Hãy kiểm tra lại địa chỉ.</p>
      <p>
        <a href="/">Về trang chủ</a>
      </p>
    </div>
  );
}
