import type { ValueTransformer } from 'typeorm';

/** DECIMAL columns come back as text from mysql2 and as numbers from SQLite: always a number. */
export const decimalToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value == null ? null : Number(value)),
};
