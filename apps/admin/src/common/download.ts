// File downloads that need the bearer token (the server's /export routes), and saving blobs.
import { HttpError } from 'react-admin';
import { TOKEN_KEY } from '../graphql';

/** Saves a blob under a file name through a temporary link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `attachment; filename*=UTF-8''%E4%B8%9C…` → the decoded file name. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1] : fallback;
}

/** Builds `/export/x?a=1&b=2`, leaving out empty parameters. */
export function exportUrl(path: string, params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** GET with `Authorization: Bearer`, then save the file under the server's name. */
export async function downloadWithAuth(url: string, fallbackName: string): Promise<string> {
  const token = localStorage.getItem(TOKEN_KEY);
  let response: Response;
  try {
    response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new HttpError('无法连接服务器，请检查网络', 0, { code: 'NETWORK_ERROR' });
  }
  if (!response.ok) {
    let message = `下载失败（HTTP ${response.status}）`;
    try {
      const body = (await response.json()) as { errors?: { message?: string }[] };
      if (body.errors?.[0]?.message) message = body.errors[0].message;
    } catch {
      /* not JSON */
    }
    throw new HttpError(message, response.status, { code: 'EXPORT_FAILED' });
  }
  const name = fileNameFromDisposition(response.headers.get('content-disposition'), fallbackName);
  saveBlob(await response.blob(), name);
  return name;
}
