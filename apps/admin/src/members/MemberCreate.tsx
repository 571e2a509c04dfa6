import { MemberStatus } from '@cppcc/domain';
import { Create } from 'react-admin';
import { useWho } from '../common/useWho';
import { fixedTownshipFilter } from '../permissions';
import { MemberForm } from './MemberForm';

export const CURRENT_TERM = '第十一届';

/** A member entered as 在任 has no leaving: drop what was typed before the status was switched back. */
const withoutLeaving = (data: Record<string, unknown>) =>
  data.status === MemberStatus.ACTIVE ? { ...data, leftOn: null, leaveReason: null } : data;

export const MemberCreate = () => {
  const { who } = useWho();
  // An officer's new members belong to their township (the input is shown, fixed).
  const township = fixedTownshipFilter(who);
  return (
    <Create redirect="show" transform={withoutLeaving}>
      <MemberForm
        defaultValues={{
          ethnicity: '汉族',
          status: 'ACTIVE',
          kind: 'COUNTY_MEMBER',
          term: CURRENT_TERM,
          affiliation: 'MASSES',
          ...(township ?? {}),
        }}
      />
    </Create>
  );
};
