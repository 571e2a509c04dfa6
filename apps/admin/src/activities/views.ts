// Every view of the resource in one lazily loaded chunk (index.ts loads it on first visit).
export { ActivityList } from './ActivityList';
export { ActivityCreate } from './ActivityCreate';
export { ActivityEdit } from './ActivityEdit';
export { ActivityShow } from './ActivityShow';
