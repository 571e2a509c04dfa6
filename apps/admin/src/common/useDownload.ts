import { useState } from 'react';
import { useNotify } from 'react-admin';
import { downloadWithAuth } from './download';

/**
 * A download button's state: GET an /export route with the bearer token, save it under the
 * server's name, say so; the server's refusal is shown as it was written.
 */
export function useDownload() {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async (url: string, fallbackName: string) => {
    setBusy(true);
    try {
      const name = await downloadWithAuth(url, fallbackName);
      notify('cppcc.analytics.downloaded', { type: 'info', messageArgs: { name } });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return { download, busy };
}
