import type { ColumnType } from 'typeorm';

/**
 * How a column's values travel in a dump, whatever the database:
 * - `date`      'YYYY-MM-DD'
 * - `datetime`  ISO 8601 in UTC, milliseconds always, microseconds when the source has them
 *               ('2026-03-01T08:30:00.000Z', '2026-03-01T08:30:00.123456Z')
 * - `boolean`   true / false
 * - `number`    decimals and floats as JSON numbers
 * - `integer`   JSON numbers
 * - `binary`    { "$base64": "…" }
 * - `text`      strings (JSON columns as their text)
 */
export type ValueKind = 'date' | 'datetime' | 'boolean' | 'number' | 'integer' | 'binary' | 'text';

export type SqlDialect = 'sqlite' | 'mysql';

/** From the type declared on the entity column (the same on both databases). */
export function classifyColumn(type: ColumnType | undefined): ValueKind {
  if (type === Boolean) return 'boolean';
  if (type === Date) return 'datetime';
  if (type === Number) return 'integer';
  if ((type as unknown) === Buffer) return 'binary';
  const t = String(typeof type === 'function' ? type.name : (type ?? '')).toLowerCase();
  if (t === 'boolean' || t === 'bool') return 'boolean';
  if (t === 'date') return 'date';
  if (/^(datetime|datetime2|timestamp|timestamptz|timestamp with(out)? time zone|smalldatetime)$/.test(t))
    return 'datetime';
  if (/^(decimal|numeric|dec|fixed|float|double|double precision|real|float4|float8|number)$/.test(t)) return 'number';
  if (/^(int|integer|tinyint|smallint|mediumint|bigint|int2|int4|int8|unsigned big int)$/.test(t)) return 'integer';
  if (/(blob|binary|bytea)$/.test(t)) return 'binary';
  return 'text';
}

const DATETIME_TEXT = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(?::(\d{2}))?(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/;

/** Fraction digits: at least milliseconds, microseconds only when present (trailing zeros dropped down to 3). */
function fraction(digits: string | undefined): string {
  let f = ((digits ?? '') + '000000').slice(0, 6);
  while (f.length > 3 && f.endsWith('0')) f = f.slice(0, -1);
  return f;
}

/** A datetime as either database hands it over (SQLite text in UTC, MySQL text from DATE_FORMAT, a Date) → ISO UTC. */
export function toIsoDatetime(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  const text = String(value).trim();
  const m = DATETIME_TEXT.exec(text);
  if (!m) throw new Error(`not a datetime: ${text.slice(0, 40)}`);
  const [, day, hm, ss = '00', frac, zone] = m;
  if (zone && zone !== 'Z') {
    // An explicit offset (never written by the server): through Date, milliseconds kept.
    const date = new Date(`${day}T${hm}:${ss}${frac ? `.${frac.slice(0, 3)}` : ''}${zone}`);
    if (Number.isNaN(date.getTime())) throw new Error(`not a datetime: ${text.slice(0, 40)}`);
    return date.toISOString();
  }
  return `${day}T${hm}:${ss}.${fraction(frac)}Z`;
}

/** Database value → dump value. */
export function encodeValue(kind: ValueKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'datetime':
      return toIsoDatetime(value);
    case 'date':
      if (value instanceof Date) return value.toISOString().slice(0, 10);
      return String(value).slice(0, 10);
    case 'boolean':
      if (typeof value === 'string') return value === '1' || value.toLowerCase() === 'true';
      if (Buffer.isBuffer(value)) return value.length > 0 && value[0] !== 0;
      return Boolean(Number(value));
    case 'number':
    case 'integer': {
      if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
      const n = Number(value);
      // Out-of-range text (a BIGINT beyond 2^53) travels as text rather than rounded.
      return Number.isFinite(n) && (kind === 'number' || Number.isSafeInteger(n)) ? n : String(value);
    }
    case 'binary':
      return {
        $base64: Buffer.isBuffer(value) ? value.toString('base64') : Buffer.from(String(value)).toString('base64'),
      };
    default:
      if (Buffer.isBuffer(value)) return value.toString('utf8');
      if (typeof value === 'object') return JSON.stringify(value); // mysql2 parses JSON columns
      return typeof value === 'string' ? value : String(value);
  }
}

/**
 * Dump value → statement parameter for `dialect`. `datetimeDigits` is the column's fractional
 * precision on the target (MySQL DATETIME(0) vs DATETIME(6)): the value is truncated to it, so
 * MySQL 8 (which rounds) and MariaDB (which truncates) store the same thing.
 */
export function decodeValue(kind: ValueKind, value: unknown, dialect: SqlDialect, datetimeDigits = 6): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'datetime': {
      const iso = toIsoDatetime(value);
      const day = iso.slice(0, 10);
      const time = iso.slice(11, 19);
      const frac = iso.slice(20, -1);
      // SQLite: the text TypeORM itself writes ('YYYY-MM-DD HH:MM:SS.SSS', UTC), which it also reads back.
      if (dialect === 'sqlite') return `${day} ${time}.${(frac + '000').slice(0, 3)}`;
      const digits = Math.max(0, Math.min(6, datetimeDigits));
      return digits ? `${day} ${time}.${(frac + '000000').slice(0, digits)}` : `${day} ${time}`;
    }
    case 'date':
      return String(value).slice(0, 10);
    case 'boolean':
      return value === true || value === 1 || value === '1' || value === 'true' ? 1 : 0;
    case 'number':
    case 'integer':
      return typeof value === 'number' ? value : String(value);
    case 'binary': {
      const b64 = (value as { $base64?: string })?.$base64;
      return typeof b64 === 'string' ? Buffer.from(b64, 'base64') : Buffer.from(String(value));
    }
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}
