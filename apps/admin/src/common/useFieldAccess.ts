import { useRecordContext } from 'react-admin';
import { canEdit, canEditField } from '../permissions';
import { useWho } from './useWho';

/**
 * In an edit form: may the user change this field of this record? (Officers edit only their own
 * township's body information and their own township's members; leaders nothing.)
 */
export function useFieldAccess(resource: string): { canWrite: boolean; can: (field: string) => boolean } {
  const { who } = useWho();
  const record = useRecordContext();
  const canWrite = record ? canEdit(who, resource, record) : true;
  return { canWrite, can: (field: string) => canWrite && canEditField(who, resource, field) };
}
