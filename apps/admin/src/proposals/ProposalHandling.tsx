// The units' side of a proposal on its show page (docs/domain.md, return and extension; contact
// before reply): the proposers' contacts a unit may call, the 办前面商 records with 记录办前面商,
// the units' 退回/调整/延期 requests with 申请 for a unit and 审批 for the county. The buttons
// follow the server's allowedActions; the server checks the windows and deadlines again.
import PhoneIcon from '@mui/icons-material/Phone';
import { Alert, Box, Button, Chip, Divider, Link, Stack, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import {
  DateInput,
  RadioButtonGroupInput,
  required,
  TextInput,
  useRecordContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import {
  isInHandling,
  ProposalStatus,
  returnWindowEnd,
  todayInChina,
  UnitAssignmentRole,
  UnitRequestKind,
  UnitRequestStatus,
} from '@cppcc/domain';
import { ActionDialog } from '../common/ActionDialog';
import { enumChoices } from '../common/enumChoices';
import { EnumInput } from '../common/EnumInput';
import { useGqlQuery } from '../common/useGql';
import { useWho } from '../common/useWho';
import type { Permissions } from '../permissions';
import { HANDLING_RULES } from '../unitWork/unitWorkApi';
import {
  decideUnitRequest,
  HandlingStep,
  offers,
  recordContact,
  requestUnitChange,
  type UnitRequestRow,
} from './handlingApi';
import { proposalNumber } from './ProposalFields';
import { UnitPickers } from './UnitPickers';
import { decisionLine, UnitRequestChips } from './UnitRequestChips';
import type { ProposalRecord } from './WorkflowButtons';

type T = (key: string, options?: object) => string;
const useT = (): T => {
  const translate = useTranslate();
  return (key, options) => translate(`cppcc.unit_handling.${key}`, options);
};

const subtitleOf = (record: ProposalRecord) => `${proposalNumber(record)}　${record.title}`;

/** Label and value on one line, wrapping under each other on a phone. */
const Line = ({ label, children }: { label: string; children: ReactNode }) => (
  <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
    <Box component="span" sx={{ color: 'text.secondary', mr: 1 }}>
      {label}
    </Box>
    {children}
  </Typography>
);

/**
 * A part of 审查与办理 (the show page's section this mounts in): a ruled-off heading with its
 * action, a line of help, the content.
 */
const Part = ({
  title,
  help,
  action,
  children,
}: {
  title: string;
  help: string;
  action?: ReactNode;
  children: ReactNode;
}) => (
  <Box component="section" sx={{ mt: 2 }}>
    <Divider sx={{ mb: 1.5 }} />
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      <Box sx={{ flex: 1 }} />
      {action}
    </Box>
    <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
      {help}
    </Typography>
    {children}
  </Box>
);

const Empty = ({ text }: { text: string }) => (
  <Typography variant="body2" color="text.secondary">
    {text}
  </Typography>
);

const ProposerContacts = ({ record }: { record: ProposalRecord }) => {
  const t = useT();
  const list = record.proposerContacts ?? [];
  if (!list.length || record.leadUnitId == null) return null;
  return (
    <Part title={t('proposers')} help={t('proposers_help')}>
      <Stack divider={<Divider flexItem />} spacing={1}>
        {list.map((p) => (
          <Box key={p.memberId} sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
            <Typography sx={{ fontWeight: 600 }}>{p.name}</Typography>
            <Chip size="small" variant="outlined" label={t(p.isLead ? 'lead_proposer' : 'co_signer')} />
            <Typography variant="body2" color="text.secondary">
              {p.sectorName ?? t('no_sector')}
            </Typography>
            <Box sx={{ flex: 1 }} />
            {p.phone ? (
              <Link href={`tel:${p.phone}`} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                <PhoneIcon fontSize="small" />
                {p.phone}
              </Link>
            ) : (
              <Typography variant="body2" color="text.secondary">
                {t('no_phone')}
              </Typography>
            )}
          </Box>
        ))}
      </Stack>
    </Part>
  );
};

const ContactRecords = ({ record }: { record: ProposalRecord }) => {
  const t = useT();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const list = record.contacts ?? [];
  const may = offers(record, HandlingStep.RECORD_CONTACT);
  if (!list.length && !may) return null;
  return (
    <Part
      title={t('contacts')}
      help={t('contacts_help')}
      action={
        may && (
          <Button variant="outlined" size="small" onClick={() => setOpen(true)}>
            {t('record_contact')}
          </Button>
        )
      }
    >
      {list.length ? (
        <Stack divider={<Divider flexItem />} spacing={1}>
          {list.map((c) => (
            <Box key={c.id}>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }}>
                <Typography sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>{c.contactedOn}</Typography>
                <Chip size="small" label={translate(`enum.ContactForm.${c.form}`)} />
                {c.recordedByName && (
                  <Typography variant="caption" color="text.secondary">
                    {t('recorded_by', { name: c.recordedByName })}
                  </Typography>
                )}
              </Box>
              {c.participants && <Line label={t('participants')}>{c.participants}</Line>}
              {c.proposerView && <Line label={t('proposer_view')}>{c.proposerView}</Line>}
            </Box>
          ))}
        </Stack>
      ) : (
        <Empty text={t('no_contacts')} />
      )}
      {open && (
        <ActionDialog
          open
          title={t('record_contact')}
          subtitle={subtitleOf(record)}
          onClose={() => setOpen(false)}
          defaultValues={{ contactedOn: todayInChina(), form: null, participants: '', proposerView: '' }}
          onSubmit={(values) => recordContact(String(record.id), record.version, values)}
          submitLabel={translate('ra.action.save')}
        >
          <DateInput
            source="contactedOn"
            label="cppcc.unit_handling.contacted_on"
            validate={required()}
            helperText="cppcc.unit_handling.contacted_on_help"
          />
          <EnumInput source="form" enumName="ContactForm" label="cppcc.unit_handling.form" validate={required()} />
          <TextInput
            source="participants"
            label="cppcc.unit_handling.participants"
            helperText="cppcc.unit_handling.participants_help"
          />
          <TextInput source="proposerView" label="cppcc.unit_handling.proposer_view" multiline minRows={3} />
        </ActionDialog>
      )}
    </Part>
  );
};

