import AddIcon from '@mui/icons-material/Add';
import FlagIcon from '@mui/icons-material/Flag';
import GradingIcon from '@mui/icons-material/Grading';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  IconButton,
  Step,
  StepContent,
  StepLabel,
  Stepper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useState } from 'react';
import {
  Confirm,
  DateInput,
  DeleteButton,
  Labeled,
  NumberInput,
  required,
  Show,
  TextField,
  TextInput,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import {
  allowedRectificationTargets,
  RectificationStatus,
  SUPERVISION_PHASE_ORDER,
  SupervisionPhase,
  todayInChina,
  validateEvaluation,
} from '@cppcc/domain';
import { ActionDialog } from '../common/ActionDialog';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { FormGrid } from '../common/FormGrid';
import { ShowActions } from '../common/ShowActions';
import { useWho } from '../common/useWho';
import { gqlRequest } from '../graphql';
import { canEdit } from '../permissions';
import type { SupervisionTargetOneFieldsFragment } from '../gql/graphql';
import { GradeField } from './PhaseProgress';
import {
  createRectificationItem,
  DELETE_RECTIFICATION_ITEM,
  recordEvaluation,
  recordPhase,
  setRectificationStatus,
} from './supervisionApi';

/** The target as the show page reads it (resources.ts SupervisionTargetOneFields). */
type Target = SupervisionTargetOneFieldsFragment;

const PHASE_FIELDS: Record<string, [keyof Target, keyof Target]> = {
  PLAN_CHECK: ['planCheckOn', 'planCheckNotes'],
  MID_YEAR_URGING: ['midYearOn', 'midYearNotes'],
  EVALUATION: ['evaluationOn', 'evaluationNotes'],
  LOOK_BACK: ['lookBackOn', 'lookBackNotes'],
};

const useCanWrite = () => {
  const { who } = useWho();
  return canEdit(who, 'supervisionTargets');
};

/** 早期检查 → 中期督促 → 后期评议 → 回头看, with 记录 for the next phase only (the server's nextPhases). */
const Phases = () => {
  const record = useRecordContext<Target>();
  const translate = useTranslate();
  const writable = useCanWrite();
  const [phase, setPhase] = useState<SupervisionPhase | null>(null);
  if (!record) return null;
  const active = SUPERVISION_PHASE_ORDER.findIndex((p) => !record.phases.includes(p));
  return (
    <Card variant="outlined">
      <CardHeader
        title={translate('cppcc.supervision.phases')}
        slotProps={{ title: { variant: 'subtitle1', fontWeight: 600 } }}
        action={
          <Chip
            size="small"
            color={record.complete ? 'success' : 'default'}
            label={translate(record.complete ? 'cppcc.supervision.complete' : 'cppcc.supervision.in_progress')}
          />
        }
      />
      <CardContent sx={{ pt: 0 }}>
        <Stepper orientation="vertical" activeStep={active < 0 ? SUPERVISION_PHASE_ORDER.length : active} nonLinear>
          {SUPERVISION_PHASE_ORDER.map((p) => {
            const done = record.phases.includes(p);
            const [onField, notesField] = PHASE_FIELDS[p];
            const next = record.nextPhases.includes(p);
            return (
              <Step key={p} completed={done} expanded>
                <StepLabel
                  optional={
                    p === 'LOOK_BACK' ? (
                      <Typography variant="caption">{translate('cppcc.supervision.optional')}</Typography>
                    ) : undefined
                  }
                >
                  {translate(`enum.SupervisionPhase.${p}`)}
                  {done && record[onField] ? (
                    <Typography
                      component="span"
                      variant="body2"
                      color="text.secondary"
                    >{`　${record[onField] as string}`}</Typography>
                  ) : null}
                </StepLabel>
                <StepContent>
                  {done && (
                    <Typography variant="body2">
                      {(record[notesField] as string | null) || translate('cppcc.supervision.no_notes')}
                    </Typography>
                  )}
                  {!done && next && writable && (
                    <Button size="small" variant="outlined" startIcon={<FlagIcon />} onClick={() => setPhase(p)}>
                      {translate('cppcc.supervision.record_phase', { phase: translate(`enum.SupervisionPhase.${p}`) })}
                    </Button>
                  )}
                  {!done && !next && (
                    <Typography variant="body2" color="text.secondary">
                      {translate('cppcc.supervision.not_yet')}
                    </Typography>
                  )}
                </StepContent>
              </Step>
            );
          })}
        </Stepper>
      </CardContent>
      <ActionDialog
        open={!!phase}
        title={
          phase
            ? translate('cppcc.supervision.record_phase', { phase: translate(`enum.SupervisionPhase.${phase}`) })
            : ''
        }
        subtitle={record.topic}
        onClose={() => setPhase(null)}
        defaultValues={{ on: todayInChina(), notes: '' }}
        onSubmit={(values) => recordPhase(String(record.id), phase!, values)}
      >
        <DateInput source="on" label="cppcc.supervision.phase_on" validate={required()} />
        <TextInput source="notes" label="cppcc.supervision.phase_notes" multiline minRows={3} />
      </ActionDialog>
    </Card>
  );
};

const evaluationValidate = (values: Record<string, unknown>) => {
  const num = (v: unknown) => (v === '' || v == null ? null : Number(v));
  const errors: Record<string, string> = {};
  for (const e of validateEvaluation({
    questionnairesIssued: num(values.questionnairesIssued),
    questionnairesReturned: num(values.questionnairesReturned),
    score: num(values.score),
    recommendationCount: num(values.recommendationCount),
  }))
    errors[e.field] = e.message;
  return errors;
};

/** 后期民主评议 figures; recorded once the EVALUATION phase is. */
const Evaluation = () => {
  const record = useRecordContext<Target>();
  const translate = useTranslate();
  const writable = useCanWrite();
  const [open, setOpen] = useState(false);
  if (!record) return null;
  const canRecord = record.phases.includes(SupervisionPhase.EVALUATION);
  return (
    <Card variant="outlined">
      <CardHeader
        title={translate('cppcc.supervision.evaluation')}
        slotProps={{ title: { variant: 'subtitle1', fontWeight: 600 } }}
        action={
          writable && canRecord ? (
            <Button size="small" startIcon={<GradingIcon />} onClick={() => setOpen(true)}>
              {translate(
                record.score == null ? 'cppcc.supervision.record_evaluation' : 'cppcc.supervision.correct_evaluation',
              )}
            </Button>
          ) : undefined
        }
      />
      <CardContent sx={{ pt: 0 }}>
        {!canRecord && <Alert severity="info">{translate('cppcc.supervision.evaluation_needs_phase')}</Alert>}
        {canRecord && record.score == null && (
          <Typography color="text.secondary">{translate('cppcc.supervision.no_evaluation')}</Typography>
        )}
        {record.score != null && (
          <FormGrid columns={3}>
            <Labeled label="resources.supervisionTargets.fields.score">
              <GradeField />
            </Labeled>
            <Labeled label="resources.supervisionTargets.fields.questionnairesIssued">
              <TextField source="questionnairesIssued" />
            </Labeled>
            <Labeled label="resources.supervisionTargets.fields.questionnairesReturned">
              <TextField source="questionnairesReturned" />
            </Labeled>
            <Labeled label="resources.supervisionTargets.fields.recommendationCount">
              <TextField source="recommendationCount" />
            </Labeled>
            <Box sx={{ gridColumn: { md: 'span 2' } }}>
              <Labeled label="resources.supervisionTargets.fields.findings">
                <TextField source="findings" emptyText="—" />
              </Labeled>
            </Box>
          </FormGrid>
        )}
      </CardContent>
      <ActionDialog
        open={open}
        title={translate('cppcc.supervision.record_evaluation')}
        subtitle={record.topic}
        onClose={() => setOpen(false)}
        defaultValues={{
          questionnairesIssued: record.questionnairesIssued ?? '',
          questionnairesReturned: record.questionnairesReturned ?? '',
          score: record.score ?? '',
          recommendationCount: record.recommendationCount ?? 0,
          grade: record.grade ?? '',
          findings: record.findings ?? '',
        }}
        onSubmit={async (values) => {
          const errors = evaluationValidate(values);
          if (Object.keys(errors).length)
            throw Object.assign(new Error(Object.values(errors)[0]), { body: { code: 'BAD_USER_INPUT', errors } });
          return recordEvaluation(String(record.id), values);
        }}
      >
        <FormGrid>
          <NumberInput
            source="questionnairesIssued"
            label="resources.supervisionTargets.fields.questionnairesIssued"
            validate={required()}
            step={1}
          />
          <NumberInput
            source="questionnairesReturned"
            label="resources.supervisionTargets.fields.questionnairesReturned"
            validate={required()}
            step={1}
          />
          <NumberInput
            source="score"
            label="resources.supervisionTargets.fields.score"
            validate={required()}
            step={0.1}
            helperText="cppcc.supervision.score_help"
          />
          <NumberInput
            source="recommendationCount"
            label="resources.supervisionTargets.fields.recommendationCount"
            validate={required()}
            step={1}
          />
        </FormGrid>
        <EnumInput
          source="grade"
          enumName="Satisfaction"
          label="resources.supervisionTargets.fields.grade"
          helperText="cppcc.supervision.grade_help"
          emptyText="cppcc.supervision.grade_auto"
        />
        <TextInput source="findings" label="resources.supervisionTargets.fields.findings" multiline minRows={3} />
      </ActionDialog>
    </Card>
  );
};

const STATUS_COLORS: Record<string, 'default' | 'warning' | 'success'> = {
  PENDING: 'default',
  IN_PROGRESS: 'warning',
  DONE: 'success',
};

/** 整改事项 with their status moves (待整改 → 整改中 → 已整改; may skip 整改中). */
export const RectificationPanel = () => {
  const record = useRecordContext<Target>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const writable = useCanWrite();
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; text: string } | null>(null);
  if (!record) return null;
  const items = record.rectificationItems ?? [];
  const run = async (id: string, fn: () => Promise<unknown>, message: string) => {
    setBusy(id);
    try {
      await fn();
      notify(message, { type: 'success' });
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(null);
    }
  };
  const done = items.filter((i) => i.status === RectificationStatus.DONE).length;
  return (
    <Card variant="outlined">
      <CardHeader
        title={translate('cppcc.supervision.rectification')}
        subheader={
          items.length ? translate('cppcc.supervision.rectification_done', { done, total: items.length }) : undefined
        }
        slotProps={{ title: { variant: 'subtitle1', fontWeight: 600 } }}
        action={
          writable ? (
            <Button size="small" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
              {translate('cppcc.supervision.add_item')}
            </Button>
          ) : undefined
        }
      />
      <CardContent sx={{ pt: 0 }}>
        {!items.length ? (
          <Typography color="text.secondary">{translate('cppcc.supervision.no_items')}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow sx={{ '& th': { fontWeight: 600 } }}>
                <TableCell>{translate('resources.rectificationItems.fields.text')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {translate('resources.rectificationItems.fields.dueOn')}
                </TableCell>
                <TableCell>{translate('resources.rectificationItems.fields.status')}</TableCell>
                {writable && <TableCell />}
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((item) => {
                const overdue = item.status !== 'DONE' && item.dueOn && item.dueOn < todayInChina();
                return (
                  <TableRow key={item.id}>
                    <TableCell>{item.text}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap', color: overdue ? 'error.main' : undefined }}>
                      {item.dueOn ?? '—'}
                    </TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={STATUS_COLORS[item.status]}
                        variant={item.status === 'DONE' ? 'filled' : 'outlined'}
                        label={translate(`enum.RectificationStatus.${item.status}`)}
                      />
                    </TableCell>
                    {writable && (
                      <TableCell sx={{ whiteSpace: 'nowrap' }} align="right">
                        {allowedRectificationTargets(item.status as RectificationStatus).map((to) => (
                          <Button
                            key={to}
                            size="small"
                            disabled={busy === item.id}
                            onClick={() =>
                              run(item.id, () => setRectificationStatus(item.id, to), 'cppcc.supervision.status_saved')
                            }
                          >
                            {translate('cppcc.supervision.mark', {
                              status: translate(`enum.RectificationStatus.${to}`),
                            })}
                          </Button>
                        ))}
                        <Tooltip title={translate('ra.action.delete')}>
                          <IconButton
                            size="small"
                            disabled={busy === item.id}
                            onClick={() => setDeleting(item)}
                            aria-label={translate('ra.action.delete')}
                          >
                            <DeleteIcon fontSize="small" />
                          </IconButton>
                        </Tooltip>
                      </TableCell>
                    )}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </CardContent>
      <Confirm
        isOpen={!!deleting}
        title="cppcc.supervision.delete_item_title"
        content="cppcc.supervision.delete_item_confirm"
        translateOptions={{ text: deleting?.text ?? '' }}
        onConfirm={() => {
          const item = deleting!;
          setDeleting(null);
          void run(
            item.id,
            () => gqlRequest(DELETE_RECTIFICATION_ITEM, { id: item.id }),
            'cppcc.supervision.item_deleted',
          );
        }}
        onClose={() => setDeleting(null)}
      />
      <ActionDialog
        open={adding}
        title={translate('cppcc.supervision.add_item')}
        subtitle={record.topic}
        onClose={() => setAdding(false)}
        defaultValues={{ text: '', dueOn: '' }}
        onSubmit={(values) => createRectificationItem(String(record.id), values)}
      >
        <TextInput
          source="text"
          label="resources.rectificationItems.fields.text"
          validate={required()}
          multiline
          minRows={2}
        />
        <DateInput source="dueOn" label="resources.rectificationItems.fields.dueOn" />
      </ActionDialog>
    </Card>
  );
};

export const SupervisionTargetShow = () => (
  <Show
    actions={
      <ShowActions>
        <DeleteButton mutationMode="pessimistic" />
      </ShowActions>
    }
  >
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <FormGrid columns={3}>
        <Labeled>
          <TextField source="topic" />
        </Labeled>
        <Labeled>
          <TextField source="unit.name" label="resources.supervisionTargets.fields.unitId" />
        </Labeled>
        <Labeled>
          <EnumField source="kind" enumName="SupervisionKind" />
        </Labeled>
        <Labeled>
          <TextField source="year" />
        </Labeled>
      </FormGrid>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1.2fr)' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <Phases />
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Evaluation />
          <RectificationPanel />
        </Box>
      </Box>
    </Box>
  </Show>
);
