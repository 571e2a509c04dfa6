import { usePermissions } from 'react-admin';
import type { Permissions } from '../permissions';

/** The signed-in user's role and scope (authProvider.getPermissions). */
export function useWho(): { who: Permissions | null; isPending: boolean } {
  const { permissions, isPending } = usePermissions<Permissions | null>();
  return { who: permissions ?? null, isPending };
}
