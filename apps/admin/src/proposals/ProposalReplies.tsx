// 答复函 on the proposal page: every reply round of the lead unit, first first — class, text, the
// letter's 文号, 签发人 and contact, the proposer's rating of that round, and its attachments.
import { Box, Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { Satisfaction } from '@cppcc/domain';
import { AttachmentsField } from '../common/AttachmentsField';
import type { ProposalRecord } from './WorkflowButtons';

type Reply = NonNullable<ProposalRecord['replies']>[number];

/** A label and its value, left out when there is no value. */
const Item = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  if (children == null || children === '') return null;
  return (
    <Typography variant="body2" component="span" sx={{ whiteSpace: 'nowrap' }}>
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {translate(label)}：
      </Box>
      {children}
    </Typography>
  );
};

const RATING_COLOR = {
  [Satisfaction.SATISFIED]: 'success',
  [Satisfaction.BASICALLY_SATISFIED]: 'info',
  [Satisfaction.DISSATISFIED]: 'error',
} as const;

const Round = ({ reply }: { reply: Reply }) => {
  const translate = useTranslate();
  const contact = [reply.contactPerson, reply.contactPhone].filter(Boolean).join(' ');
  return (
    <Box
      component="li"
      aria-label={translate('cppcc.proposals.reply_round', { round: reply.round })}
      sx={{ listStyle: 'none', py: 1.5, borderTop: 1, borderColor: 'divider', '&:first-of-type': { borderTop: 0 } }}
    >
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {translate('cppcc.proposals.reply_round', { round: reply.round })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {reply.repliedOn}
        </Typography>
        <Chip
          size="small"
          variant="outlined"
          label={`${reply.replyClass} ${translate(`enum.ReplyClass.${reply.replyClass}`)}`}
          sx={{ maxWidth: '100%' }}
        />
      </Box>
      <Box sx={{ display: 'flex', columnGap: 2, rowGap: 0.5, flexWrap: 'wrap', mt: 1 }}>
        <Item label="cppcc.proposals.doc_no">{reply.docNo}</Item>
        <Item label="cppcc.proposals.signer">{reply.signer}</Item>
        <Item label="cppcc.proposals.contact_person">{contact}</Item>
      </Box>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', lineHeight: 1.8, mt: 1 }}>
        {reply.text}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mt: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('cppcc.proposals.rating')}：
        </Typography>
        {reply.satisfaction ? (
          <>
            <Chip
              size="small"
              color={RATING_COLOR[reply.satisfaction]}
              label={translate(`enum.Satisfaction.${reply.satisfaction}`)}
            />
            <Typography variant="body2" color="text.secondary">
              {reply.feedbackOn}
            </Typography>
          </>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('cppcc.proposals.not_rated')}
          </Typography>
        )}
      </Box>
      {reply.feedbackNote && (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}>
          {reply.feedbackNote}
        </Typography>
      )}
      <AttachmentsField ownerType="ProposalReply" ownerId={reply.id} showNone={false} />
    </Box>
  );
};

/** Every round, first first (the server's order). */
export const ProposalReplies = () => {
  const record = useRecordContext<ProposalRecord>();
  const translate = useTranslate();
  const replies = record?.replies ?? [];
  if (!replies.length) return <Typography color="text.secondary">{translate('cppcc.proposals.no_replies')}</Typography>;
  return (
    <Stack component="ul" sx={{ m: 0, p: 0 }}>
      {replies.map((reply) => (
        <Round key={reply.id} reply={reply} />
      ))}
    </Stack>
  );
};
