import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useRecordContext } from 'react-admin';

/** The active-member count, linking to the member list filtered on this record. */
export const MemberCountLink = ({ filterField }: { filterField: 'townshipId' | 'sectorId' | 'committeeId' }) => {
  const record = useRecordContext<{ id: string; memberCount?: number }>();
  if (!record) return null;
  const search = `filter=${encodeURIComponent(JSON.stringify({ [filterField]: record.id }))}`;
  return (
    <Link
      component={RouterLink}
      to={{ pathname: '/members', search }}
      onClick={(e) => e.stopPropagation()}
      underline="hover"
    >
      {record.memberCount ?? 0}
    </Link>
  );
};