/** The kinds this unit may ask now: 退回/调整 while assigned and unreplied, 延期 for the lead before the deadline. */
function requestKinds(who: Permissions, record: ProposalRecord): UnitRequestKind[] {
  const own = (record.units ?? []).find((u) => String(u.unitId) === String(who.handlingUnitId));
  if (!own) return [];
  const kinds: UnitRequestKind[] = [];
  if (record.status === ProposalStatus.ASSIGNED) kinds.push(UnitRequestKind.RETURN, UnitRequestKind.ADJUST);
  if (own.role === UnitAssignmentRole.LEAD && record.deadline && isInHandling(record.status as ProposalStatus))
    kinds.push(UnitRequestKind.EXTEND);
  return kinds;
}

const laterThan =
  (current: string | null | undefined, message: string): Validator =>
  (value: unknown) =>
    current && typeof value === 'string' && value && value <= current ? message : undefined;

const RequestInputs = ({ record, kinds }: { record: ProposalRecord; kinds: UnitRequestKind[] }) => {
  const t = useT();
  const kind = useWatch({ name: 'kind' }) as UnitRequestKind | null;
  const rules = useGqlQuery(['handlingRules'], HANDLING_RULES, {}).data?.handlingRules;
  const windowEnd =
    rules && record.assignedOn ? returnWindowEnd(record.assignedOn, rules.returnWindowWorkingDays) : null;
  return (
    <>
      <RadioButtonGroupInput
        source="kind"
        label="cppcc.unit_handling.kind"
        choices={enumChoices('UnitRequestKind').filter((c) => kinds.includes(c.id as UnitRequestKind))}
        validate={required()}
        helperText={false}
      />
      {kind && kind !== UnitRequestKind.EXTEND && windowEnd && (
        <Alert severity={todayInChina() > windowEnd ? 'warning' : 'info'} sx={{ mb: 1 }}>
          {t('window', { days: rules!.returnWindowWorkingDays, date: windowEnd })}
        </Alert>
      )}
      <TextInput
        source="reason"
        label="cppcc.unit_handling.reason"
        multiline
        minRows={3}
        validate={required()}
        helperText={
          kind === UnitRequestKind.EXTEND ? 'cppcc.unit_handling.reason_extend' : 'cppcc.unit_handling.reason_help'
        }
      />
      {kind === UnitRequestKind.EXTEND && (
        <DateInput
          source="deadline"
          label="cppcc.unit_handling.asked_deadline"
          validate={[required(), laterThan(record.deadline, t('later_than', { date: record.deadline ?? '' }))]}
          helperText={t('current_deadline', { date: record.deadline ?? '' })}
        />
      )}
      {kind === UnitRequestKind.ADJUST && (
        <TextInput
          source="suggestion"
          label="cppcc.unit_handling.suggestion"
          helperText="cppcc.unit_handling.suggestion_help"
        />
      )}
    </>
  );
};

