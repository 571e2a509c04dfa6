// 成果申报确认: the claims of townships' results (采用、批示、建议采纳). County admins open it on
// the waiting ones, with a count per decision; a township officer sees their township's claims
// and the county's decisions with their reasons.
import { DataTable, DateField, FilterButton, SearchInput, SimpleList, TopToolbar, useTranslate } from 'react-admin';
import { ClaimReview } from '@cppcc/domain';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { DecisionQueueList } from '../common/DecisionQueueList';
import { TownshipNameField } from '../common/TownshipNameField';
import { YearInput } from '../common/YearInput';
import { townshipFilter } from '../common/townshipFilter';
import { ClaimDecisionButtons } from './ClaimDecisionButtons';
import {
  ClaimDecisionField,
  ClaimedField,
  ClaimRecordField,
  ClaimReviewField,
  claimText,
  type ClaimRecord,
} from './ClaimFields';

const claimFilters = (fixed: boolean) => [
  <SearchInput key="q" source="q" alwaysOn />,
  ...townshipFilter(fixed),
  <EnumInput key="review" source="review" enumName="ClaimReview" alwaysOn />,
  <YearInput key="year" source="year" alwaysOn />,
  <EnumInput key="kind" source="kind" enumName="ClaimKind" />,
];

const REVIEWS = [ClaimReview.PENDING, ClaimReview.CONFIRMED, ClaimReview.REFUSED] as const;

const Actions = () => (
  <TopToolbar>
    <FilterButton />
  </TopToolbar>
);

/** On a phone: one claim per line — the record, what is claimed, and the decision with its reason. */
const PhoneList = () => {
  const translate = useTranslate();
  return (
    <SimpleList<ClaimRecord>
      linkType={false}
      primaryText={(c) => c.title}
      secondaryText={(c) =>
        [`${c.township?.name ?? translate('cppcc.work.county')}　${claimText(c)}`, c.decisionNote]
          .filter(Boolean)
          .join('；')
      }
      tertiaryText={(c) => translate(`enum.ClaimReview.${c.review}`)}
    />
  );
};

export const ClaimList = () => (
  <DecisionQueueList
    resource="claims"
    filters={claimFilters}
    ownTitle="cppcc.claims.own_title"
    decides="confirmClaim"
    status={{
      source: 'review',
      enumName: 'ClaimReview',
      values: REVIEWS,
      waiting: ClaimReview.PENDING,
      countsLabel: 'cppcc.claims.counts',
    }}
    actions={<Actions />}
    phone={<PhoneList />}
    desktop={(fixed) => <Desktop fixed={fixed} />}
  />
);

const nowrap = { whiteSpace: 'nowrap' } as const;

const Desktop = ({ fixed }: { fixed: boolean }) => (
  <DataTable bulkActionButtons={false} rowClick={false}>
    <DataTable.Col source="createdAt" label="cppcc.claims.claimed_at" sx={nowrap}>
      <DateField source="createdAt" locales="zh-CN" />
    </DataTable.Col>
    {!fixed && (
      <DataTable.Col source="township.name" label="resources.claims.fields.townshipId" sx={nowrap}>
        <TownshipNameField />
      </DataTable.Col>
    )}
    <DataTable.Col source="kind" disableSort sx={nowrap}>
      <EnumField source="kind" enumName="ClaimKind" />
    </DataTable.Col>
    <DataTable.Col source="title" disableSort>
      <ClaimRecordField />
    </DataTable.Col>
    <DataTable.Col source="claimed" disableSort>
      <ClaimedField />
    </DataTable.Col>
    <DataTable.Col source="claimedByName" disableSort />
    <DataTable.Col source="review" disableSort>
      <ClaimReviewField />
    </DataTable.Col>
    <DataTable.Col source="decidedAt" label="cppcc.claims.decision">
      <ClaimDecisionField />
    </DataTable.Col>
    <DataTable.Col label={false} disableSort>
      <ClaimDecisionButtons />
    </DataTable.Col>
  </DataTable>
);
