import { DeleteButton, SaveButton, Toolbar, type ToolbarProps } from 'react-admin';
import { ArchiveButton } from './ArchiveButton';

/** Save on the left; delete (or 归档) on the right, confirmed, shown only when allowed. */
export const EditToolbar = ({ archive = false, ...props }: ToolbarProps & { archive?: boolean }) => (
  <Toolbar {...props} sx={{ display: 'flex', justifyContent: 'space-between' }}>
    <SaveButton />
    {archive ? <ArchiveButton /> : <DeleteButton mutationMode="pessimistic" />}
  </Toolbar>
);
