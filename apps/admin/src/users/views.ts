// Every view of the resource in one lazily loaded chunk (index.ts loads it on first visit).
export { UserList } from './UserList';
export { UserCreate } from './UserCreate';
export { UserEdit } from './UserEdit';
