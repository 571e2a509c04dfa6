// A small dialog with a form for one workflow step (review, assign, reply, record a phase …).
// Client checks are the inputs' `validate`; the server's field errors come back onto the
// inputs; a stale record (CONFLICT) or a refused transition is reported and the page reloaded.
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Confirm, Form, SaveButton, useNotify, useRefresh, useTranslate, type HttpError } from 'react-admin';
import type { ApiErrorBody } from '../graphql';

export interface ActionDialogProps {
  open: boolean;
  title: string;
  /** A line under the title (e.g. the record concerned). */
  subtitle?: string;
  onClose: () => void;
  /** Performs the step; throws the API's HttpError on refusal. */
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  defaultValues?: Record<string, unknown>;
  submitLabel?: string;
  successMessage?: string;
  children: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md';
  /** A question to confirm before performing the step with these values (null: none), e.g. before ending a member's office. */
  confirm?: (values: Record<string, unknown>) => { title: string; content: string } | null;
}

interface Question {
  title: string;
  content: string;
  answer: (yes: boolean) => void;
}

export const ActionDialog = ({
  open,
  title,
  subtitle,
  onClose,
  onSubmit,
  defaultValues = {},
  submitLabel,
  successMessage,
  children,
  maxWidth = 'sm',
  confirm,
}: ActionDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [question, setQuestion] = useState<Question | null>(null);
  // The submission waits for the answer, so that the server's field errors still reach the inputs.
  const ask = (q: { title: string; content: string }) =>
    new Promise<boolean>((resolve) =>
      setQuestion({
        ...q,
        answer: (yes) => {
          setQuestion(null);
          resolve(yes);
        },
      }),
    );
  const submit = async (values: Record<string, unknown>) => {
    const q = confirm?.(values);
    if (q && !(await ask(q))) return undefined;
    try {
      await onSubmit(values);
      notify(successMessage ?? 'cppcc.workflow.done', { type: 'success', messageArgs: { action: title } });
      refresh();
      onClose();
      return undefined;
    } catch (e) {
      const error = e as HttpError;
      const body = error.body as ApiErrorBody | undefined;
      notify(error.message || 'ra.notification.http_error', { type: 'error' });
      if (body?.errors) return body.errors;
      if (body?.stale || body?.code === 'INVALID_TRANSITION') {
        refresh();
        onClose();
      }
      return undefined;
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth={maxWidth} aria-labelledby="action-dialog-title">
      {open && (
        <Form record={defaultValues} onSubmit={submit} noValidate>
          <DialogTitle id="action-dialog-title" sx={{ pb: subtitle ? 0 : undefined }}>
            {title}
          </DialogTitle>
          {subtitle && (
            <Typography variant="body2" color="text.secondary" sx={{ px: 3, pb: 1 }}>
              {subtitle}
            </Typography>
          )}
          <DialogContent sx={{ display: 'flex', flexDirection: 'column', pt: '8px !important' }}>
            {children}
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
            <SaveButton label={submitLabel ?? 'ra.action.confirm'} alwaysEnable icon={<></>} />
          </DialogActions>
        </Form>
      )}
      <Confirm
        isOpen={!!question}
        title={question?.title ?? ''}
        content={question?.content ?? ''}
        onConfirm={() => question?.answer(true)}
        onClose={() => question?.answer(false)}
      />
    </Dialog>
  );
};
