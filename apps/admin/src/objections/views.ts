// Every view of the resource in one lazily loaded chunk (index.ts loads it on first visit).
export { ObjectionList } from './ObjectionList';
export { ObjectionCreate } from './ObjectionCreate';
