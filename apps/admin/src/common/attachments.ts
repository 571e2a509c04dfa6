// Attachments in the console: uploads to POST /files with the login token (one request per file,
// with progress), the ids a form sends, and sizes as people read them. The server checks every
// file by its content (apps/server/src/files/attachment.service.ts); these only report.
import { TOKEN_KEY } from '../graphql';

/** What POST /files answers: an attachment no record holds yet. */
export interface UploadedAttachment {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  url: string;
}

/** One picked file on its way: uploading, uploaded, or refused with the server's message. */
export type UploadItem =
  | { key: string; name: string; size: number; state: 'uploading'; percent: number }
  | { key: string; name: string; size: number; state: 'done'; attachment: UploadedAttachment }
  | { key: string; name: string; size: number; state: 'failed'; message: string };

/** What the file picker offers; the server decides by content, whatever the picker lets through. */
export const FILE_ACCEPT =
  '.pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.txt,.csv,application/pdf,image/*';

/** 812 B, 12.3 KB, 4.5 MB */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The ids of the uploaded files, in the order picked: the form field's value. */
export function attachmentIdsOf(items: readonly UploadItem[]): string[] {
  return items.flatMap((item) => (item.state === 'done' ? [item.attachment.id] : []));
}

/** Replaces the item with `key`, leaving the others. */
export function updateItem(items: readonly UploadItem[], key: string, next: UploadItem): UploadItem[] {
  return items.map((item) => (item.key === key ? next : item));
}

/** The part of XMLHttpRequest an upload uses (tests hand in a fake). */
export interface UploadRequest {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  status: number;
  responseText: string;
  send(body: Blob): void;
}

/** XMLHttpRequest behind UploadRequest: its events forwarded once the request is sent. */
function browserRequest(): UploadRequest {
  const xhr = new XMLHttpRequest();
  const request: UploadRequest = {
    open: (method, url) => xhr.open(method, url),
    setRequestHeader: (name, value) => xhr.setRequestHeader(name, value),
    upload: { onprogress: null },
    onload: null,
    onerror: null,
    get status() {
      return xhr.status;
    },
    get responseText() {
      return xhr.responseText;
    },
    send(body) {
      xhr.upload.onprogress = (e) => request.upload.onprogress?.(e);
      xhr.onload = () => request.onload?.();
      xhr.onerror = () => request.onerror?.();
      xhr.send(body);
    },
  };
  return request;
}

/**
 * POSTs one file to /files (fetch reports no upload progress, hence XMLHttpRequest) with its
 * name percent-encoded in x-file-name; rejects with the server's Chinese message.
 */
export function uploadAttachment(
  file: Blob & { name: string },
  onProgress: (percent: number) => void,
  makeRequest: () => UploadRequest = browserRequest,
  token: string | null = localStorage.getItem(TOKEN_KEY),
): Promise<UploadedAttachment> {
  return new Promise((resolve, reject) => {
    const xhr = makeRequest();
    xhr.open('POST', '/files');
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((100 * e.loaded) / e.total));
    };
    xhr.onload = () => {
      let body: { errors?: { message?: string }[] } & Partial<UploadedAttachment>;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        reject(new Error(`上传失败（HTTP ${xhr.status}）`));
        return;
      }
      if (xhr.status === 201 && body.id) resolve(body as UploadedAttachment);
      else reject(new Error(body.errors?.[0]?.message ?? `上传失败（HTTP ${xhr.status}）`));
    };
    xhr.onerror = () => reject(new Error('无法连接服务器，请检查网络'));
    xhr.send(file);
  });
}
