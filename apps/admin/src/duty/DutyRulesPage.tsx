// 履职规则: the duty rules of a year (dutyRuleSet), the county default 四个一 when none are
// stored. County admins replace the year's set with setDutyRules; others read it.
import {
  Alert,
  Box,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import { useSearchParams } from 'react-router-dom';
import {
  ArrayInput,
  NumberInput,
  ResourceContextProvider,
  SaveButton,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Title,
  Toolbar,
  required,
  useNotify,
  useTranslate,
  type HttpError,
} from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { useGqlMutation, useGqlQuery } from '../common/useGql';
import { useWho } from '../common/useWho';
import { YearSelect } from '../common/YearSelect';
import { currentYear } from '../common/years';
import type { ApiErrorBody } from '../graphql';
import { canEditPage, PAGES } from '../permissions';
import { DUTY_RULE_SET_QUERY, dutyRuleErrors, SET_DUTY_RULES, toRuleInputs } from './dutyRules';

const DutyRulesPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { who } = useWho();
  const editable = canEditPage(who, PAGES.dutyRules);
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || currentYear();
  const query = useGqlQuery(['dutyRuleSet', year], DUTY_RULE_SET_QUERY, { year });
  const save = useGqlMutation(SET_DUTY_RULES, [['dutyRuleSet', year], ['memberDuty']]);
  const set = query.data?.dutyRuleSet;

  const onSubmit = async (values: Record<string, unknown>) => {
    const rules = values.rules as Parameters<typeof dutyRuleErrors>[0];
    const errors = dutyRuleErrors(rules);
    if (Object.keys(errors).length) return errors;
    try {
      await save.mutateAsync({ year, rules: toRuleInputs(rules, values.proposalBasis as string | null) });
      notify('cppcc.duty.saved', { type: 'success', messageArgs: { year } });
    } catch (e) {
      const body = (e as HttpError).body as ApiErrorBody | undefined;
      notify((e as Error).message, { type: 'error' });
      if (body?.errors) return body.errors;
    }
    return undefined;
  };

  return (
    <Box sx={{ p: { xs: 1, md: 2 }, display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 1100 }}>
      <Title title={translate('cppcc.duty.rules_title')} />
      <Card variant="outlined">
        <CardHeader
          title={translate('cppcc.duty.rules_heading', { year })}
          subheader={translate('cppcc.duty.rules_help')}
          slotProps={{ title: { variant: 'subtitle1', fontWeight: 600 }, subheader: { variant: 'body2' } }}
          action={<YearSelect value={year} onChange={(y) => setParams({ year: String(y) }, { replace: true })} />}
        />
        <CardContent sx={{ pt: 0 }}>
          {query.error && <Alert severity="error">{query.error.message}</Alert>}
          {set?.isDefault && (
            <Alert severity="info" sx={{ mb: 1 }}>
              {translate('cppcc.duty.is_default')}
            </Alert>
          )}
          {set && !editable && (
            <>
              <Alert severity="info" sx={{ mb: 1 }}>
                {translate('cppcc.duty.proposal_basis_current', {
                  basis: translate(`enum.ProposalDutyBasis.${set.proposalBasis}`, { _: set.proposalBasis }),
                })}
              </Alert>
              <Table size="small">
                <TableHead>
                  <TableRow sx={{ '& th': { fontWeight: 600 } }}>
                    <TableCell>{translate('cppcc.duty.rule')}</TableCell>
                    <TableCell align="right">{translate('cppcc.duty.min_count')}</TableCell>
                    <TableCell align="right">{translate('cppcc.duty.points')}</TableCell>
                    <TableCell>{translate('cppcc.duty.description')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {set.rules.map((r) => (
                    <TableRow key={r.key}>
                      <TableCell>
                        <Chip size="small" label={translate(`enum.DutyRuleKey.${r.key}`, { _: r.label ?? r.key })} />
                      </TableCell>
                      <TableCell align="right">{r.minCount}</TableCell>
                      <TableCell align="right">{r.points}</TableCell>
                      <TableCell>{r.description ?? '—'}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          )}
          {set && editable && (
            // The form iterator needs a resource: the page edits the year's duty rules.
            <ResourceContextProvider value="dutyRules">
              <SimpleForm
                key={`${year}-${set.isDefault}-${JSON.stringify(set.rules)}`}
                record={{
                  id: year,
                  proposalBasis: set.proposalBasis,
                  rules: set.rules.map((r) => ({
                    key: r.key,
                    minCount: r.minCount,
                    points: r.points,
                    description: r.description ?? '',
                  })),
                }}
                onSubmit={onSubmit}
                sx={{ p: 0 }}
                toolbar={
                  <Toolbar sx={{ px: '0 !important' }}>
                    <SaveButton alwaysEnable={set.isDefault} />
                  </Toolbar>
                }
              >
                <EnumInput
                  source="proposalBasis"
                  enumName="ProposalDutyBasis"
                  label="cppcc.duty.proposal_basis"
                  helperText="cppcc.duty.proposal_basis_help"
                  validate={required()}
                  sx={{ width: 360 }}
                />
                <ArrayInput source="rules" label={false}>
                  <SimpleFormIterator
                    inline
                    disableReordering
                    disableClear
                    sx={{ '& .RaSimpleFormIterator-action': { visibility: 'visible' } }}
                  >
                    <EnumInput
                      source="key"
                      enumName="DutyRuleKey"
                      label="cppcc.duty.rule"
                      validate={required()}
                      sx={{ width: 180 }}
                    />
                    <NumberInput
                      source="minCount"
                      label="cppcc.duty.min_count"
                      validate={required()}
                      step={1}
                      sx={{ width: 120 }}
                    />
                    <NumberInput
                      source="points"
                      label="cppcc.duty.points"
                      validate={required()}
                      step={1}
                      sx={{ width: 120 }}
                    />
                    <TextInput source="description" label="cppcc.duty.description" sx={{ width: 360 }} />
                  </SimpleFormIterator>
                </ArrayInput>
              </SimpleForm>
            </ResourceContextProvider>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};

export default DutyRulesPage;
