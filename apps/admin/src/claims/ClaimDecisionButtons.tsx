// 确认 / 不予确认 on a waiting claim, for those the server lets decide (county admins).
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { useRecordContext, useTranslate } from 'react-admin';
import { ClaimReview } from '@cppcc/domain';
import { DecisionButtons, type Decision } from '../common/DecisionButtons';
import { claimText, type ClaimRecord } from './ClaimFields';
import { decideClaim } from './claimApi';

export const ClaimDecisionButtons = (_props: { label?: string | false }) => {
  const record = useRecordContext<ClaimRecord>();
  const translate = useTranslate();
  if (!record || record.review !== ClaimReview.PENDING || record.supersededAt) return null;
  const decisions: Decision[] = [
    {
      key: 'confirm',
      operation: 'confirmClaim',
      label: 'cppcc.claims.confirm',
      color: 'success',
      icon: <CheckIcon />,
      text: { label: 'cppcc.claims.note', help: 'cppcc.claims.note_help' },
      successMessage: 'cppcc.claims.confirmed',
      submit: (values) => decideClaim('confirm', record, values),
    },
    {
      key: 'refuse',
      operation: 'refuseClaim',
      label: 'cppcc.claims.refuse',
      color: 'error',
      icon: <CloseIcon />,
      text: { label: 'cppcc.claims.reason', help: 'cppcc.claims.reason_help', required: true },
      successMessage: 'cppcc.claims.refused',
      submit: (values) => decideClaim('refuse', record, values),
    },
  ];
  return (
    <DecisionButtons
      source="note"
      subtitle={`${record.township?.name ?? translate('cppcc.work.county')}　${record.title}　${claimText(record)}`}
      resource="claims"
      record={record}
      decisions={decisions}
    />
  );
};
