import { VersionedEdit } from '../common/VersionedEdit';
import { DutyReportForm } from './DutyReportForm';

export const DutyReportEdit = () => (
  <VersionedEdit redirect="list">
    <DutyReportForm />
  </VersionedEdit>
);
