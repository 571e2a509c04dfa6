import { Box, Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { UnitRequestKind, UnitRequestStatus } from '@cppcc/domain';

const STATUS_COLOR: Record<UnitRequestStatus, 'warning' | 'success' | 'error'> = {
  [UnitRequestStatus.PENDING]: 'warning',
  [UnitRequestStatus.APPROVED]: 'success',
  [UnitRequestStatus.REFUSED]: 'error',
};

/** A unit request's kind (退回/调整/延期) and where it stands (待审批/已同意/未同意). */
export const UnitRequestChips = ({ kind, status }: { kind: UnitRequestKind; status: UnitRequestStatus }) => {
  const translate = useTranslate();
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.5, flexWrap: 'wrap' }}>
      <Chip size="small" variant="outlined" label={translate(`enum.UnitRequestKind.${kind}`)} />
      <Chip
        size="small"
        color={STATUS_COLOR[status]}
        variant={status === UnitRequestStatus.PENDING ? 'outlined' : 'filled'}
        label={translate(`enum.UnitRequestStatus.${status}`)}
      />
    </Box>
  );
};

/** What the county answered, in one line: 同意，延至… / 同意，已重新交办 / 不同意：理由. */
export function decisionLine(
  translate: (key: string, options?: object) => string,
  r: {
    kind: UnitRequestKind;
    status: UnitRequestStatus;
    decisionNote?: string | null;
    grantedDeadline?: string | null;
  },
): string | null {
  if (r.status === UnitRequestStatus.PENDING) return null;
  const t = (key: string, options?: object) => translate(`cppcc.unit_handling.${key}`, options);
  const note = r.decisionNote ? t('decision_note', { note: r.decisionNote }) : '';
  if (r.status === UnitRequestStatus.REFUSED) return `${t('refused')}${note}`;
  const what =
    r.kind === UnitRequestKind.EXTEND ? t('granted_until', { date: r.grantedDeadline ?? '' }) : t('reassigned');
  return `${what}${note}`;
}
