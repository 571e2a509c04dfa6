export * from './catalog';
export * from './raw';
export * from './formulas';
export * from './duty';
export * from './ranking';
export * from './comparison';
export * from './assessment';
export * from './round';
export type { FieldError } from './errors';
