// Every view of the resource in one lazily loaded chunk (index.ts loads it on first visit).
export { WorkPlanList } from './WorkPlanList';
export { WorkPlanCreate } from './WorkPlanCreate';
export { WorkPlanEdit } from './WorkPlanEdit';
export { WorkPlanShow } from './WorkPlanShow';
