import { describe, expect, it } from 'vitest';
import {
  attachmentIdsOf,
  formatFileSize,
  updateItem,
  uploadAttachment,
  type UploadItem,
  type UploadRequest,
} from './attachments';

/** A fake XMLHttpRequest that records what was sent and answers as told. */
function fakeRequest(status: number, body: unknown, progress: [number, number][] = []) {
  const sent: { method?: string; url?: string; headers: Record<string, string>; body?: Blob } = { headers: {} };
  const xhr: UploadRequest = {
    status,
    responseText: typeof body === 'string' ? body : JSON.stringify(body),
    upload: { onprogress: null },
    onload: null,
    onerror: null,
    open(method, url) {
      sent.method = method;
      sent.url = url;
    },
    setRequestHeader(name, value) {
      sent.headers[name] = value;
    },
    send(b) {
      sent.body = b;
      for (const [loaded, total] of progress) xhr.upload.onprogress?.({ lengthComputable: true, loaded, total });
      queueMicrotask(() => (status === 0 ? xhr.onerror?.() : xhr.onload?.()));
    },
  };
  return { xhr, sent };
}

const file = Object.assign(new Blob(['%PDF-1.7']), { name: '关于提案的答复.pdf' });
const answer = {
  id: '7',
  fileName: '关于提案的答复.pdf',
  mimeType: 'application/pdf',
  size: 8,
  sha256: 'ab',
  url: '/files/x',
};

describe('uploadAttachment', () => {
  it('POSTs the file to /files with the token and the percent-encoded Chinese name, reporting progress', async () => {
    const { xhr, sent } = fakeRequest(201, answer, [
      [4, 8],
      [8, 8],
    ]);
    const seen: number[] = [];
    await expect(
      uploadAttachment(
        file,
        (p) => seen.push(p),
        () => xhr,
        'tok',
      ),
    ).resolves.toEqual(answer);
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe('/files');
    expect(sent.headers.authorization).toBe('Bearer tok');
    expect(decodeURIComponent(sent.headers['x-file-name'])).toBe('关于提案的答复.pdf');
    expect(sent.body).toBe(file);
    expect(seen).toEqual([50, 100]);
  });

  it('rejects with the server’s Chinese message, or a plain one when the answer is not JSON or the network fails', async () => {
    const refused = fakeRequest(400, {
      errors: [{ message: '不支持的文件类型', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    await expect(
      uploadAttachment(
        file,
        () => {},
        () => refused.xhr,
        null,
      ),
    ).rejects.toThrow('不支持的文件类型');
    expect(refused.sent.headers.authorization).toBeUndefined();
    await expect(
      uploadAttachment(
        file,
        () => {},
        () => fakeRequest(502, '<html>').xhr,
        null,
      ),
    ).rejects.toThrow('上传失败（HTTP 502）');
    await expect(
      uploadAttachment(
        file,
        () => {},
        () => fakeRequest(0, '').xhr,
        null,
      ),
    ).rejects.toThrow('无法连接服务器');
  });
});

describe('upload items and sizes', () => {
  it('yields the ids of uploaded files only, in the order picked', () => {
    let items: UploadItem[] = [
      { key: 'a', name: 'a.pdf', size: 1, state: 'uploading', percent: 10 },
      { key: 'b', name: 'b.exe', size: 1, state: 'failed', message: '不支持的文件类型' },
      { key: 'c', name: 'c.pdf', size: 1, state: 'done', attachment: { ...answer, id: '9' } },
    ];
    expect(attachmentIdsOf(items)).toEqual(['9']);
    items = updateItem(items, 'a', { key: 'a', name: 'a.pdf', size: 1, state: 'done', attachment: answer });
    expect(attachmentIdsOf(items)).toEqual(['7', '9']);
  });
  it('writes sizes in B, KB and MB', () => {
    expect(formatFileSize(812)).toBe('812 B');
    expect(formatFileSize(12.3 * 1024)).toBe('12.3 KB');
    expect(formatFileSize(4.5 * 1024 * 1024)).toBe('4.5 MB');
    expect(formatFileSize(-1)).toBe('—');
  });
});
