import ArchiveIcon from '@mui/icons-material/Archive';
import { DeleteButton, useRecordContext } from 'react-admin';

/**
 * Delete for records the server archives (members, handling units): labelled 归档 through the
 * resource's i18n keys (resources.X.action.delete …), always confirmed, hidden once archived
 * and when the user may not (authProvider.canAccess 'delete').
 */
export const ArchiveButton = ({ redirect = 'list' }: { redirect?: 'list' | 'show' | false }) => {
  const record = useRecordContext();
  if (!record || record.archivedAt) return null;
  return <DeleteButton mutationMode="pessimistic" icon={<ArchiveIcon />} confirmColor="warning" redirect={redirect} />;
};
