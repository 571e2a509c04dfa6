import { Create } from 'react-admin';
import { OpinionStatus, todayInChina } from '@cppcc/domain';
import { useWho } from '../common/useWho';
import { fixedTownshipFilter } from '../permissions';
import { OpinionReportForm } from './OpinionReportForm';
import { opinionTransform } from './opinionTransform';

export const OpinionReportCreate = () => {
  const { who } = useWho();
  return (
    <Create redirect="show" transform={opinionTransform}>
      <OpinionReportForm
        defaultValues={{
          submittedOn: todayInChina(),
          status: OpinionStatus.SUBMITTED,
          leaderInstruction: false,
          submitterIds: [],
          ...(fixedTownshipFilter(who) ?? {}),
        }}
      />
    </Create>
  );
};
