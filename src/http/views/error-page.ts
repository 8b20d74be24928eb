/** The plain error page consoles show, in Vietnamese; it says what happened and gives the request id, nothing more. */
export function errorPage(status: number, requestId?: string): string {
  const title =
    status === 404
      ? "Không tìm thấy trang"
      : status === 401 || status === 403
        ? "Bạn không có quyền xem trang này"
        : status >= 500
          ? "Hệ thống đang gặp sự cố"
          : "Yêu cầu không hợp lệ";
  const hint =
    status >= 500
      ? "Vui lòng thử lại sau ít phút. Nếu lỗi vẫn còn, hãy báo cho quản trị viên kèm mã yêu cầu bên dưới."
      : "Vui lòng kiểm tra lại đường dẫn hoặc quay về trang chính.";
  const id = requestId ? `<p class="id">Mã yêu cầu: ${escapeHtml(requestId)}</p>` : "";
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – motcua</title><style>body{font:18px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}.id{color:#666;font-size:.9rem}a{color:#0b57d0}</style></head>
<body><h1>${title}</h1><p>${hint}</p>${id}<p><a href="/console">Về trang chính</a></p></body></html>`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}
