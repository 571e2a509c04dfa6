import { todayInChina } from '@cppcc/domain';
import { documentDate } from './official-docx';

/**
 * What an export of a closed year says about its figures: when the year was closed and the hash of
 * the snapshot they come from, so a reader of the file can check it (yearSnapshot); null when open.
 */
export function sealedNote(
  year: number,
  seal: { closedAt?: Date | string | null; snapshotHash?: string | null },
): string | null {
  if (!seal.closedAt || !seal.snapshotHash) return null;
  const on = documentDate(todayInChina(new Date(seal.closedAt)));
  return `${year}年度已于${on}封账，以上数据取自封账快照，SHA-256：${seal.snapshotHash}`;
}
