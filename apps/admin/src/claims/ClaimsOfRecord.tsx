import { Box } from '@mui/material';
import { DataTable, DateField, ReferenceManyField, useTranslate } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { FormSection } from '../common/FormGrid';
import { ClaimDecisionButtons } from './ClaimDecisionButtons';
import { ClaimDecisionField, ClaimedField, ClaimReviewField } from './ClaimFields';

/**
 * 申报确认 on a record's page: each claim the record made, the replaced ones too, with the
 * county's decision and reason — and, for the county, the buttons to decide a waiting one.
 */
export const ClaimsOfRecord = ({ recordType }: { recordType: 'OpinionReport' | 'Activity' }) => {
  const translate = useTranslate();
  return (
    <>
      <FormSection title="cppcc.claims.of_record" />
      <Box sx={{ overflowX: 'auto', mb: 2 }}>
        <ReferenceManyField
          reference="claims"
          target="recordId"
          filter={{ recordType, includeSuperseded: true }}
          sort={{ field: 'createdAt', order: 'DESC' }}
          perPage={50}
          empty={<Box sx={{ color: 'text.secondary', py: 1 }}>{translate('cppcc.claims.none_on_record')}</Box>}
        >
          <DataTable bulkActionButtons={false} rowClick={false} aria-label={translate('cppcc.claims.of_record')}>
            <DataTable.Col source="createdAt" label="cppcc.claims.claimed_at">
              <DateField source="createdAt" locales="zh-CN" />
            </DataTable.Col>
            <DataTable.Col source="kind">
              <EnumField source="kind" enumName="ClaimKind" />
            </DataTable.Col>
            <DataTable.Col source="claimed">
              <ClaimedField />
            </DataTable.Col>
            <DataTable.Col source="review">
              <ClaimReviewField />
            </DataTable.Col>
            <DataTable.Col source="decidedAt" label="cppcc.claims.decision">
              <ClaimDecisionField />
            </DataTable.Col>
            <DataTable.Col label={false}>
              <ClaimDecisionButtons />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </Box>
    </>
  );
};
