// 调动 / 状态变更 / 连任 on the member's show page: each button appears when the server lists its
// mutation for the caller (myPermissions) and the member is within their write scope, and opens
// an ActionDialog whose inputs are named as the mutation's input fields.
import AutorenewIcon from '@mui/icons-material/Autorenew';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Button } from '@mui/material';
import { useState, type ReactElement } from 'react';
import { useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  DateInput,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { MemberStatus, todayInChina } from '@cppcc/domain';
import { ActionDialog } from '../common/ActionDialog';
import { enumChoices } from '../common/enumChoices';
import { useWho } from '../common/useWho';
import { canCallOn } from '../permissions';
import type { MemberRecord } from './MemberHistory';
import { changeMemberStatus, reappointMember, transferMember } from './memberApi';

type Verb = 'transfer' | 'status' | 'reappoint';

const OPERATION: Record<Verb, string> = {
  transfer: 'transferMember',
  status: 'changeMemberStatus',
  reappoint: 'reappointMember',
};

const ICON: Record<Verb, ReactElement> = {
  transfer: <SwapHorizIcon />,
  status: <EventBusyIcon />,
  reappoint: <AutorenewIcon />,
};

/** These end a member's office outright: the dialog asks once more. */
const ENDING: readonly string[] = [MemberStatus.WITHDRAWN, MemberStatus.REVOKED];

/** From 在任: 届满 / 退出 / 撤销; once out of office: 恢复 (ACTIVE again from a later date). */
function statusChoices(current: MemberStatus) {
  const choices = enumChoices('MemberStatus');
  return current === MemberStatus.ACTIVE
    ? choices.filter((c) => c.id !== MemberStatus.ACTIVE)
    : choices.filter((c) => c.id === MemberStatus.ACTIVE).map((c) => ({ ...c, name: 'cppcc.members.verbs.restore' }));
}

const StatusInputs = ({ current }: { current: MemberStatus }) => {
  const status = useWatch({ name: 'status' });
  const restoring = status === MemberStatus.ACTIVE;
  return (
    <>
      <RadioButtonGroupInput
        source="status"
        label="cppcc.members.verbs.status_to"
        choices={statusChoices(current)}
        validate={required()}
      />
      <DateInput
        source="effectiveOn"
        label="cppcc.members.verbs.effective_on"
        validate={required()}
        helperText={restoring ? 'cppcc.members.verbs.restore_on_help' : 'cppcc.members.verbs.end_on_help'}
      />
      <TextInput
        source="reason"
        label="cppcc.members.verbs.reason"
        multiline
        minRows={2}
        validate={status === MemberStatus.WITHDRAWN ? required() : undefined}
      />
    </>
  );
};

export const MemberVerbs = () => {
  const record = useRecordContext<MemberRecord>();
  const { who } = useWho();
  const translate = useTranslate();
  const [open, setOpen] = useState<Verb | null>(null);
  if (!record || !who) return null;
  const inOffice = record.status === MemberStatus.ACTIVE;
  const offered = (verb: Verb) =>
    canCallOn(who, OPERATION[verb], 'members', record) && (verb !== 'transfer' || inOffice);
  const verbs = (['transfer', 'status', 'reappoint'] as const).filter(offered);
  if (!verbs.length) return null;
  const label = (verb: Verb) => translate(`cppcc.members.verbs.${verb}`);
  const id = String(record.id);
  const common = {
    open: true,
    subtitle: `${record.name}　${record.township.name}　${record.term}`,
    onClose: () => setOpen(null),
  };
  const statusLabel = (status: unknown) => translate(`enum.MemberStatus.${String(status)}`);
  return (
    <>
      {verbs.map((verb) => (
        <Button key={verb} size="small" startIcon={ICON[verb]} onClick={() => setOpen(verb)}>
          {label(verb)}
        </Button>
      ))}
      {open === 'transfer' && (
        <ActionDialog
          {...common}
          title={label('transfer')}
          submitLabel={label('transfer')}
          successMessage="cppcc.members.verbs.transferred"
          defaultValues={{ townshipId: null, effectiveOn: todayInChina(), note: '' }}
          onSubmit={(values) => transferMember(id, record.version, values)}
        >
          <ReferenceInput
            source="townshipId"
            reference="townships"
            sort={{ field: 'sortOrder', order: 'ASC' }}
            perPage={100}
          >
            <AutocompleteInput optionText="name" label="cppcc.members.verbs.transfer_to" validate={required()} />
          </ReferenceInput>
          <DateInput
            source="effectiveOn"
            label="cppcc.members.verbs.transfer_on"
            validate={required()}
            helperText="cppcc.members.verbs.transfer_on_help"
          />
          <TextInput source="note" label="cppcc.members.verbs.note" multiline minRows={2} />
        </ActionDialog>
      )}
      {open === 'status' && (
        <ActionDialog
          {...common}
          title={label('status')}
          successMessage="cppcc.members.verbs.status_changed"
          defaultValues={{ status: null, effectiveOn: todayInChina(), reason: '' }}
          onSubmit={(values) => changeMemberStatus(id, record.version, values)}
          confirm={(values) =>
            ENDING.includes(String(values.status))
              ? {
                  title: translate('cppcc.members.verbs.confirm_end_title', { status: statusLabel(values.status) }),
                  content: translate('cppcc.members.verbs.confirm_end_content', {
                    name: record.name,
                    status: statusLabel(values.status),
                    date: String(values.effectiveOn ?? ''),
                  }),
                }
              : null
          }
        >
          <StatusInputs current={record.status} />
        </ActionDialog>
      )}
      {open === 'reappoint' && (
        <ActionDialog
          {...common}
          title={label('reappoint')}
          submitLabel={label('reappoint')}
          successMessage="cppcc.members.verbs.reappointed"
          defaultValues={{ term: '', startsOn: todayInChina() }}
          onSubmit={(values) => reappointMember(id, record.version, values)}
        >
          <TextInput
            source="term"
            label="cppcc.members.verbs.term"
            validate={required()}
            helperText="cppcc.members.verbs.term_help"
          />
          <DateInput source="startsOn" label="cppcc.members.verbs.starts_on" validate={required()} />
        </ActionDialog>
      )}
    </>
  );
};
