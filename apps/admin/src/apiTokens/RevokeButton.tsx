import BlockIcon from '@mui/icons-material/Block';
import { DeleteButton, useRecordContext } from 'react-admin';

/** 吊销: revokeApiToken through the data provider's delete, always confirmed; hidden once revoked. */
export const RevokeButton = ({ redirect = false }: { redirect?: 'list' | false }) => {
  const record = useRecordContext<{ id: string; revokedAt?: string | null }>();
  if (!record || record.revokedAt) return null;
  return <DeleteButton mutationMode="pessimistic" icon={<BlockIcon />} confirmColor="warning" redirect={redirect} />;
};
