import { VersionedEdit } from '../common/VersionedEdit';
import { OpinionReportForm } from './OpinionReportForm';
import { opinionTransform } from './opinionTransform';

export const OpinionReportEdit = () => (
  <VersionedEdit redirect="show" transform={opinionTransform}>
    <OpinionReportForm />
  </VersionedEdit>
);
