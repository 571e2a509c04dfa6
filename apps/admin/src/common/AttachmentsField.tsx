import DownloadIcon from '@mui/icons-material/Download';
import { Link, List, ListItem, Typography } from '@mui/material';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { graphql } from '../gql';
import { formatFileSize } from './attachments';
import { downloadWithAuth } from './download';
import { useGqlQuery } from './useGql';

const ATTACHMENTS = graphql(`
  query Attachments($ownerType: String!, $ownerId: ID!) {
    attachments(ownerType: $ownerType, ownerId: $ownerId) {
      id
      fileName
      mimeType
      size
      url
    }
  }
`);

/**
 * The attachments of the record in context, or of the part of it `ownerId` names (a reply round,
 * a co-unit's assignment); `ownerType` as the server registers it: Proposal, ProposalReply,
 * ProposalUnit, OpinionReport, Activity …. Name, size and a download that sends the login token
 * and saves the file under its original name.
 */
export const AttachmentsField = ({
  ownerType,
  ownerId: partId,
  showNone = true,
}: {
  ownerType: string;
  ownerId?: string;
  /** Say 无附件 when there are none (parts listed among others leave it out). */
  showNone?: boolean;
  label?: string;
}) => {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const ownerId = partId ?? (record?.id ? String(record.id) : '');
  const { data } = useGqlQuery(
    ['attachments', ownerType, ownerId],
    ATTACHMENTS,
    { ownerType, ownerId },
    { enabled: ownerId !== '' },
  );
  const files = data?.attachments ?? [];
  if (!files.length)
    return !showNone ? null : (
      <Typography variant="body2" color="text.secondary">
        {translate('cppcc.attachments.none')}
      </Typography>
    );
  return (
    <List dense disablePadding>
      {files.map((file) => (
        <ListItem key={file.id} disableGutters>
          <Link
            component="button"
            type="button"
            onClick={() =>
              downloadWithAuth(file.url, file.fileName).catch((error: Error) =>
                notify(error.message, { type: 'error' }),
              )
            }
            sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
          >
            <DownloadIcon fontSize="small" />
            {file.fileName}
          </Link>
          <Typography variant="body2" color="text.secondary" sx={{ ml: 1 }}>
            {formatFileSize(file.size)}
          </Typography>
        </ListItem>
      ))}
    </List>
  );
};
