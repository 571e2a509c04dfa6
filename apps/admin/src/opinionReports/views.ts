// Every view of the resource in one lazily loaded chunk (index.ts loads it on first visit).
export { OpinionReportList } from './OpinionReportList';
export { OpinionReportCreate } from './OpinionReportCreate';
export { OpinionReportEdit } from './OpinionReportEdit';
export { OpinionReportShow } from './OpinionReportShow';
