// Every view of the resource in one lazily loaded chunk (index.ts loads it on first visit).
export { AuditEntryList } from './AuditEntryList';
export { AuditEntryShow } from './AuditEntryShow';
