// The proposal's workflow buttons: exactly the steps the state machine allows for this state
// and role (allowedProposalActions from @cppcc/domain), narrowed by the server's
// `allowedActions` for record-level rules, plus the units' steps (会办意见, its waiver) the server
// offers. Each opens a small dialog for the step's inputs. A reply held back for the co-units is
// said, not just left out.
import { Alert, Box, Button } from '@mui/material';
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
  pendingCoUnits,
  ProposalAction,
  Role,
  todayInChina,
  UnitAssignmentRole,
  type EnumName,
} from '@cppcc/domain';
import { ActionDialog } from '../common/ActionDialog';
import { AttachmentsInput } from '../common/AttachmentsInput';
import { FormGrid } from '../common/FormGrid';
import type { ProposalFieldsFragment, ProposalOneFieldsFragment } from '../gql/graphql';
import { enumChoices } from '../common/enumChoices';
import { EnumInput } from '../common/EnumInput';
import { useWho } from '../common/useWho';
import { proposalActions, replyWaitingFor, UnitStep, type Permissions, type ProposalStep } from '../permissions';
import { performStep, setKey } from './proposalApi';
import { UnitPickers } from './UnitPickers';

/** A proposal as the show page reads it (resources.ts ProposalOneFields; list rows carry ProposalFields). */
export type ProposalRecord = ProposalFieldsFragment & Partial<ProposalOneFieldsFragment>;

type UnitPart = NonNullable<ProposalRecord['units']>[number];

const radio = (name: EnumName) => enumChoices(name);

const coParts = (record: ProposalRecord): UnitPart[] =>
  (record.units ?? []).filter((u) => u.role === UnitAssignmentRole.CO);
const unitChoices = (parts: UnitPart[]) => parts.map((u) => ({ id: u.unitId, name: u.unit.name }));
/** The co-unit part of a unit user (null for county staff). */
const ownPart = (who: Permissions, record: ProposalRecord) =>
  who.handlingUnitId == null ? null : (coParts(record).find((u) => u.unitId === String(who.handlingUnitId)) ?? null);

/** Only with co-units is there anything to wait for. */
const ReplyBeforeInput = () => {
  const coUnitIds = useWatch({ name: 'coUnitIds' }) as unknown[] | undefined;
  return coUnitIds?.length ? (
    <BooleanInput
      source="replyBeforeCoUnits"
      label="cppcc.proposals.reply_before_co_units"
      helperText="cppcc.proposals.reply_before_co_units_help"
    />
  ) : null;
};

/** Says that sending again replaces the opinion the chosen co-unit already sent. */
const EarlierOpinion = ({ parts, unitId }: { parts: UnitPart[]; unitId?: string }) => {
  const translate = useTranslate();
  const chosen = useWatch({ name: 'unitId' }) as string | undefined;
  const part = parts.find((u) => u.unitId === String(unitId ?? chosen ?? ''));
  return part?.opinionOn ? (
    <Alert severity="info" sx={{ mb: 1 }}>
      {translate('cppcc.proposals.opinion_replaces', { unit: part.unit.name, on: part.opinionOn })}
    </Alert>
  ) : null;
};

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
const StepInputs = ({ action, record, who }: { action: ProposalStep; record: ProposalRecord; who: Permissions }) => {
  const translate = useTranslate();
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
          <ReplyBeforeInput />
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
          <FormGrid>
            <TextInput source="docNo" label="cppcc.proposals.doc_no" helperText="cppcc.proposals.doc_no_help" />
            <DateInput source="repliedOn" label="cppcc.proposals.replied_on" validate={required()} />
            <TextInput source="signer" label="cppcc.proposals.signer" />
            <TextInput source="contactPerson" label="cppcc.proposals.contact_person" />
            <TextInput source="contactPhone" label="cppcc.proposals.contact_phone" />
          </FormGrid>
          <AttachmentsInput source="attachmentIds" label={translate('cppcc.proposals.reply_attachments')} />
        </>
      );
    case UnitStep.CO_UNIT_OPINION: {
      const own = ownPart(who, record);
      return (
        <>
          <Alert severity="info" sx={{ mb: 1 }}>
            {translate('cppcc.proposals.opinion_hint')}
          </Alert>
          {!own && (
            <RadioButtonGroupInput
              source="unitId"
              label="cppcc.proposals.co_unit"
              choices={unitChoices(coParts(record))}
              row={false}
              validate={required()}
            />
          )}
          <EarlierOpinion parts={coParts(record)} unitId={own?.unitId} />
          <TextInput source="text" label="cppcc.proposals.opinion_text" multiline minRows={4} validate={required()} />
          <DateInput source="on" label="cppcc.proposals.opinion_on" validate={required()} />
          <AttachmentsInput source="attachmentIds" />
        </>
      );
    }
    case UnitStep.WAIVE_CO_UNIT:
      return (
        <>
          <RadioButtonGroupInput
            source="unitId"
            label="cppcc.proposals.co_unit"
            choices={unitChoices(pendingCoUnits(coParts(record)))}
            row={false}
            validate={required()}
            helperText="cppcc.proposals.waive_help"
          />
          <TextInput source="note" label="cppcc.proposals.waiver_note" multiline minRows={2} validate={required()} />
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

/** The latest letter's, else the lead unit's contact: the same people answer the next round. */
function letterDefaults(record: ProposalRecord) {
  const last = record.replies?.at(-1);
  return {
    signer: last?.signer ?? '',
    contactPerson: last?.contactPerson ?? record.leadUnit?.contactPerson ?? '',
    contactPhone: last?.contactPhone ?? record.leadUnit?.contactPhone ?? '',
  };
}

function defaults(action: ProposalStep, record: ProposalRecord, who: Permissions): Record<string, unknown> {
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
        replyBeforeCoUnits: record.replyBeforeCoUnits ?? false,
      };
    }
    case ProposalAction.REPLY:
      return { replyClass: null, text: '', repliedOn: today, docNo: '', ...letterDefaults(record), attachmentIds: [] };
    case UnitStep.CO_UNIT_OPINION: {
      const own = ownPart(who, record);
      const first = pendingCoUnits(coParts(record))[0] ?? coParts(record)[0];
      // A unit re-sending starts from what it sent; county staff start on the first co-unit still awaited.
      return own
        ? { text: own.opinionText ?? '', on: today, attachmentIds: [] }
        : { unitId: first?.unitId ?? null, text: '', on: today, attachmentIds: [] };
    }
    case UnitStep.WAIVE_CO_UNIT: {
      const pending = pendingCoUnits(coParts(record));
      return { unitId: pending.length === 1 ? pending[0].unitId : null, note: '' };
    }
    case ProposalAction.FEEDBACK:
      return { satisfaction: null, note: '', on: today };
    case ProposalAction.SET_IMPLEMENTATION:
      return { status: record.implementation ?? null };
    case ProposalAction.CLOSE:
      return { closedOn: today, implementation: record.implementation ?? '' };
  }
}

