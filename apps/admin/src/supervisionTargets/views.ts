// Every view of the resource in one lazily loaded chunk (index.ts loads it on first visit).
export { SupervisionTargetList } from './SupervisionTargetList';
export { SupervisionTargetCreate } from './SupervisionTargetCreate';
export { SupervisionTargetEdit } from './SupervisionTargetEdit';
export { SupervisionTargetShow } from './SupervisionTargetShow';
