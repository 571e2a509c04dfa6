import { Create } from 'react-admin';
import { useWho } from '../common/useWho';
import { fixedTownshipFilter } from '../permissions';
import { MemberForm } from './MemberForm';

export const CURRENT_TERM = '第十一届';

export const MemberCreate = () => {
  const { who } = useWho();
  // An officer's new members belong to their township (the input is shown, fixed).
  const township = fixedTownshipFilter(who);
  return (
    <Create redirect="show">
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
