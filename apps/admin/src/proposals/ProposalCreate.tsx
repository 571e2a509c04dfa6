import { Create } from 'react-admin';
import { ProposerKind, todayInChina } from '@cppcc/domain';
import { ProposalSubmitForm } from './ProposalForm';
import { proposerTransform } from './proposerTransform';

export const ProposalCreate = () => (
  <Create redirect="show" transform={proposerTransform}>
    <ProposalSubmitForm
      defaultValues={{ proposerKind: ProposerKind.MEMBER, submittedOn: todayInChina(), coSignerIds: [] }}
    />
  </Create>
);
