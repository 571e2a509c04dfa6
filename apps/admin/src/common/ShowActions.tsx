import { EditButton, ListButton, TopToolbar } from 'react-admin';
import type { ReactNode } from 'react';

/** Back to the list, edit (hidden unless allowed), plus page-specific buttons. */
export const ShowActions = ({ children }: { children?: ReactNode }) => (
  <TopToolbar>
    <ListButton />
    {children}
    <EditButton />
  </TopToolbar>
);
