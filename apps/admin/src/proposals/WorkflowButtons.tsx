// The proposal's workflow buttons: exactly the steps the state machine allows for this state
// and role (allowedProposalActions from @cppcc/domain), narrowed by the server's
// `allowedActions` for record-level rules. Each opens a small dialog for the step's inputs.
import { Box, Button } from '@mui/material';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import {
  defaultDeadline,
  mayFlagKey,
  PROPOSAL_ACTION_LABELS,
  ProposalAction,
  Role,
  todayInChina,
  type EnumName,
} from '@cppcc/domain';
import { ActionDialog } from '../common/ActionDialog';
import type { ProposalFieldsFragment, ProposalOneFieldsFragment } from '../gql/graphql';
import { enumChoices } from '../common/enumChoices';
import { EnumInput } from '../common/EnumInput';
import { useWho } from '../common/useWho';
import { proposalActions } from '../permissions';
import { performStep, setKey } from './proposalApi';
import { UnitPickers } from './UnitPickers';

/** A proposal as the show page reads it (resources.ts ProposalOneFields; list rows carry ProposalFields). */
export type ProposalRecord = ProposalFieldsFragment & Partial<ProposalOneFieldsFragment>;

const radio = (name: EnumName) => enumChoices(name);

const ChairInput = () => {
  const isKey = useWatch({ name: 'isKey' });
  return isKey ? (
    <TextInput
      source="supervisingChair"
      label="resources.proposals.fields.supervisingChair"
      validate={required()}
      helperText="cppcc.proposals.chair_help"
    />
  ) : null;
};

const proposalOption = (p: { serialNo?: number; year?: number; title?: string } | undefined) =>
  p ? `${p.year}-${String(p.serialNo ?? '').padStart(3, '0')} ${p.title ?? ''}` : '';

const notSelf = (id: string) => (value: unknown) =>
  value != null && String(value) === String(id) ? 'cppcc.proposals.merge_not_self' : undefined;

/** The inputs of one step's dialog. */
const StepInputs = ({ action, record }: { action: ProposalAction; record: ProposalRecord }) => {
  switch (action) {
    case ProposalAction.REVIEW_ACCEPT:
      return (
        <>
          <DateInput source="reviewedOn" label="resources.proposals.fields.reviewedOn" validate={required()} />
          <BooleanInput source="isKey" label="cppcc.proposals.flag_key" />
          <ChairInput />
          <TextInput source="note" label="cppcc.proposals.review_note" multiline minRows={2} />
        </>
      );
    case ProposalAction.REVIEW_REJECT:
      return (
        <>
          <TextInput source="note" label="cppcc.proposals.reject_reason" multiline minRows={3} validate={required()} />
          <DateInput source="reviewedOn" label="resources.proposals.fields.reviewedOn" validate={required()} />
        </>
      );
    case ProposalAction.REVIEW_CONVERT:
      return (
        <>
          <TextInput source="note" label="cppcc.proposals.convert_note" multiline minRows={2} />
          <DateInput source="reviewedOn" label="resources.proposals.fields.reviewedOn" validate={required()} />
        </>
      );
    case ProposalAction.REVIEW_MERGE:
      return (
        <>
          <ReferenceInput
            source="mergedIntoId"
            reference="proposals"
            filter={{ year: record.year }}
            sort={{ field: 'serialNo', order: 'ASC' }}
            perPage={50}
          >
            <AutocompleteInput
              optionText={proposalOption}
              label="resources.proposals.fields.mergedIntoId"
              validate={[required(), notSelf(record.id)]}
              filterToQuery={(q: string) => ({ q })}
              helperText="cppcc.proposals.merge_help"
            />
          </ReferenceInput>
          <TextInput source="note" label="cppcc.proposals.review_note" multiline minRows={2} />
          <DateInput source="reviewedOn" label="resources.proposals.fields.reviewedOn" validate={required()} />
        </>
      );
    case ProposalAction.ASSIGN:
      return (
        <>
          <UnitPickers />
          <DateInput source="assignedOn" label="resources.proposals.fields.assignedOn" validate={required()} />
          <DateInput
            source="deadline"
            label="resources.proposals.fields.deadline"
            helperText="cppcc.proposals.deadline_help"
          />
        </>
      );
    case ProposalAction.REPLY:
      return (
        <>
          <RadioButtonGroupInput
            source="replyClass"
            label="resources.proposals.fields.replyClass"
            choices={radio('ReplyClass')}
            row={false}
            validate={required()}
          />
          <TextInput
            source="text"
            label="resources.proposals.fields.replyText"
            multiline
            minRows={5}
            validate={required()}
          />
          <DateInput source="repliedOn" label="cppcc.proposals.replied_on" validate={required()} />
        </>
      );
    case ProposalAction.FEEDBACK:
      return (
        <>
          <RadioButtonGroupInput
            source="satisfaction"
            label="resources.proposals.fields.satisfaction"
            choices={radio('Satisfaction')}
            validate={required()}
            helperText="cppcc.proposals.feedback_help"
          />
          <TextInput source="note" label="cppcc.proposals.feedback_note" multiline minRows={2} />
          <DateInput source="on" label="resources.proposals.fields.feedbackOn" validate={required()} />
        </>
      );
    case ProposalAction.SET_IMPLEMENTATION:
      return (
        <RadioButtonGroupInput
          source="status"
          label="resources.proposals.fields.implementation"
          choices={radio('ImplementationStatus')}
          validate={required()}
        />
      );
    case ProposalAction.CLOSE:
      return (
        <>
          <DateInput source="closedOn" label="resources.proposals.fields.closedOn" validate={required()} />
          <EnumInput
            source="implementation"
            enumName="ImplementationStatus"
            label="resources.proposals.fields.implementation"
            helperText="cppcc.proposals.close_help"
          />
        </>
      );
  }
};

