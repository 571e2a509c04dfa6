import { Box, Chip, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { ClaimReview, claimSummary, type ClaimKind } from '@cppcc/domain';
import type { ClaimFieldsFragment } from '../gql/graphql';

export type ClaimRecord = ClaimFieldsFragment;

/** What a claim claims, in one line of Chinese (claimSummary over its stored values). */
export const claimText = (claim: Pick<ClaimRecord, 'kind' | 'claimed'>) =>
  claimSummary(claim.kind as ClaimKind, JSON.parse(claim.claimed) as Record<string, unknown>);

const COLOR: Record<ClaimReview, 'warning' | 'success' | 'error'> = {
  [ClaimReview.PENDING]: 'warning',
  [ClaimReview.CONFIRMED]: 'success',
  [ClaimReview.REFUSED]: 'error',
};

/** 待确认 / 已确认 / 未予确认 in colour; a superseded claim says it was replaced. */
export const ClaimReviewField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<ClaimRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const review = record.review as ClaimReview;
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      <Chip size="small" color={COLOR[review]} label={translate(`enum.ClaimReview.${review}`)} />
      {record.supersededAt && <Chip size="small" variant="outlined" label={translate('cppcc.claims.superseded')} />}
    </Box>
  );
};

/** What is claimed, in one line (level, date, issue: claimSummary), with the evidence under it. */
export const ClaimedField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<ClaimRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ minWidth: 180 }}>
      <Typography variant="body2">{claimText(record)}</Typography>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate('cppcc.claims.evidence')}：{record.evidence || translate('cppcc.claims.no_evidence')}
      </Typography>
    </Box>
  );
};

/** The record claimed on, linked to its page. */
export const ClaimRecordField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<ClaimRecord>();
  const createPath = useCreatePath();
  if (!record) return null;
  const resource = record.recordType === 'Activity' ? 'activities' : 'opinionReports';
  return (
    <Link
      to={createPath({ resource, id: record.recordId, type: 'show' })}
      onClick={(e: MouseEvent) => e.stopPropagation()}
      sx={{ display: 'inline-block', maxWidth: 360 }}
    >
      {record.title}
    </Link>
  );
};

/** Who decided, and why (the reason of a refusal is what the township reads). */
export const ClaimDecisionField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<ClaimRecord>();
  if (!record?.decidedAt) return null;
  return (
    <Box sx={{ minWidth: 140 }}>
      <Typography variant="body2">
        {record.decidedByName ?? ''}　{new Date(record.decidedAt).toLocaleDateString('zh-CN')}
      </Typography>
      {record.decisionNote && (
        <Typography variant="caption" color="text.secondary" component="div">
          {record.decisionNote}
        </Typography>
      )}
    </Box>
  );
};
