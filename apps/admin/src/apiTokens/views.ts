// Every view of the resource in one lazily loaded chunk (index.ts loads it on first visit).
export { ApiTokenList } from './ApiTokenList';
export { ApiTokenCreate } from './ApiTokenCreate';
export { ApiTokenShow } from './ApiTokenShow';
