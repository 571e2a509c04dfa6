import { useState } from 'react';
import { useNotify } from 'react-admin';
import { downloadWithAuth, exportUrl } from '../common/download';

/** GET /export/comparison.xlsx?year=&metrics=&perMember= with the bearer token; saves the workbook. */
export function useXlsxDownload() {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async ({ year, perMember, metrics }: { year: number; perMember: boolean; metrics?: string[] }) => {
    setBusy(true);
    try {
      const url = exportUrl('/export/comparison.xlsx', {
        year,
        metrics: metrics?.length ? metrics.join(',') : undefined,
        perMember,
      });
      const name = await downloadWithAuth(url, `${year}年乡镇政协工作比较.xlsx`);
      notify('cppcc.analytics.downloaded', { type: 'info', messageArgs: { name } });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return { download, busy };
}