const BUTTON_VARIANT: Partial<
  Record<ProposalStep, { variant: 'contained' | 'outlined'; color?: 'error' | 'warning' | 'primary' | 'success' }>
> = {
  [ProposalAction.REVIEW_ACCEPT]: { variant: 'contained' },
  [ProposalAction.REVIEW_REJECT]: { variant: 'outlined', color: 'error' },
  [ProposalAction.ASSIGN]: { variant: 'contained' },
  [ProposalAction.REPLY]: { variant: 'contained' },
  [ProposalAction.FEEDBACK]: { variant: 'contained' },
  [ProposalAction.CLOSE]: { variant: 'contained', color: 'success' },
  [UnitStep.CO_UNIT_OPINION]: { variant: 'contained' },
  [UnitStep.WAIVE_CO_UNIT]: { variant: 'outlined', color: 'warning' },
};

/** Waiving lets the lead reply without that unit's opinion: asked once more, naming the unit. */
const waiverQuestion = (record: ProposalRecord, translate: (key: string, options?: object) => string) =>
  function question(values: Record<string, unknown>) {
    const unit = coParts(record).find((u) => u.unitId === String(values.unitId ?? ''))?.unit.name ?? '';
    return {
      title: translate('cppcc.proposals.waive_confirm_title'),
      content: translate('cppcc.proposals.waive_confirm', { unit }),
    };
  };

/** Why 答复 is not offered yet: the co-units it waits for (and, for the county, what to do). */
const ReplyWaiting = ({ who, record }: { who: Permissions; record: ProposalRecord }) => {
  const translate = useTranslate();
  const units = replyWaitingFor(who, record);
  if (!units.length) return null;
  const county = who.role === Role.COUNTY_ADMIN;
  return (
    <Alert severity="warning" sx={{ py: 0, flexBasis: '100%' }}>
      {translate(county ? 'cppcc.proposals.reply_waiting_county' : 'cppcc.proposals.reply_waiting', {
        units: units.join('、'),
      })}
    </Alert>
  );
};

const KEY = 'SET_KEY';

/** Buttons for the allowed steps; `only` narrows them (a unit's list shows 答复 only). */
export const WorkflowButtons = ({ only, size = 'medium' }: { only?: ProposalStep[]; size?: 'small' | 'medium' }) => {
  const record = useRecordContext<ProposalRecord>();
  const { who } = useWho();
  const translate = useTranslate();
  const [open, setOpen] = useState<ProposalStep | typeof KEY | null>(null);
  if (!record || !who) return null;
  let actions = proposalActions(who, record);
  if (only) actions = actions.filter((a) => only.includes(a));
  const keyButton = !only && who.role === Role.COUNTY_ADMIN && mayFlagKey(record.status);
  const waiting = <ReplyWaiting who={who} record={record} />;
  if (!actions.length && !keyButton) return waiting;
  // County staff enter a co-unit's opinion on its behalf; a unit user sends its own.
  const label = (a: ProposalStep) =>
    translate(
      a === UnitStep.CO_UNIT_OPINION && who.role !== Role.HANDLING_UNIT
        ? 'cppcc.proposals.record_opinion'
        : `cppcc.workflow.action.${a}`,
    );
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
      {waiting}
      {open && open !== KEY && (
        <ActionDialog
          open
          title={label(open)}
          subtitle={subtitle}
          onClose={() => setOpen(null)}
          defaultValues={defaults(open, record, who)}
          onSubmit={(values) => performStep(open, String(record.id), record.version, values)}
          maxWidth={open === ProposalAction.REPLY ? 'md' : 'sm'}
          submitLabel={label(open)}
          confirm={open === UnitStep.WAIVE_CO_UNIT ? waiverQuestion(record, translate) : undefined}
        >
          <StepInputs action={open} record={record} who={who} />
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
