import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { DateField, useGetMany, useRecordContext, useTranslate } from 'react-admin';
import type { MemberOneFieldsFragment } from '../gql/graphql';
import { FormSection } from '../common/FormGrid';
import { NO_DATA } from '../common/format';

/** The member as the show page reads it (resources.ts MemberOneFields). */
export type MemberRecord = MemberOneFieldsFragment;

/** 资料待补: a date of this member's history was not recorded. */
export const NeedsDetailsChip = ({ sx }: { sx?: object }) => {
  const translate = useTranslate();
  return (
    <Chip size="small" color="warning" variant="outlined" label={translate('cppcc.members.needs_details')} sx={sx} />
  );
};

const cell = { whiteSpace: 'nowrap' } as const;
const head = { '& th': { fontWeight: 600, whiteSpace: 'nowrap' } } as const;

/** 任职经历 (where and when the member was organised) and 届次, oldest first. */
export const MemberHistory = () => {
  const record = useRecordContext<MemberRecord>();
  const translate = useTranslate();
  // The list's cached row (fewer fields) shows until the full record arrives.
  const tenures = record?.tenures ?? [];
  const terms = record?.terms ?? [];
  const { data: townships } = useGetMany<{ id: string; name: string }>(
    'townships',
    { ids: [...new Set(tenures.map((t) => t.townshipId))] },
    { enabled: tenures.length > 0 },
  );
  if (!record) return null;
  const townshipName = (id: string) => townships?.find((t) => String(t.id) === String(id))?.name ?? '';
  const t = (key: string) => translate(`cppcc.members.history.${key}`);
  return (
    <>
      <FormSection title="cppcc.members.history.title" />
      {/* Scrolls sideways on a phone rather than squeezing the dates. */}
      <Box sx={{ overflowX: 'auto', maxWidth: 1200, mb: 2 }}>
        {tenures.length ? (
          <Table size="small" aria-label={t('title')}>
            <TableHead>
              <TableRow sx={head}>
                <TableCell>{t('township')}</TableCell>
                <TableCell>{t('starts_on')}</TableCell>
                <TableCell>{t('ends_on')}</TableCell>
                <TableCell>{t('end_reason')}</TableCell>
                <TableCell>{t('end_note')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {tenures.map((tenure) => (
                <TableRow key={tenure.startsOn}>
                  <TableCell sx={cell}>{townshipName(tenure.townshipId)}</TableCell>
                  <TableCell sx={cell}>
                    <DateField record={tenure} source="startsOn" locales="zh-CN" />
                    {tenure.estimated && <NeedsDetailsChip sx={{ ml: 1 }} />}
                  </TableCell>
                  <TableCell sx={cell}>
                    <DateField record={tenure} source="endsOn" locales="zh-CN" emptyText={t('until_now')} />
                  </TableCell>
                  <TableCell sx={cell}>
                    {tenure.endReason ? translate(`enum.TenureEnd.${tenure.endReason}`) : NO_DATA}
                  </TableCell>
                  <TableCell sx={{ minWidth: 120 }}>{tenure.endNote || NO_DATA}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Typography color="text.secondary">{t('none')}</Typography>
        )}
      </Box>
      <FormSection title="cppcc.members.history.terms" />
      <Box sx={{ overflowX: 'auto', maxWidth: 600, mb: 1 }}>
        {terms.length ? (
          <Table size="small" aria-label={t('terms')}>
            <TableHead>
              <TableRow sx={head}>
                <TableCell>{t('term')}</TableCell>
                <TableCell>{t('term_starts_on')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {terms.map((term) => (
                <TableRow key={term.term}>
                  <TableCell sx={cell}>{term.term}</TableCell>
                  <TableCell sx={cell}>
                    <DateField record={term} source="startsOn" locales="zh-CN" emptyText={NO_DATA} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Typography color="text.secondary">{t('no_terms')}</Typography>
        )}
      </Box>
    </>
  );
};
