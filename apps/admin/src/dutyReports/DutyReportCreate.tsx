import { Create } from 'react-admin';
import { todayInChina } from '@cppcc/domain';
import { lastCompleteYear } from '../common/years';
import { DutyReportForm } from './DutyReportForm';

export const DutyReportCreate = () => (
  <Create redirect="list">
    <DutyReportForm defaultValues={{ year: lastCompleteYear(), submittedOn: todayInChina() }} />
  </Create>
);
