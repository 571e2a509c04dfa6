// 提案办理规则: the county's settings for the units' side — how many working days after
// assignment a unit may ask to return or adjust, and how close a deadline puts a proposal on the
// units' 即将到期 list. County admins set them (setHandlingRules); the defaults apply until then.
import { Alert, Box } from '@mui/material';
import {
  NumberInput,
  required,
  SaveButton,
  SimpleForm,
  Title,
  Toolbar,
  useNotify,
  useTranslate,
  type HttpError,
} from 'react-admin';
import { DEFAULT_HANDLING_RULES, handlingRulesErrors } from '@cppcc/domain';
import { SectionCard } from '../common/SectionCard';
import { useGqlMutation, useGqlQuery } from '../common/useGql';
import { formFieldOf, type ApiErrorBody } from '../graphql';
import { HANDLING_RULES, SET_HANDLING_RULES } from './unitWorkApi';

const HandlingRulesPage = () => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`cppcc.handling_rules.${key}`, args);
  const notify = useNotify();
  const query = useGqlQuery(['handlingRules'], HANDLING_RULES, {});
  const save = useGqlMutation(SET_HANDLING_RULES, [['handlingRules'], ['unitWorklist']]);
  const rules = query.data?.handlingRules;

  const onSubmit = async (values: Record<string, unknown>) => {
    const input = {
      returnWindowWorkingDays: Number(values.returnWindowWorkingDays),
      dueSoonDays: Number(values.dueSoonDays),
    };
    // The domain's bounds, checked here as the server checks them, so the form says it at once.
    const errors = handlingRulesErrors(input);
    if (errors.length) return Object.fromEntries(errors.map((e) => [formFieldOf(e.field), e.message]));
    try {
      await save.mutateAsync({ input });
      notify('cppcc.handling_rules.saved', { type: 'success' });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
      const body = (e as HttpError).body as ApiErrorBody | undefined;
      if (body?.errors) return body.errors;
    }
    return undefined;
  };

  return (
    <Box sx={{ p: { xs: 1, md: 2 }, display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 800 }}>
      <Title title={t('title')} />
      <SectionCard title={t('title')} help={t('help')}>
        {query.error && <Alert severity="error">{query.error.message}</Alert>}
        {rules && (
          <SimpleForm
            key={JSON.stringify(rules)}
            record={{ id: 'handlingRules', ...rules }}
            onSubmit={onSubmit}
            // The bounds are said in Chinese by the domain's check, not by the browser's own bubble.
            noValidate
            sx={{ p: 0 }}
            toolbar={
              <Toolbar sx={{ px: '0 !important' }}>
                <SaveButton />
              </Toolbar>
            }
          >
            <NumberInput
              source="returnWindowWorkingDays"
              label="cppcc.handling_rules.return_window"
              helperText={t('return_window_help', { days: DEFAULT_HANDLING_RULES.returnWindowWorkingDays })}
              validate={required()}
              min={0}
              max={30}
              step={1}
              sx={{ width: 320, maxWidth: '100%' }}
            />
            <NumberInput
              source="dueSoonDays"
              label="cppcc.handling_rules.due_soon"
              helperText={t('due_soon_help', { days: DEFAULT_HANDLING_RULES.dueSoonDays })}
              validate={required()}
              min={1}
              max={90}
              step={1}
              sx={{ width: 320, maxWidth: '100%' }}
            />
          </SimpleForm>
        )}
      </SectionCard>
    </Box>
  );
};

export default HandlingRulesPage;
