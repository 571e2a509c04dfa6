// The before/after snapshots of an audit entry (JSON strings) as rows to show side by side.

export type Snapshot = Record<string, unknown> | null;

/** Parses a snapshot; a non-object JSON value is kept under "value", unparsable text under "raw". */
export function parseSnapshot(text: string | null | undefined): Snapshot {
  if (text == null || text === '') return null;
  try {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    return { value };
  } catch {
    return { raw: text };
  }
}

export interface DiffRow {
  key: string;
  before: string | undefined;
  after: string | undefined;
  changed: boolean;
}

const show = (v: unknown): string =>
  typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v, null, 2) ?? 'undefined');

/** Every top-level field of either side, in the order met (before's first), marked when it changed. */
export function diffRows(before: Snapshot, after: Snapshot): DiffRow[] {
  const keys: string[] = [];
  for (const k of Object.keys(before ?? {})) keys.push(k);
  for (const k of Object.keys(after ?? {})) if (!keys.includes(k)) keys.push(k);
  return keys.map((key) => {
    const b = before && key in before ? show(before[key]) : undefined;
    const a = after && key in after ? show(after[key]) : undefined;
    return { key, before: b, after: a, changed: before != null && after != null ? b !== a : true };
  });
}
