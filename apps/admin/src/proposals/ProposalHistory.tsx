import { Box, Step, StepContent, StepLabel, Stepper, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ProposalStatusChip } from './ProposalFields';
import type { ProposalOneFieldsFragment } from '../gql/graphql';

type ProposalEvent = NonNullable<ProposalOneFieldsFragment['history']>[number];

const when = (at: string) =>
  new Date(at).toLocaleString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });

/** 办理过程: every step, oldest first, with who, when, the status change and the note. */
export const ProposalHistory = () => {
  const record = useRecordContext<{ history?: ProposalEvent[] }>();
  const translate = useTranslate();
  const events = record?.history ?? [];
  if (!events.length) return <Typography color="text.secondary">{translate('cppcc.proposals.no_history')}</Typography>;
  return (
    <Stepper orientation="vertical" activeStep={events.length} sx={{ '& .MuiStepConnector-line': { minHeight: 12 } }}>
      {events.map((e) => (
        <Step key={e.id} completed expanded>
          <StepLabel>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {translate(`cppcc.workflow.action.${e.action}`, { _: e.action })}
              </Typography>
              {e.fromStatus && e.fromStatus !== e.toStatus ? (
                <>
                  <ProposalStatusChip status={e.fromStatus} />
                  <span aria-hidden>→</span>
                  <ProposalStatusChip status={e.toStatus} />
                </>
              ) : (
                <ProposalStatusChip status={e.toStatus} />
              )}
            </Box>
            <Typography variant="caption" color="text.secondary">
              {when(e.at)}
              {e.actorName ? ` · ${e.actorName}` : ''}
            </Typography>
          </StepLabel>
          <StepContent>
            {e.note && (
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                {e.note}
              </Typography>
            )}
          </StepContent>
        </Step>
      ))}
    </Stepper>
  );
};
