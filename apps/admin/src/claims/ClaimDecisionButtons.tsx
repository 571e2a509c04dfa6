// 确认 / 不予确认 on a waiting claim, for those the server lets decide (county admins).
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { Button } from '@mui/material';
import { useState } from 'react';
import { required, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { ClaimReview } from '@cppcc/domain';
import { ActionDialog } from '../common/ActionDialog';
import { useWho } from '../common/useWho';
import { canCallOn } from '../permissions';
import { claimText, type ClaimRecord } from './ClaimFields';
import { decideClaim } from './claimApi';

type Decision = 'confirm' | 'refuse';

export const ClaimDecisionButtons = (_props: { label?: string | false }) => {
  const record = useRecordContext<ClaimRecord>();
  const { who } = useWho();
  const translate = useTranslate();
  const [open, setOpen] = useState<Decision | null>(null);
  if (!record || record.review !== ClaimReview.PENDING || record.supersededAt) return null;
  const may = (d: Decision) => canCallOn(who, d === 'confirm' ? 'confirmClaim' : 'refuseClaim', 'claims', record);
  if (!may('confirm') && !may('refuse')) return null;
  const label = (d: Decision) => translate(`cppcc.claims.${d}`);
  const subtitle = `${record.township?.name ?? translate('cppcc.work.county')}　${record.title}　${claimText(record)}`;
  return (
    <span onClick={(e) => e.stopPropagation()} style={{ whiteSpace: 'nowrap' }}>
      {may('confirm') && (
        <Button size="small" color="success" startIcon={<CheckIcon />} onClick={() => setOpen('confirm')}>
          {label('confirm')}
        </Button>
      )}
      {may('refuse') && (
        <Button size="small" color="error" startIcon={<CloseIcon />} onClick={() => setOpen('refuse')}>
          {label('refuse')}
        </Button>
      )}
      {open && (
        <ActionDialog
          open
          title={label(open)}
          subtitle={subtitle}
          submitLabel={label(open)}
          successMessage={open === 'confirm' ? 'cppcc.claims.confirmed' : 'cppcc.claims.refused'}
          defaultValues={{ note: '' }}
          onClose={() => setOpen(null)}
          onSubmit={(values) => decideClaim(open, record, values)}
        >
          <TextInput
            source="note"
            label={open === 'refuse' ? 'cppcc.claims.reason' : 'cppcc.claims.note'}
            helperText={open === 'refuse' ? 'cppcc.claims.reason_help' : 'cppcc.claims.note_help'}
            multiline
            minRows={2}
            validate={open === 'refuse' ? required() : undefined}
            fullWidth
          />
        </ActionDialog>
      )}
    </span>
  );
};
