import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ProgressBar } from '../common/ProgressField';
import type { WorkPlanFieldsFragment } from '../gql/graphql';

/** A plan item as the API reports it (resources.ts WorkPlanFields). */
export type PlanItem = WorkPlanFieldsFragment['items'][number];

/** The plan's completion rate (computed by the server) as a bar. */
export const CompletionField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ completionRate?: number | null }>();
  if (!record) return null;
  return <ProgressBar value={record.completionRate ?? null} />;
};

/** Each item: kind, quarter, target, what the records show, and a progress bar. Never typed in. */
export const PlanItemsTable = () => {
  const record = useRecordContext<{ items?: PlanItem[] }>();
  const translate = useTranslate();
  const items = record?.items ?? [];
  if (!items.length) return <Typography color="text.secondary">{translate('cppcc.plans.no_items')}</Typography>;
  return (
    <Table size="small" sx={{ maxWidth: 1100 }}>
      <TableHead>
        <TableRow sx={{ '& th': { fontWeight: 600, whiteSpace: 'nowrap' } }}>
          <TableCell>{translate('resources.workPlans.fields.items.metricKey')}</TableCell>
          <TableCell>{translate('resources.workPlans.fields.items.description')}</TableCell>
          <TableCell>{translate('resources.workPlans.fields.items.quarter')}</TableCell>
          <TableCell align="right">{translate('resources.workPlans.fields.items.target')}</TableCell>
          <TableCell align="right">{translate('cppcc.plans.actual')}</TableCell>
          <TableCell sx={{ width: 220 }}>{translate('cppcc.plans.progress')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id} hover>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {item.metricLabel ?? (
                <>
                  {item.kind ? translate(`enum.PlanItemKind.${item.kind}`, { _: item.kind }) : '—'}
                  <Chip
                    size="small"
                    color="warning"
                    variant="outlined"
                    sx={{ ml: 1 }}
                    label={translate('cppcc.plans.no_metric')}
                  />
                </>
              )}
            </TableCell>
            <TableCell>{item.description ?? '—'}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {item.quarter
                ? translate('cppcc.plans.quarter_n', { n: item.quarter })
                : translate('cppcc.plans.whole_year')}
            </TableCell>
            <TableCell align="right">{item.target}</TableCell>
            <TableCell align="right">{item.progress?.actual ?? '—'}</TableCell>
            <TableCell>
              <ProgressBar
                value={item.progress?.target ? item.progress.actual / item.progress.target : null}
                width={200}
              />
            </TableCell>
            <TableCell>
              {!item.progress ? null : item.progress.completed ? (
                <Chip size="small" color="success" label={translate('cppcc.plans.completed')} />
              ) : (
                <Chip
                  size="small"
                  variant="outlined"
                  label={translate('cppcc.plans.remaining', { n: item.progress.target - item.progress.actual })}
                />
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** "3/6 项完成" for the list. */
export const ItemsDoneField = (_props: { label?: string }) => {
  const record = useRecordContext<{ items?: PlanItem[] }>();
  const translate = useTranslate();
  if (!record) return null;
  const items = record.items ?? [];
  return (
    <Box component="span">
      {translate('cppcc.plans.items_done', {
        done: items.filter((i) => i.progress?.completed).length,
        total: items.length,
      })}
    </Box>
  );
};
