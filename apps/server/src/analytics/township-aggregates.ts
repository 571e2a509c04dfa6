import type { DataSource } from 'typeorm';
import { coerceRaw, emptyRaw, RAW_FIELDS, type RawField, type RawTownshipYear } from '@cppcc/analytics';
import { FIGURE_SOURCES, RAW_FIELD_ROWS, fieldsOf, type FigureSourceKey } from './figure-rows';
import { sumsStatement } from './row-sets';
import { aggregate } from './sql-rows';
import { dutyStatements, memberDutyRows, summariseByTownship } from './member-duty';

/** Aggregates of one year keyed by township id; `county` holds records without a township too. */
export interface YearAggregates {
  byTownship: Map<number, RawTownshipYear>;
  county: RawTownshipYear;
}

type Row = { townshipId?: number | null } & Partial<Record<RawField, number>>;

/**
 * One GROUP BY per source of figure-rows.ts over indexed (year, townshipId …) columns: no records
 * reach Node. County-only sources (townshipId NULL) are summed whole.
 */
export const STATEMENTS: { name: FigureSourceKey; statement: (year: number) => [string, unknown[]] }[] = (
  Object.keys(FIGURE_SOURCES) as FigureSourceKey[]
).map((name) => {
  const source = FIGURE_SOURCES[name];
  const groupBy = source.township === 'NULL' ? null : { expr: source.township, as: 'townshipId' };
  const columns = fieldsOf(name).map((field) => [field, RAW_FIELD_ROWS[field]] as const);
  return { name, statement: (year) => sumsStatement(source.rows(year), groupBy, columns) };
});

/** Adds a statement's row to a township's sums; a value that is not a count fails loudly (coerceRaw). */
function add(target: RawTownshipYear, row: Row): void {
  const raw = coerceRaw(row);
  for (const field of RAW_FIELDS) target[field] += raw[field];
}

/** Every RawTownshipYear field for one year, in a fixed number of statements whatever the county's size. */
export async function yearAggregates(db: DataSource, year: number): Promise<YearAggregates> {
  const byTownship = new Map<number, RawTownshipYear>();
  const county = emptyRaw();
  const rowFor = (id: number) => {
    let raw = byTownship.get(id);
    if (!raw) byTownship.set(id, (raw = emptyRaw()));
    return raw;
  };
  for (const { statement } of STATEMENTS) {
    for (const row of await aggregate<Row>(db, ...statement(year))) {
      add(county, row);
      if (row.townshipId != null) add(rowFor(Number(row.townshipId)), row);
    }
  }
  const duty = summariseByTownship(await memberDutyRows(db, year));
  for (const [townshipId, summary] of duty.byTownship) add(rowFor(townshipId), { townshipId, ...summary });
  add(county, { townshipId: null, ...duty.county });
  return { byTownship, county };
}

/** Every statement one year's aggregates run, with parameters (the benchmark times them raw). */
export function yearStatements(year: number): [string, unknown[]][] {
  return [...STATEMENTS.map((s) => s.statement(year)), ...dutyStatements(year)];
}
