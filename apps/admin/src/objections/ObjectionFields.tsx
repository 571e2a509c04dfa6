import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { Box, Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ObjectionStatus } from '@cppcc/domain';
import { DecisionButtons, type Decision } from '../common/DecisionButtons';
import { formatMetric } from '../common/format';
import { metricKind, metricLabel } from '../dashboard/analytics';
import type { ObjectionFieldsFragment } from '../gql/graphql';
import { answerObjection } from './objectionApi';

export type ObjectionRecord = ObjectionFieldsFragment;

const COLOR: Record<ObjectionStatus, 'warning' | 'success' | 'default'> = {
  [ObjectionStatus.OPEN]: 'warning',
  [ObjectionStatus.ACCEPTED]: 'success',
  [ObjectionStatus.REFUSED]: 'default',
};

/** The disputed figure: the metric and its value as the records gave it when raised. */
export const objectionFigure = (o: Pick<ObjectionRecord, 'year' | 'metric' | 'figure'>) =>
  `${o.year}年　${metricLabel(o.metric)}　${formatMetric(o.figure, metricKind(o.metric))}`;

export const ObjectionFigureField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<ObjectionRecord>();
  if (!record) return null;
  return <Typography variant="body2">{objectionFigure(record)}</Typography>;
};

/** The reason, with the evidence under it. */
export const ObjectionReasonField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<ObjectionRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ minWidth: 200, maxWidth: 420 }}>
      <Typography variant="body2">{record.reason}</Typography>
      {record.evidence && (
        <Typography variant="caption" color="text.secondary" component="div">
          {translate('resources.objections.fields.evidence')}：{record.evidence}
        </Typography>
      )}
    </Box>
  );
};

/** 待答复 / 已采纳 / 不予采纳 in colour, with the answer and who gave it. */
export const ObjectionAnswerField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<ObjectionRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const status = record.status as ObjectionStatus;
  return (
    <Box sx={{ minWidth: 140, maxWidth: 320 }}>
      <Chip size="small" color={COLOR[status]} label={translate(`enum.ObjectionStatus.${status}`)} />
      {record.answer && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {record.answer}
        </Typography>
      )}
      {record.answeredAt && (
        <Typography variant="caption" color="text.secondary" component="div">
          {[record.answeredByName, new Date(record.answeredAt).toLocaleDateString('zh-CN')].filter(Boolean).join('　')}
        </Typography>
      )}
    </Box>
  );
};

/** 采纳 / 不予采纳 on an open objection, for those the server lets answer (county admins). */
export const ObjectionAnswerButtons = (_props: { label?: string | false }) => {
  const record = useRecordContext<ObjectionRecord>();
  if (!record || record.status !== ObjectionStatus.OPEN) return null;
  const decisions: Decision[] = [
    {
      key: 'accept',
      operation: 'acceptObjection',
      label: 'cppcc.objections.accept',
      color: 'success',
      icon: <CheckIcon />,
      text: { label: 'cppcc.objections.answer', help: 'cppcc.objections.accept_help' },
      successMessage: 'cppcc.objections.accepted',
      submit: (values) => answerObjection('accept', record, values),
    },
    {
      key: 'refuse',
      operation: 'refuseObjection',
      label: 'cppcc.objections.refuse',
      color: 'error',
      icon: <CloseIcon />,
      text: { label: 'cppcc.objections.reason', help: 'cppcc.objections.reason_help', required: true },
      successMessage: 'cppcc.objections.refused',
      submit: (values) => answerObjection('refuse', record, values),
    },
  ];
  return (
    <DecisionButtons
      source="answer"
      subtitle={`${record.township?.name ?? ''}　${objectionFigure(record)}`}
      resource="objections"
      record={record}
      decisions={decisions}
    />
  );
};