function defaults(action: ProposalAction, record: ProposalRecord): Record<string, unknown> {
  const today = todayInChina();
  switch (action) {
    case ProposalAction.REVIEW_ACCEPT:
      return { reviewedOn: today, isKey: false, supervisingChair: '', note: '' };
    case ProposalAction.REVIEW_REJECT:
    case ProposalAction.REVIEW_CONVERT:
    case ProposalAction.REVIEW_MERGE:
      return { reviewedOn: today, note: '' };
    case ProposalAction.ASSIGN: {
      const co = (record.units ?? []).filter((u) => u.role === 'CO').map((u) => u.unitId);
      return {
        leadUnitId: record.leadUnitId ?? null,
        coUnitIds: co,
        assignedOn: today,
        deadline: defaultDeadline(today),
      };
    }
    case ProposalAction.REPLY:
      return { replyClass: null, text: '', repliedOn: today };
    case ProposalAction.FEEDBACK:
      return { satisfaction: null, note: '', on: today };
    case ProposalAction.SET_IMPLEMENTATION:
      return { status: record.implementation ?? null };
    case ProposalAction.CLOSE:
      return { closedOn: today, implementation: record.implementation ?? '' };
  }
}

const BUTTON_VARIANT: Partial<
  Record<ProposalAction, { variant: 'contained' | 'outlined'; color?: 'error' | 'warning' | 'primary' | 'success' }>
> = {
  [ProposalAction.REVIEW_ACCEPT]: { variant: 'contained' },
  [ProposalAction.REVIEW_REJECT]: { variant: 'outlined', color: 'error' },
  [ProposalAction.ASSIGN]: { variant: 'contained' },
  [ProposalAction.REPLY]: { variant: 'contained' },
  [ProposalAction.FEEDBACK]: { variant: 'contained' },
  [ProposalAction.CLOSE]: { variant: 'contained', color: 'success' },
};

const KEY = 'SET_KEY';

/** Buttons for the allowed steps; `only` narrows them (a unit's list shows 答复 only). */
export const WorkflowButtons = ({ only, size = 'medium' }: { only?: ProposalAction[]; size?: 'small' | 'medium' }) => {
  const record = useRecordContext<ProposalRecord>();
  const { who } = useWho();
  const translate = useTranslate();
  const [open, setOpen] = useState<ProposalAction | typeof KEY | null>(null);
  if (!record || !who) return null;
  let actions = proposalActions(who, record);
  if (only) actions = actions.filter((a) => only.includes(a));
  const keyButton = !only && who.role === Role.COUNTY_ADMIN && mayFlagKey(record.status);
  if (!actions.length && !keyButton) return null;
  const label = (a: ProposalAction) => translate(`cppcc.workflow.action.${a}`, { _: PROPOSAL_ACTION_LABELS[a] });
  const subtitle = `${record.year}-${String(record.serialNo).padStart(3, '0')}　${record.title}`;
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }} onClick={(e) => e.stopPropagation()}>
      {actions.map((a) => (
        <Button
          key={a}
          size={size}
          variant={BUTTON_VARIANT[a]?.variant ?? 'outlined'}
          color={BUTTON_VARIANT[a]?.color ?? 'primary'}
          onClick={() => setOpen(a)}
        >
          {label(a)}
        </Button>
      ))}
      {keyButton && (
        <Button size={size} variant="text" onClick={() => setOpen(KEY)}>
          {translate(record.isKey ? 'cppcc.proposals.edit_key' : 'cppcc.proposals.set_key')}
        </Button>
      )}
      {open && open !== KEY && (
        <ActionDialog
          open
          title={label(open)}
          subtitle={subtitle}
          onClose={() => setOpen(null)}
          defaultValues={defaults(open, record)}
          onSubmit={(values) => performStep(open, String(record.id), record.version, values)}
          maxWidth={open === ProposalAction.REPLY ? 'md' : 'sm'}
          submitLabel={label(open)}
        >
          <StepInputs action={open} record={record} />
        </ActionDialog>
      )}
      {open === KEY && (
        <ActionDialog
          open
          title={translate('cppcc.proposals.set_key')}
          subtitle={subtitle}
          onClose={() => setOpen(null)}
          defaultValues={{ isKey: !!record.isKey, supervisingChair: record.supervisingChair ?? '' }}
          onSubmit={(values) => setKey(String(record.id), record.version, values)}
        >
          <BooleanInput source="isKey" label="resources.proposals.fields.isKey" />
          <ChairInput />
        </ActionDialog>
      )}
    </Box>
  );
};
