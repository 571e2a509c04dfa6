// Every view of the resource in one lazily loaded chunk (index.ts loads it on first visit).
export { ProposalList } from './ProposalList';
export { ProposalCreate } from './ProposalCreate';
export { ProposalEdit } from './ProposalEdit';
export { ProposalShow } from './ProposalShow';
