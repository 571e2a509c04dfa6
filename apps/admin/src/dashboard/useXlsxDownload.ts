import { exportUrl } from '../common/download';
import { useDownload } from '../common/useDownload';

/** GET /export/comparison.xlsx?year=&metrics=&perMember= with the bearer token; saves the workbook. */
export function useXlsxDownload() {
  const { download, busy } = useDownload();
  return {
    busy,
    download: ({ year, perMember, metrics }: { year: number; perMember: boolean; metrics?: string[] }) =>
      download(
        exportUrl('/export/comparison.xlsx', {
          year,
          metrics: metrics?.length ? metrics.join(',') : undefined,
          perMember,
        }),
        `${year}年乡镇政协工作比较.xlsx`,
      ),
  };
}
