// 承办单位 on the proposal page: each unit's part — the lead unit replies; each co-unit's 会办意见
// (text, date, who sent it, its papers), or the county's waiver with its reason, or still awaited.
import { Box, Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { UnitAssignmentRole } from '@cppcc/domain';
import { AttachmentsField } from '../common/AttachmentsField';
import type { ProposalRecord } from './WorkflowButtons';

type UnitPart = NonNullable<ProposalRecord['units']>[number];

/** Where a co-unit's part stands: sent, waived, or awaited (a sent opinion counts even after a waiver). */
const coState = (u: UnitPart) => (u.opinionOn ? 'sent' : u.waivedOn ? 'waived' : 'pending');

const STATE_CHIP = {
  sent: { label: 'cppcc.proposals.opinion_sent', color: 'success' },
  waived: { label: 'cppcc.proposals.opinion_waived', color: 'default' },
  pending: { label: 'cppcc.proposals.opinion_pending', color: 'warning' },
} as const;

const Part = ({ part }: { part: UnitPart }) => {
  const translate = useTranslate();
  const lead = part.role === UnitAssignmentRole.LEAD;
  const state = coState(part);
  return (
    <Box
      component="li"
      sx={{ listStyle: 'none', py: 1.5, borderTop: 1, borderColor: 'divider', '&:first-of-type': { borderTop: 0 } }}
    >
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip
          size="small"
          variant={lead ? 'filled' : 'outlined'}
          color={lead ? 'primary' : 'default'}
          label={translate(`enum.UnitAssignmentRole.${part.role}`)}
        />
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {part.unit.name}
        </Typography>
        {lead ? (
          <Typography variant="body2" color="text.secondary">
            {translate('cppcc.proposals.lead_part')}
          </Typography>
        ) : (
          <Chip
            size="small"
            variant="outlined"
            color={STATE_CHIP[state].color}
            label={translate(STATE_CHIP[state].label)}
          />
        )}
      </Box>
      {state === 'sent' && !lead && (
        <Box sx={{ mt: 1, pl: { xs: 0, sm: 1 } }}>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', lineHeight: 1.8 }}>
            {part.opinionText}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="p">
            {translate('cppcc.proposals.opinion_meta', { on: part.opinionOn, by: part.opinionByName ?? '—' })}
          </Typography>
          <AttachmentsField ownerType="ProposalUnit" ownerId={part.id} showNone={false} />
        </Box>
      )}
      {state === 'waived' && !lead && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1, pl: { xs: 0, sm: 1 } }}>
          {translate('cppcc.proposals.waiver_meta', { on: part.waivedOn, note: part.waiverNote ?? '' })}
        </Typography>
      )}
    </Box>
  );
};

/** The units' parts, lead first (the server's order). */
export const ProposalUnits = () => {
  const record = useRecordContext<ProposalRecord>();
  const parts = record?.units ?? [];
  return (
    <Stack component="ul" sx={{ m: 0, p: 0 }}>
      {parts.map((part) => (
        <Part key={part.id} part={part} />
      ))}
    </Stack>
  );
};