/** The unit's 申请退回/调整/延期 button and dialog. */
const RequestButton = ({ record, who }: { record: ProposalRecord; who: Permissions }) => {
  const t = useT();
  const [open, setOpen] = useState(false);
  const kinds = requestKinds(who, record);
  if (!offers(record, HandlingStep.UNIT_REQUEST) || !kinds.length) return null;
  return (
    <>
      <Button variant="outlined" size="small" color="warning" onClick={() => setOpen(true)}>
        {t('ask')}
      </Button>
      {open && (
        <ActionDialog
          open
          title={t('ask')}
          subtitle={subtitleOf(record)}
          onClose={() => setOpen(false)}
          defaultValues={{ kind: kinds.length === 1 ? kinds[0] : null, reason: '', deadline: null, suggestion: '' }}
          onSubmit={(values) => requestUnitChange(String(record.id), record.version, values)}
          submitLabel={t('submit_request')}
          successMessage="cppcc.unit_handling.requested"
        >
          <RequestInputs record={record} kinds={kinds} />
        </ActionDialog>
      )}
    </>
  );
};

const approving = (values: Record<string, unknown>) => values.approve === 'true';

/** 不同意 needs the reason (the unit reads it); 同意 may carry a remark. */
const noteWhenRefusing: Validator = (value: unknown, values: Record<string, unknown>) =>
  !approving(values) && !(typeof value === 'string' && value.trim()) ? 'cppcc.unit_handling.note_required' : undefined;

const DecisionInputs = ({ request, record }: { request: UnitRequestRow; record: ProposalRecord }) => {
  const t = useT();
  const approve = useWatch({ name: 'approve' }) === 'true';
  const extend = request.kind === UnitRequestKind.EXTEND;
  return (
    <>
      <Alert severity="info" sx={{ mb: 1.5 }}>
        <RequestSummary request={request} />
      </Alert>
      <RadioButtonGroupInput
        source="approve"
        label="cppcc.unit_handling.decision"
        choices={[
          { id: 'true', name: 'cppcc.unit_handling.approve' },
          { id: 'false', name: 'cppcc.unit_handling.refuse' },
        ]}
        validate={required()}
        helperText={false}
      />
      {approve && extend && (
        <DateInput
          source="deadline"
          label="cppcc.unit_handling.granted_deadline"
          validate={[required(), laterThan(record.deadline, t('later_than', { date: record.deadline ?? '' }))]}
          helperText={t('current_deadline', { date: record.deadline ?? '' })}
        />
      )}
      {approve && !extend && <UnitPickers prefix="reassign." helperText={t('reassign_help')} />}
      <TextInput
        source="note"
        label={approve ? 'cppcc.unit_handling.note' : 'cppcc.unit_handling.refuse_reason'}
        multiline
        minRows={2}
        validate={noteWhenRefusing}
        helperText={approve ? 'cppcc.unit_handling.note_help' : 'cppcc.unit_handling.refuse_help'}
      />
    </>
  );
};

