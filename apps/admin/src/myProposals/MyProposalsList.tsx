// 我的交办提案 (HANDLING_UNIT): the proposals assigned to the unit (myAssignedProposals), with
// 答复 on each row that can be replied to now, and the full proposal one click away.
import { Alert, Chip } from '@mui/material';
import { DataTable, List, SearchInput, useRecordContext, useTranslate } from 'react-admin';
import { ProposalAction } from '@cppcc/domain';
import { storedUser } from '../authProvider';
import { EnumInput } from '../common/EnumInput';
import { YearInput } from '../common/YearInput';
import { DeadlineField, ProposalStatusField, SerialField } from '../proposals/ProposalFields';
import { WorkflowButtons } from '../proposals/WorkflowButtons';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="status" source="status" enumName="ProposalStatus" alwaysOn />,
  <YearInput key="year" source="year" alwaysOn />,
];

/** 主办 when the unit leads, 会办 otherwise. */
const RoleField = (_props: { label?: string }) => {
  const record = useRecordContext<{ leadUnitId?: string | null }>();
  const translate = useTranslate();
  const unit = storedUser()?.handlingUnitId;
  if (!record) return null;
  const lead = unit != null && String(record.leadUnitId) === String(unit);
  return (
    <Chip
      size="small"
      color={lead ? 'primary' : 'default'}
      variant={lead ? 'filled' : 'outlined'}
      label={translate(`enum.UnitAssignmentRole.${lead ? 'LEAD' : 'CO'}`)}
    />
  );
};

const MyProposalsList = () => {
  const translate = useTranslate();
  const unit = storedUser()?.handlingUnit?.name;
  return (
    <>
      <Alert severity="info" sx={{ mt: 2 }}>
        {unit ? `${translate('cppcc.my_proposals.unit', { name: unit })}　` : ''}
        {translate('cppcc.my_proposals.hint')}
      </Alert>
      <List
        resource="myAssignedProposals"
        title={translate('cppcc.my_proposals.title')}
        filters={filters}
        sort={{ field: 'updatedAt', order: 'DESC' }}
        perPage={25}
        exporter={false}
        actions={false}
        disableSyncWithLocation={false}
        storeKey="myAssignedProposals"
      >
        <DataTable bulkActionButtons={false} rowClick={(id) => `/proposals/${id}/show`}>
          <DataTable.Col source="serialNo" label="resources.proposals.fields.serialNo">
            <SerialField />
          </DataTable.Col>
          <DataTable.Col source="title" label="resources.proposals.fields.title" sx={{ maxWidth: 380 }} />
          <DataTable.Col label="cppcc.my_proposals.role" disableSort>
            <RoleField />
          </DataTable.Col>
          <DataTable.Col source="status" label="resources.proposals.fields.status">
            <ProposalStatusField />
          </DataTable.Col>
          <DataTable.Col source="deadline" label="resources.proposals.fields.deadline">
            <DeadlineField />
          </DataTable.Col>
          <DataTable.Col label={false} disableSort>
            <WorkflowButtons only={[ProposalAction.REPLY]} size="small" />
          </DataTable.Col>
        </DataTable>
      </List>
    </>
  );
};

export default MyProposalsList;
