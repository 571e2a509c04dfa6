// The county's decision on a waiting item (a claim, an objection): one button per decision the
// server lets the caller make, each opening a dialog with an optional or required text.
import { Button } from '@mui/material';
import { useState, type ReactElement } from 'react';
import { required, TextInput, useTranslate, type RaRecord } from 'react-admin';
import { canCallOn } from '../permissions';
import { ActionDialog } from './ActionDialog';
import { useWho } from './useWho';

export interface Decision {
  key: string;
  /** The API operation: shown only to those the server lets call it on the record. */
  operation: string;
  label: string;
  color: 'success' | 'error';
  icon: ReactElement;
  /** The text's label and help; `required`: the decision needs it (a refusal's reason). */
  text: { label: string; help: string; required?: boolean };
  successMessage: string;
  submit(values: Record<string, unknown>): Promise<unknown>;
}

export const DecisionButtons = ({
  decisions: all,
  resource,
  record,
  subtitle,
  source,
}: {
  decisions: Decision[];
  resource: string;
  record: RaRecord;
  subtitle: string;
  /** The text's form field. */
  source: string;
}) => {
  const translate = useTranslate();
  const { who } = useWho();
  const [open, setOpen] = useState<Decision | null>(null);
  const decisions = all.filter((d) => canCallOn(who, d.operation, resource, record));
  if (!decisions.length) return null;
  return (
    <span onClick={(e) => e.stopPropagation()} style={{ whiteSpace: 'nowrap' }}>
      {decisions.map((d) => (
        <Button key={d.key} size="small" color={d.color} startIcon={d.icon} onClick={() => setOpen(d)}>
          {translate(d.label)}
        </Button>
      ))}
      {open && (
        <ActionDialog
          open
          title={translate(open.label)}
          subtitle={subtitle}
          submitLabel={translate(open.label)}
          successMessage={open.successMessage}
          defaultValues={{ [source]: '' }}
          onClose={() => setOpen(null)}
          onSubmit={(values) => open.submit(values)}
        >
          <TextInput
            source={source}
            label={open.text.label}
            helperText={open.text.help}
            multiline
            minRows={2}
            validate={open.text.required ? required() : undefined}
            fullWidth
          />
        </ActionDialog>
      )}
    </span>
  );
};
