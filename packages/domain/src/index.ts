export * from './enums';
export * from './rules/field-error';
export * as rules from './rules/registry';
export { todayInChina, isValidDate, PAGE_LIMIT_MAX } from './rules/registry';
export * from './labels';
export * from './proposal-workflow';
export * from './supervision-workflow';
export { committeeRoster } from './rules/committee';
export * as userRules from './rules/users';
