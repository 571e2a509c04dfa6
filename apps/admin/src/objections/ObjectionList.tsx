// 数据异议: townships' objections to their figures in a year's review. County admins open it on
// the open ones, with a count per status, and answer them; a township officer sees their
// township's objections and the answers, and raises new ones while the year is in review.
import { Box, Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  DateField,
  FilterButton,
  SearchInput,
  SimpleList,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { ObjectionStatus } from '@cppcc/domain';
import { EnumInput } from '../common/EnumInput';
import { DecisionQueueList } from '../common/DecisionQueueList';
import { TownshipNameField } from '../common/TownshipNameField';
import { townshipFilter } from '../common/townshipFilter';
import { useWho } from '../common/useWho';
import { YearInput } from '../common/YearInput';
import { canCallOn } from '../permissions';
import {
  ObjectionAnswerButtons,
  ObjectionAnswerField,
  ObjectionFigureField,
  ObjectionReasonField,
  objectionFigure,
  type ObjectionRecord,
} from './ObjectionFields';

const filters = (fixed: boolean) => [
  <SearchInput key="q" source="q" alwaysOn />,
  ...townshipFilter(fixed),
  <EnumInput key="status" source="status" enumName="ObjectionStatus" alwaysOn />,
  <YearInput key="year" source="year" alwaysOn />,
];

const STATUSES = [ObjectionStatus.OPEN, ObjectionStatus.ACCEPTED, ObjectionStatus.REFUSED] as const;

const RaiseButton = (props: { variant?: 'contained' }) => {
  const { who } = useWho();
  return canCallOn(who, 'raiseObjection', 'objections', null) ? (
    <CreateButton label="cppcc.objections.raise" {...props} />
  ) : null;
};

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <RaiseButton />
  </TopToolbar>
);

/** None yet: what objections are for, and (for an officer) how to raise one. */
const Empty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3, maxWidth: 560, display: 'flex', flexDirection: 'column', gap: 2, alignItems: 'flex-start' }}>
      <Typography variant="h6">{translate('cppcc.objections.none')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('cppcc.objections.create_hint')}
      </Typography>
      <RaiseButton variant="contained" />
    </Box>
  );
};

/** On a phone: one objection per line — the figure, the reason, the status and the answer. */
const PhoneList = () => {
  const translate = useTranslate();
  return (
    <SimpleList<ObjectionRecord>
      linkType={false}
      primaryText={(o) => `${o.township?.name ?? ''}　${objectionFigure(o)}`}
      secondaryText={(o) => [o.reason, o.answer].filter(Boolean).join('；')}
      tertiaryText={(o) => translate(`enum.ObjectionStatus.${o.status}`)}
    />
  );
};

const nowrap = { whiteSpace: 'nowrap' } as const;

const Desktop = ({ fixed }: { fixed: boolean }) => (
  <DataTable bulkActionButtons={false} rowClick={false}>
    <DataTable.Col source="createdAt" label="cppcc.objections.raised_at" sx={nowrap}>
      <DateField source="createdAt" locales="zh-CN" />
    </DataTable.Col>
    {!fixed && (
      <DataTable.Col source="township.name" label="resources.objections.fields.townshipId" sx={nowrap}>
        <TownshipNameField />
      </DataTable.Col>
    )}
    <DataTable.Col source="metric" disableSort>
      <ObjectionFigureField />
    </DataTable.Col>
    <DataTable.Col source="reason" disableSort>
      <ObjectionReasonField />
    </DataTable.Col>
    <DataTable.Col source="raisedByName" disableSort sx={nowrap} />
    <DataTable.Col source="answeredAt" label="cppcc.objections.answer_col">
      <ObjectionAnswerField />
    </DataTable.Col>
    <DataTable.Col label={false}>
      <ObjectionAnswerButtons />
    </DataTable.Col>
  </DataTable>
);

export const ObjectionList = () => (
  <DecisionQueueList
    resource="objections"
    filters={filters}
    ownTitle="cppcc.objections.own_title"
    decides="acceptObjection"
    status={{
      source: 'status',
      enumName: 'ObjectionStatus',
      values: STATUSES,
      waiting: ObjectionStatus.OPEN,
      countsLabel: 'cppcc.objections.counts',
    }}
    actions={<Actions />}
    empty={<Empty />}
    phone={<PhoneList />}
    desktop={(fixed) => <Desktop fixed={fixed} />}
  />
);
