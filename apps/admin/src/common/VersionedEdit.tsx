// <Edit> for versioned records: pessimistic saves (the data provider sends expectedVersion),
// server field errors land on their inputs, and a stale save (CONFLICT) opens a dialog that
// offers 重新加载 — the form then shows the colleague's version.
import { useState, type ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import RefreshIcon from '@mui/icons-material/Refresh';
import { Edit, useEditContext, useNotify, useTranslate, type EditProps, type HttpError } from 'react-admin';
import type { ApiErrorBody } from '../graphql';

export function isStaleError(error: unknown): boolean {
  const e = error as HttpError | undefined;
  return e?.status === 409 && (e.body as ApiErrorBody | undefined)?.stale === true;
}

function hasFieldErrors(error: unknown): boolean {
  const errors = (error as HttpError | undefined)?.body?.errors;
  return !!errors && Object.keys(errors).length > 0;
}

const ConflictDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const { refetch } = useEditContext();
  const [reloading, setReloading] = useState(false);
  const reload = async () => {
    setReloading(true);
    try {
      await refetch();
    } finally {
      setReloading(false);
      onClose();
    }
  };
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="conflict-title">
      <DialogTitle id="conflict-title">{translate('cppcc.conflict.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('cppcc.conflict.content')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('cppcc.action.keep_editing')}</Button>
        <Button onClick={reload} variant="contained" startIcon={<RefreshIcon />} disabled={reloading} autoFocus>
          {translate('cppcc.action.reload')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

export type VersionedEditProps = Omit<EditProps, 'children' | 'mutationMode'> & { children: ReactNode };

export const VersionedEdit = ({ children, mutationOptions, ...props }: VersionedEditProps) => {
  const [conflict, setConflict] = useState(false);
  const notify = useNotify();
  return (
    <Edit
      {...props}
      mutationMode="pessimistic"
      mutationOptions={{
        ...mutationOptions,
        onError: (error: unknown) => {
          if (isStaleError(error)) {
            setConflict(true);
            return;
          }
          // Field errors are shown on their inputs (plus react-admin's "form invalid" notice).
          if (hasFieldErrors(error)) return;
          notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
        },
      }}
    >
      {children}
      <ConflictDialog open={conflict} onClose={() => setConflict(false)} />
    </Edit>
  );
};