/** 退回: the asking unit leaves; 调整: the county starts from the units as they are. */
function reassignDefaults(request: UnitRequestRow, record: ProposalRecord) {
  const units = record.units ?? [];
  const leaving = request.kind === UnitRequestKind.RETURN ? String(request.unitId) : null;
  const lead = record.leadUnitId != null && String(record.leadUnitId) !== leaving ? record.leadUnitId : null;
  const co = units
    .filter((u) => u.role === UnitAssignmentRole.CO && String(u.unitId) !== leaving)
    .map((u) => String(u.unitId));
  return { leadUnitId: lead, coUnitIds: co };
}

const DecideButton = ({ request, record }: { request: UnitRequestRow; record: ProposalRecord }) => {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (!offers(record, HandlingStep.DECIDE_UNIT_REQUEST) || request.status !== UnitRequestStatus.PENDING) return null;
  const extend = request.kind === UnitRequestKind.EXTEND;
  return (
    <>
      <Button variant="contained" size="small" onClick={() => setOpen(true)}>
        {t('decide')}
      </Button>
      {open && (
        <ActionDialog
          open
          title={t('decide_title', { unit: request.unit?.name ?? '' })}
          subtitle={subtitleOf(record)}
          onClose={() => setOpen(false)}
          defaultValues={{
            approve: 'true',
            note: '',
            deadline: request.requestedDeadline ?? null,
            reassign: reassignDefaults(request, record),
          }}
          onSubmit={(values) => decideUnitRequest(String(record.id), record.version, request, values)}
          submitLabel={t('decide')}
          successMessage="cppcc.unit_handling.decided"
          maxWidth="sm"
          // Approving a return or an adjustment re-assigns the proposal: the old assignment ends.
          confirm={(values) =>
            approving(values) && !extend ? { title: t('confirm_title'), content: t('confirm_reassign') } : null
          }
        >
          <DecisionInputs request={request} record={record} />
        </ActionDialog>
      )}
    </>
  );
};

/** Who asked what, when, and why. */
const RequestSummary = ({ request: r }: { request: UnitRequestRow }) => {
  const t = useT();
  return (
    <Stack spacing={0.25}>
      <Line label={t('asked_by')}>
        {
          // A unit's login is often named after the unit: say it once.
          [...new Set([r.unit?.name, r.requestedByName, r.requestedOn])].filter(Boolean).join(' · ')
        }
      </Line>
      <Line label={t('reason')}>{r.reason}</Line>
      {r.kind === UnitRequestKind.EXTEND && (
        <Line label={t('asked_deadline')}>
          {t('extend_from_to', { from: r.previousDeadline ?? '—', to: r.requestedDeadline ?? '—' })}
        </Line>
      )}
      {r.suggestion && <Line label={t('suggestion')}>{r.suggestion}</Line>}
    </Stack>
  );
};

const UnitRequests = ({ record, who }: { record: ProposalRecord; who: Permissions }) => {
  const t = useT();
  const translate = useTranslate();
  const list = record.unitRequests ?? [];
  const ask = <RequestButton record={record} who={who} />;
  const mayAsk = offers(record, HandlingStep.UNIT_REQUEST) && requestKinds(who, record).length > 0;
  if (!list.length && !mayAsk) return null;
  return (
    <Part title={t('requests')} help={t('requests_help')} action={ask}>
      {list.length ? (
        <Stack divider={<Divider flexItem />} spacing={1.5}>
          {list.map((r) => {
            const decision = decisionLine(translate, r);
            return (
              <Box key={r.id}>
                <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }}>
                  <UnitRequestChips kind={r.kind} status={r.status} />
                  <Box sx={{ flex: 1 }} />
                  <DecideButton request={r} record={record} />
                </Box>
                <RequestSummary request={r} />
                {decision && (
                  <Line label={t('decided_by', { name: r.decidedByName ?? '', on: r.decidedOn ?? '' })}>
                    {decision}
                  </Line>
                )}
              </Box>
            );
          })}
        </Stack>
      ) : (
        <Empty text={t('no_requests')} />
      )}
    </Part>
  );
};

/** Mounted once on the proposal's show page. */
export const ProposalHandling = () => {
  const record = useRecordContext<ProposalRecord>();
  const { who } = useWho();
  if (!record || !who) return null;
  return (
    <>
      <ProposerContacts record={record} />
      <ContactRecords record={record} />
      <UnitRequests record={record} who={who} />
    </>
  );
};
