// Every view of the resource in one lazily loaded chunk (index.ts loads it on first visit).
export { DutyReportList } from './DutyReportList';
export { DutyReportCreate } from './DutyReportCreate';
export { DutyReportEdit } from './DutyReportEdit';
