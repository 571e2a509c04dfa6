import zlib from 'node:zlib';
import { createRandom } from '@cppcc/demo/src/random';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/*
 * A deterministic (seeded) corpus of malformed and hostile HTTP requests for /graphql, built
 * from the served schema so that new queries, filters and inputs are covered without a list
 * to keep: every list query's `q`, every String field of the registry mutations, every enum,
 * every required argument. Which caller sends each request is part of the corpus.
 */

export type Caller = 'anonymous' | 'admin' | 'leader' | 'officer' | 'unit';
export const CALLERS: Caller[] = ['anonymous', 'admin', 'leader', 'officer', 'unit'];

export interface HostileRequest {
  id: number;
  category: string;
  /** Short description for failure reports. */
  label: string;
  /** Whose Bearer token is sent, unless `headers` carries its own authorization. */
  caller: Caller;
  method: string;
  /** Path and query string, e.g. /graphql or /graphql?query=… */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Strings this request sends that an answer may echo back (ignored when scanning for SQL). */
  echoes?: string[];
}

export interface HostileFixtures {
  memberId: string;
  townshipId: string;
  sectorId: string;
  committeeId: string;
  handlingUnitId: string;
  /** A user created for this test: its password may be guessed wrong and it may be renamed. */
  throwawayUserId: string;
  throwawayUsername: string;
  /** Tokens that look right but are not (signed with the right secret yet expired, …). */
  expiredJwt: string;
}

/** Text that tries to break out of an SQL string, a LIKE pattern, an identifier, or the database. */
export const SQL_INJECTIONS = [
  `' OR '1'='1`,
  `' OR 1=1 --`,
  `'; DROP TABLE member; --`,
  `"; DROP TABLE township; --`,
  '`; DROP TABLE sector; --',
  `1; SELECT * FROM app_user`,
  `' UNION SELECT username, passwordHash FROM app_user --`,
  `admin'--`,
  `') OR ('1'='1`,
  `%`,
  `_`,
  `%%%`,
  `!%`,
  `\\`,
  `\\'`,
  `' AND SLEEP(5) --`,
  `'; WAITFOR DELAY '0:0:5' --`,
  `1' AND (SELECT COUNT(*) FROM sqlite_master) > 0 --`,
  `'||(SELECT randomblob(100000000))||'`,
  `' ESCAPE '!`,
  `[%]`,
  `$1`,
  `:q`,
  `?`,
  `NULL`,
  `\u0000`,
  `a\u0000' OR 1=1 --`,
  `委员' OR name LIKE '%`,
  `😀'; --`,
  `\ud800'`,
  `ＳＥＬＥＣＴ＊ＦＲＯＭ`,
  `%27%20OR%201%3D1`,
  `{"$gt": ""}`,
  `<script>alert(1)</script>`,
  `../../etc/passwd`,
  `' /*`,
  `*/ OR 1=1 /*`,
  `\\x27 OR 1=1`,
  `0x27204f5220313d31`,
  `CHAR(39)||CHAR(39)`,
];

/** The demo data's seeded generator (mulberry32), one stream per seed. */
export function seededRandom(seed: number): () => number {
  const random = createRandom(seed);
  return () => random.next();
}

const JSON_CT = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };

// ── GraphQL literals and values ─────────────────────────────────────────────────────────────

function literal(value: unknown, enumPositions = false): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, enumPositions)).join(', ')}]`;
  if (typeof value === 'object') {
    if ((value as { $enum?: string }).$enum !== undefined) return String((value as { $enum: string }).$enum);
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, enumPositions)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** A valid value of a type (ids from the fixtures, or pointing nowhere). */
function sampleValue(type: GraphQLInputType, fixtures: HostileFixtures, depth = 0, realIds = false): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, fixtures, depth, realIds);
  if (isListType(type)) return [sampleValue(type.ofType as GraphQLInputType, fixtures, depth, realIds)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined && depth < 4)
        out[field.name] = sampleValue(field.type, fixtures, depth + 1, realIds);
    }
    return out;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return realIds ? fixtures.memberId : '999999';
      case 'Int':
        return 2024;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return false;
      case 'Date':
        return '2024-01-01';
      case 'DateTime':
        return '2024-01-01T00:00:00Z';
      default:
        return 'x';
    }
  }
  return null;
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return '';
  const fields = named.getFields();
  if (fields.totalCount) return '{ totalCount }';
  if (fields.id) return '{ id }';
  return '{ __typename }';
}

interface Operation {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

function operations(schema: GraphQLSchema): Operation[] {
  const q = Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({ kind: 'query' as const, field }));
  const m = Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({
    kind: 'mutation' as const,
    field,
  }));
  return [...q, ...m];
}

/** A call of `op` with its required arguments plus `args`, all as variables of their declared types. */
function call(
  op: Operation,
  fixtures: HostileFixtures,
  args: Record<string, unknown> = {},
  realIds = false,
): { query: string; variables: Record<string, unknown> } {
  const used = op.field.args.filter((a) => isNonNullType(a.type) || a.name in args);
  const variables: Record<string, unknown> = {};
  for (const a of used) variables[a.name] = a.name in args ? args[a.name] : sampleValue(a.type, fixtures, 0, realIds);
  const defs = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const callArgs = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  return {
    query: `${op.kind}${defs ? `(${defs})` : ''} { ${op.field.name}${callArgs ? `(${callArgs})` : ''} ${selectionOf(op.field)} }`,
    variables,
  };
}

/** Positions inside an argument's type: ['input', 'kind'] with the type found there. */
interface Position {
  arg: GraphQLArgument;
  path: string[];
  type: GraphQLInputType;
  required: boolean;
}

function positions(field: GraphQLField<unknown, unknown>): Position[] {
  const out: Position[] = [];
  const walk = (arg: GraphQLArgument, type: GraphQLInputType, path: string[], required: boolean, depth: number) => {
    out.push({ arg, path, type, required });
    const named = getNamedType(type);
    if (isInputObjectType(named) && depth < 2) {
      for (const f of Object.values(named.getFields()))
        walk(arg, f.type, [...path, f.name], required && isNonNullType(f.type), depth + 1);
    }
  };
  for (const arg of field.args) walk(arg, arg.type, [], isNonNullType(arg.type), 0);
  return out;
}

/** The argument value with `value` placed at `path` (lists along the way get one element). */
function placed(pos: Position, value: unknown, fixtures: HostileFixtures): unknown {
  if (!pos.path.length) return value;
  const root = sampleValue(pos.arg.type, fixtures) ?? {};
  let holder = (Array.isArray(root) ? root[0] : root) as Record<string, unknown>;
  let type = getNamedType(pos.arg.type);
  for (let i = 0; i < pos.path.length - 1; i++) {
    const key = pos.path[i];
    const fieldType = isInputObjectType(type) ? type.getFields()[key].type : null;
    const inner = fieldType ? sampleValue(fieldType, fixtures) : {};
    holder[key] = inner ?? {};
    holder = (Array.isArray(holder[key]) ? (holder[key] as unknown[])[0] : holder[key]) as Record<string, unknown>;
    type = fieldType ? getNamedType(fieldType) : type;
  }
  const last = pos.path[pos.path.length - 1];
  const lastType = isInputObjectType(type) ? type.getFields()[last]?.type : undefined;
  holder[last] =
    lastType &&
    isListType(isNonNullType(lastType) ? lastType.ofType : lastType) &&
    value !== null &&
    !Array.isArray(value)
      ? [value]
      : value;
  return root;
}

/** Values of the wrong type for a named input type. */
function wrongValues(named: GraphQLNamedType): unknown[] {
  if (isEnumType(named)) return [1, true, { value: 'x' }, ['A']];
  if (isInputObjectType(named)) return ['not an object', 42, true];
  switch (named.name) {
    case 'String':
      return [42, { a: 1 }, ['x'], true, 1.5];
    case 'Int':
      return ['12', 1.5, 2 ** 31, -(2 ** 31) - 1, 'abc', 1e308, true, { n: 1 }];
    case 'Float':
      return ['1.5', true, { f: 1 }, 'NaN', 'Infinity'];
    case 'ID':
      return [1.5, { id: 1 }, ['1'], true, -0.5];
    case 'Boolean':
      return ['true', 0, 1, 'yes', {}];
    case 'Date':
      return [
        '2024-13-45',
        'not a date',
        20240101,
        '2024-02-30',
        '24-01-01',
        '2024-01-01T00:00:00Z',
        '',
        '9999999-01-01',
      ];
    case 'DateTime':
      return [
        'yesterday',
        '2024-01-01T25:00:00Z',
        true,
        '2024-02-30T00:00:00Z',
        '',
        { t: 1 },
        '-271821-04-19T00:00:00Z',
      ];
    default:
      return [{ a: [1] }, true, 1.5];
  }
}

// ── the corpus ─────────────────────────────────────────────────────────────────────────────

export interface GenerateOptions {
  seed: number;
  fixtures: HostileFixtures;
}

const REGISTRY_CREATES = [
  'createTownship',
  'createSector',
  'createCommittee',
  'createHandlingUnit',
  'createMember',
  'createUser',
];
const REGISTRY_UPDATES: Record<string, keyof HostileFixtures> = {
  updateTownship: 'townshipId',
  updateSector: 'sectorId',
  updateCommittee: 'committeeId',
  updateHandlingUnit: 'handlingUnitId',
  updateMember: 'memberId',
  updateUser: 'throwawayUserId',
};

function validCreateInput(name: string, i: number, f: HostileFixtures): Record<string, unknown> {
  switch (name) {
    case 'createTownship':
      return { code: `8${String(i).padStart(8, '0')}`, name: `攻测镇${i}`, kind: 'TOWN' };
    case 'createSector':
      return { name: `攻测界别${i}`, category: 'INVITED' };
    case 'createCommittee':
      return { name: `攻测专委会${i}` };
    case 'createHandlingUnit':
      return { name: `攻测单位${i}`, kind: 'OTHER' };
    case 'createMember':
      return {
        name: `攻测委员${i}`,
        gender: 'FEMALE',
        affiliation: 'NON_PARTY',
        sectorId: f.sectorId,
        townshipId: f.townshipId,
        kind: 'COUNTY_MEMBER',
        term: '第十一届',
        joinedOn: '2026-01-10',
      };
    case 'createUser':
      return { username: `hostile_u${i}`, displayName: `攻测用户${i}`, password: 'hostile-pass-1', role: 'LEADER' };
    default:
      return {};
  }
}

export function generateHostileRequests(schema: GraphQLSchema, { seed, fixtures }: GenerateOptions): HostileRequest[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const sample = <T>(items: readonly T[], n: number): T[] => {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
    return out;
  };
  const anyCaller = () => pick(CALLERS);
  const mostlyAdmin = (): Caller => (random() < 0.7 ? 'admin' : pick(CALLERS));
  const requests: HostileRequest[] = [];
  const add = (
    r: Omit<HostileRequest, 'id' | 'method' | 'path' | 'headers'> &
      Partial<Pick<HostileRequest, 'method' | 'path' | 'headers'>>,
  ) => {
    requests.push({ method: 'POST', path: '/graphql', headers: { ...JSON_CT }, ...r, id: requests.length });
  };
  const post = (category: string, label: string, caller: Caller, payload: unknown, echoes?: string[]) =>
    add({ category, label, caller, body: JSON.stringify(payload), echoes });
  let serial = 1;

  const ops = operations(schema).filter((op) => op.field.name !== 'login');
  const queries = ops.filter((op) => op.kind === 'query');
  const listQueries = queries.filter((op) => {
    const filter = op.field.args.find((a) => a.name === 'filter');
    const named = filter && getNamedType(filter.type);
    return !!named && isInputObjectType(named) && !!named.getFields().q;
  });

  // 1. SQL injection in every list query's `q` (variables and inline literals), by every caller.
  for (const op of listQueries) {
    for (const payload of [SQL_INJECTIONS[0], ...sample(SQL_INJECTIONS.slice(1), 7)]) {
      const caller = anyCaller();
      const { query, variables } = call(op, fixtures, { filter: { q: payload } });
      post('sql-injection-q', `${op.field.name}(filter.q)`, caller, { query, variables });
    }
    const payload = pick(SQL_INJECTIONS);
    post('sql-injection-q', `${op.field.name}(filter.q literal)`, mostlyAdmin(), {
      query: `{ ${op.field.name}(filter: { q: ${literal(payload)} }) { totalCount } }`,
    });
    // …and alongside typed filters and sorts, paging at its limits
    post('sql-injection-q', `${op.field.name}(q, page limits)`, 'admin', {
      query: `query($q: String) { ${op.field.name}(filter: { q: $q }, page: { offset: 2147483647, limit: 500 }) { totalCount } }`,
      variables: { q: pick(SQL_INJECTIONS) },
    });
  }

  // 2. SQL injection in every String field of the registry mutations (valid otherwise, so it reaches the database).
  const mutationType = schema.getMutationType();
  for (const name of [...REGISTRY_CREATES, ...Object.keys(REGISTRY_UPDATES)]) {
    const field = mutationType?.getFields()[name];
    if (!field) continue;
    const inputArg = field.args.find((a) => a.name === 'input');
    const inputType = inputArg && getNamedType(inputArg.type);
    if (!inputType || !isInputObjectType(inputType)) continue;
    const stringFields = Object.values(inputType.getFields()).filter((f) => getNamedType(f.type).name === 'String');
    for (const sf of stringFields) {
      const payloads = [SQL_INJECTIONS[0], ...sample(SQL_INJECTIONS.slice(1), sf.name === 'password' ? 2 : 5)];
      for (const payload of payloads) {
        const i = serial++;
        const input =
          name in REGISTRY_UPDATES
            ? { [sf.name]: payload }
            : { ...validCreateInput(name, i, fixtures), [sf.name]: payload };
        const args: Record<string, unknown> = { input };
        if (name in REGISTRY_UPDATES) args.id = fixtures[REGISTRY_UPDATES[name]];
        const { query, variables } = call({ kind: 'mutation', field }, fixtures, args);
        post('sql-injection-mutation', `${name}(input.${sf.name})`, random() < 0.85 ? 'admin' : pick(CALLERS), {
          query,
          variables,
        });
      }
    }
  }

  // 3. Injection and garbage in other String and ID arguments of queries (single records, analytics).
  for (const op of queries) {
    for (const pos of positions(op.field)) {
      const named = getNamedType(pos.type).name;
      if (pos.path.length || (named !== 'String' && named !== 'ID')) continue;
      const payload = pick([...SQL_INJECTIONS, '-1', '0', '99999999999999999999', '1e3', ' 1', '1 OR 1=1', '0x10']);
      const { query, variables } = call(
        op,
        fixtures,
        {
          [pos.arg.name]: isListType(isNonNullType(pos.arg.type) ? pos.arg.type.ofType : pos.arg.type)
            ? [payload]
            : payload,
        },
        true,
      );
      post('sql-injection-args', `${op.field.name}(${pos.arg.name})`, mostlyAdmin(), { query, variables });
    }
  }

  // 4. Unknown enum values, wrong variable types, null for non-null, unknown input fields — everywhere in the schema.
  for (const op of ops) {
    const all = positions(op.field);
    const enums = all.filter((p) => isEnumType(getNamedType(p.type)));
    for (const pos of sample(enums, 2)) {
      const bad = pick([
        'NOT_A_VALUE',
        'active',
        '',
        'ACTIVE; DROP TABLE member',
        '__proto__',
        'constructor',
        'A'.repeat(300),
      ]);
      const { query, variables } = call(op, fixtures, { [pos.arg.name]: placed(pos, bad, fixtures) });
      post('unknown-enum', `${op.field.name}(${[pos.arg.name, ...pos.path].join('.')})`, mostlyAdmin(), {
        query,
        variables,
      });
    }
    if (enums.length && random() < 0.5) {
      const pos = pick(enums);
      const value = placed(pos, { $enum: 'NOPE_NOT_AN_ENUM' }, fixtures);
      const required = op.field.args.filter((a) => isNonNullType(a.type) && a.name !== pos.arg.name);
      const args = [
        ...required.map((a) => `${a.name}: ${literal(sampleValue(a.type, fixtures))}`),
        `${pos.arg.name}: ${literal(value)}`,
      ];
      // Enum-typed leaves inside sample values must print bare, so enum literals come from $enum markers only; strings stay strings (a validation error too).
      post('unknown-enum', `${op.field.name}(${pos.arg.name} literal)`, mostlyAdmin(), {
        query: `${op.kind} { ${op.field.name}(${args.join(', ')}) ${selectionOf(op.field)} }`,
      });
    }
    for (const pos of sample(all, 3)) {
      const named = getNamedType(pos.type);
      const bad = pick(wrongValues(named));
      const { query, variables } = call(op, fixtures, { [pos.arg.name]: placed(pos, bad, fixtures) });
      post(
        'wrong-variable-type',
        `${op.field.name}(${[pos.arg.name, ...pos.path].join('.')}: ${named.name})`,
        mostlyAdmin(),
        { query, variables },
      );
    }
    const required = all.filter((p) => p.required);
    for (const pos of sample(required, 2)) {
      const { query, variables } = call(op, fixtures, { [pos.arg.name]: placed(pos, null, fixtures) });
      post('null-for-non-null', `${op.field.name}(${[pos.arg.name, ...pos.path].join('.')})`, mostlyAdmin(), {
        query,
        variables,
      });
    }
    if (required.length && random() < 0.4) {
      const { query, variables } = call(op, fixtures);
      const missing = { ...variables };
      delete missing[required[0].arg.name];
      post('null-for-non-null', `${op.field.name}(missing $${required[0].arg.name})`, mostlyAdmin(), {
        query,
        variables: missing,
      });
    }
    const objectArgs = op.field.args.filter((a) => isInputObjectType(getNamedType(a.type)));
    if (objectArgs.length && random() < 0.5) {
      const arg = pick(objectArgs);
      const base = sampleValue(arg.type, fixtures);
      const value = Array.isArray(base)
        ? [{ ...(base[0] as object), __proto__x: 1, constructor: 'x' }]
        : { ...(base as object), notAField: 1, __proto__x: { polluted: true } };
      const { query, variables } = call(op, fixtures, { [arg.name]: value });
      post('wrong-variable-type', `${op.field.name}(${arg.name} unknown fields)`, mostlyAdmin(), { query, variables });
    }
  }
  // Variables declared with a wrong type in the document, undeclared variables, variables that are not an object.
  for (const op of sample(ops, 20)) {
    const { query, variables } = call(op, fixtures);
    post('wrong-variable-type', `${op.field.name} declared as Int`, mostlyAdmin(), {
      query: query.replace(/: ([A-Za-z]+!?)/, ': Int'),
      variables,
    });
    post('wrong-variable-type', `${op.field.name} undeclared variable`, mostlyAdmin(), {
      query: query.replace(/^(query|mutation)\([^)]*\)/, '$1'),
      variables,
    });
  }
  for (const variables of ['x', 42, [1, 2], true, '{"q":1}'])
    post('wrong-variable-type', `variables = ${JSON.stringify(variables)}`, anyCaller(), {
      query: 'query($q: String) { __typename }',
      variables,
    });

  // 5. Broken JSON bodies.
  const validBody = JSON.stringify({ query: '{ townships { totalCount } }', variables: { q: 'x' } });
  const brokenBodies: string[] = [
    '{',
    '}',
    '{"query": "{ __typename }"',
    '{"query": "{ __typename }",}',
    "{'query': '{ __typename }'}",
    '{"query": {{ __typename }}}',
    '{"query": "{ __typename }"} trailing',
    '{"query": "{ __typename }"}{"query": "{ __typename }"}',
    '{"query": NaN}',
    '{"query": undefined}',
    '{"query": "\\x41"}',
    '{"query": "\\u12"}',
    '{"query": "\u0001{ __typename }"}',
    '\ufeff{"query": "{ __typename }"}',
    '{"query": "{ __typename }", "variables": {"a": 1,}}',
    '{"query": "{ __typename }", "variables": }',
    '{"query": "{ __typename }", "query": 5}',
    '{"query": "{ __typename }", "variables": {"__proto__": {"polluted": true}}}',
    '{"__proto__": {"query": "{ __typename }"}}',
    '{"constructor": {"prototype": {"polluted": true}}, "query": "{ __typename }"}',
    '{"query": 1e999}',
    '{"query": -}',
    '{"query": "{ __typename }" /* comment */}',
    '// comment\n{"query": "{ __typename }"}',
    '{"query": "{ __typename }"}\u0000',
    '['.repeat(5000) + ']'.repeat(5000),
    '{"a":'.repeat(3000) + '1' + '}'.repeat(3000),
    '{"query": "{ __typename }", "variables": ' + '['.repeat(20000) + ']'.repeat(20000) + '}',
    '{"query": "' + '\\\\'.repeat(10000) + '"}',
  ];
  for (const body of brokenBodies)
    add({ category: 'broken-json', label: `body ${JSON.stringify(body.slice(0, 40))}`, caller: anyCaller(), body });
  for (let i = 0; i < 30; i++) {
    const cut = Math.floor(random() * validBody.length);
    const mutate = random();
    const body =
      mutate < 0.4
        ? validBody.slice(0, cut)
        : mutate < 0.7
          ? validBody.slice(0, cut) + pick(['"', '{', '}', ',', ':', '\\', '\u0000', 'x', ']']) + validBody.slice(cut)
          : validBody.slice(0, cut) + validBody.slice(cut + 1 + Math.floor(random() * 5));
    add({ category: 'broken-json', label: `mutated body @${cut}`, caller: anyCaller(), body });
  }

  // 6. Wrong content types and encodings.
  const typed = JSON.stringify({ query: '{ townships { totalCount } }' });
  for (const ct of [
    'text/plain',
    'text/plain; charset=utf-8',
    'application/xml',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=xyz',
    'application/graphql',
    'application/graphql-response+json',
    'application/json; charset=latin1',
    'application/json; charset=utf-7',
    'application/json; charset=nope',
    'application/json; charset=utf-16',
    'application/json; charset=',
    'application/json;;;',
    'application/jsonx',
    'application/*',
    '*/*',
    'json',
    '',
    'application/json, text/plain',
    'APPLICATION/JSON',
  ]) {
    add({
      category: 'content-type',
      label: `content-type ${ct || '(empty)'}`,
      caller: anyCaller(),
      headers: { 'content-type': ct, 'apollo-require-preflight': 'true' },
      body: typed,
    });
    add({
      category: 'content-type',
      label: `content-type ${ct || '(empty)'} without preflight`,
      caller: anyCaller(),
      headers: { 'content-type': ct },
      body: typed,
    });
  }
  add({ category: 'content-type', label: 'no content-type', caller: 'admin', headers: {}, body: typed });
  add({
    category: 'content-type',
    label: 'gzip encoding, not gzip',
    caller: 'admin',
    headers: { ...JSON_CT, 'content-encoding': 'gzip' },
    body: typed,
  });
  add({
    category: 'content-type',
    label: 'unknown encoding',
    caller: 'admin',
    headers: { ...JSON_CT, 'content-encoding': 'br2' },
    body: typed,
  });
  add({
    category: 'content-type',
    label: 'gzip bomb (20 MB inflated)',
    caller: 'admin',
    headers: { ...JSON_CT, 'content-encoding': 'gzip' },
    body: new Uint8Array(zlib.gzipSync(Buffer.alloc(20_000_000, 32))),
  });
  add({
    category: 'content-type',
    label: 'gzip, valid',
    caller: 'admin',
    headers: { ...JSON_CT, 'content-encoding': 'gzip' },
    body: new Uint8Array(zlib.gzipSync(typed)),
  });
  add({
    category: 'content-type',
    label: 'utf-16 body',
    caller: 'admin',
    headers: { 'content-type': 'application/json; charset=utf-16le' },
    body: new Uint8Array(Buffer.from(typed, 'utf16le')),
  });

  // 7. Empty and degenerate bodies.
  for (const body of [
    '',
    ' ',
    '\n',
    '{}',
    '[]',
    'null',
    'true',
    '0',
    '""',
    '{"query": ""}',
    '{"query": null}',
    '{"query": "   "}',
    '{"query": "#only a comment"}',
    '{"variables": {}}',
    '{"operationName": "x"}',
  ]) {
    add({ category: 'empty-body', label: `body ${JSON.stringify(body)}`, caller: anyCaller(), body });
  }

  // 8. Huge strings: over 1 MB (refused as too large) and just under it (in variables, in the query text).
  const mb = 1024 * 1024;
  const huge = (n: number, ch = 'a') => ch.repeat(n);
  post('huge', '1.1 MB string variable', 'admin', {
    query: 'query($q: String) { members(filter: { q: $q }) { totalCount } }',
    variables: { q: huge(1.1 * mb) },
  });
  post('huge', '1.1 MB Chinese variable', 'anonymous', {
    query: 'query($q: String) { members(filter: { q: $q }) { totalCount } }',
    variables: { q: huge(0.4 * mb, '委') },
  });
  post('huge', '1.1 MB query text (whitespace)', 'admin', { query: `{ __typename ${' '.repeat(1.1 * mb)}}` });
  post('huge', '1.1 MB query text (comment)', 'leader', { query: `#${huge(1.1 * mb)}\n{ __typename }` });
  post('huge', '1.1 MB string literal', 'admin', {
    query: `{ members(filter: { q: "${huge(1.1 * mb)}" }) { totalCount } }`,
  });
  post('huge', '1.1 MB mutation input', 'admin', {
    query: 'mutation($n: String!) { createSector(input: { name: $n, category: INVITED }) { id } }',
    variables: { n: huge(1.1 * mb) },
  });
  for (const caller of ['admin', 'officer', 'leader'] as Caller[]) {
    post('huge', `0.9 MB filter q (${caller})`, caller, {
      query: 'query($q: String) { members(filter: { q: $q }) { totalCount } }',
      variables: { q: huge(0.9 * mb, pick(['a', '%', '_', '!'])) },
    });
  }
  post('huge', '0.3 M Chinese chars in q', 'admin', {
    query: 'query($q: String) { townships(filter: { q: $q }) { totalCount } }',
    variables: { q: huge(300_000, '委') },
  });
  post('huge', '60 KB filter q', 'admin', {
    query: 'query($q: String) { proposals(filter: { q: $q }) { totalCount } }',
    variables: { q: huge(60_000, 'x') },
  });
  post('huge', '0.9 MB name', 'admin', {
    query: 'mutation($n: String!) { createSector(input: { name: $n, category: INVITED }) { id } }',
    variables: { n: huge(0.9 * mb, '界') },
  });
  post('huge', '0.9 MB member fields', 'admin', {
    query: 'mutation($input: MemberInput!) { createMember(input: $input) { id } }',
    variables: {
      input: {
        ...validCreateInput('createMember', serial++, fixtures),
        workUnit: huge(0.3 * mb),
        title: huge(0.3 * mb),
      },
    },
  });
  post('huge', '0.9 MB query text (whitespace)', 'admin', { query: `{ __typename ${' '.repeat(0.9 * mb)}}` });
  post('huge', '0.9 MB query text (comment)', 'anonymous', { query: `#${huge(0.9 * mb)}\n{ __typename }` });
  post('huge', '0.9 MB string literal', 'admin', {
    query: `{ townships(filter: { q: "${huge(0.9 * mb)}" }) { totalCount } }`,
  });
  post('huge', '0.9 MB operation name', 'admin', { query: `query ${huge(0.9 * mb, 'A')} { __typename }` });
  post('huge', '0.9 MB login password', 'anonymous', {
    query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    variables: { u: fixtures.throwawayUsername, p: huge(0.9 * mb) },
  });
  post('huge', '100k variables', 'admin', {
    query: '{ __typename }',
    variables: Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`v${i}`, i])),
  });
  post('huge', '60k ids', 'admin', {
    query: 'query($ids: [ID!]) { members(filter: { ids: $ids }) { totalCount } }',
    variables: { ids: Array.from({ length: 60_000 }, (_, i) => String(i + 1)) },
  });
  post('huge', '40k ids (officer)', 'officer', {
    query: 'query($ids: [ID!]) { proposals(filter: { ids: $ids }) { totalCount } }',
    variables: { ids: Array.from({ length: 40_000 }, (_, i) => String(i + 1)) },
  });

  // 9. Deep nesting: selections, fragments, inline fragments, list literals, input objects.
  const queryType = schema.getQueryType()!;
  const chain = (depth: number): string => {
    // follow object-typed fields without required arguments as deep as asked
    let type: GraphQLObjectType = queryType;
    const names: string[] = [];
    for (let i = 0; i < depth; i++) {
      const candidates = Object.values(type.getFields()).filter(
        (f) => isObjectType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)),
      );
      if (!candidates.length) break;
      const next = candidates[Math.floor(random() * candidates.length)];
      names.push(next.name);
      type = getNamedType(next.type) as GraphQLObjectType;
    }
    return names.reduceRight((inner, name) => `${name} { ${inner} }`, '__typename');
  };
  for (const depth of [8, 11, 15, 25, 40, 80, 200])
    post('deep-nesting', `selection depth ${depth}`, mostlyAdmin(), { query: `{ ${chain(depth)} }` });
  for (const depth of [12, 30, 100]) {
    let inner = 'id';
    for (let i = 0; i < depth; i++) inner = `township { ${inner} }`;
    post('deep-nesting', `members → township ×${depth}`, 'admin', { query: `{ members { nodes { ${inner} } } }` });
  }
  for (const depth of [50, 500, 1400])
    post('deep-nesting', `inline fragments ×${depth}`, anyCaller(), {
      query: `{ ${'... on Query { '.repeat(depth)}__typename${' }'.repeat(depth)} }`,
    });
  for (const depth of [50, 300]) {
    const frags = Array.from(
      { length: depth },
      (_, i) => `fragment F${i} on Query { ${i + 1 < depth ? `...F${i + 1}` : '__typename'} }`,
    ).join(' ');
    post('deep-nesting', `fragment chain ×${depth}`, anyCaller(), { query: `{ ...F0 } ${frags}` });
  }
  post('deep-nesting', 'fragment cycle', 'admin', {
    query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
  });
  post('deep-nesting', 'introspection ofType chain', 'admin', {
    query: `{ __schema { types { ${'fields { type { ofType { '.repeat(8)}name${' } } }'.repeat(8)} } } }`,
  });
  for (const depth of [100, 1000, 2900])
    post('deep-nesting', `list literal depth ${depth}`, 'admin', {
      query: `{ members(filter: { ids: ${'['.repeat(depth)}"1"${']'.repeat(depth)} }) { totalCount } }`,
    });
  for (const depth of [100, 5000]) {
    // built as text: JSON.stringify of a value this deep would overflow the test's own stack
    const nested = `${'{"input":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
    add({
      category: 'deep-nesting',
      label: `variables nested ${depth}`,
      caller: 'admin',
      body: `{"query":"mutation($input: SectorInput!) { createSector(input: $input) { id } }","variables":{"input":${nested}}}`,
    });
    add({
      category: 'deep-nesting',
      label: `variables list nested ${depth}`,
      caller: 'admin',
      body: `{"query":"query($ids: [ID!]) { members(filter: { ids: $ids }) { totalCount } }","variables":{"ids":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
    });
  }

  // 10. Alias, field, directive and operation floods.
  for (const n of [31, 100, 1000, 2900])
    post('alias-flood', `${n} aliases of __typename`, anyCaller(), {
      query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`,
    });
  for (const n of [10, 31, 300])
    post('alias-flood', `${n} aliases of members(limit 500)`, 'admin', {
      query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: members(page: { limit: 500 }) { nodes { id name township { name } } }`).join(' ')} }`,
    });
  for (const n of [30, 200])
    post('alias-flood', `${n} aliases of townshipComparison`, 'admin', {
      query: `{ ${Array.from({ length: n }, (_, i) => `c${i}: townshipComparison(year: ${2020 + (i % 6)}) { __typename }`).join(' ')} }`,
    });
  post('alias-flood', '1000 same fields', 'admin', { query: `{ ${'townships { totalCount } '.repeat(1000)}}` });
  post('alias-flood', '500 directives', 'admin', { query: `{ __typename ${'@include(if: true) '.repeat(500)}}` });
  post('alias-flood', '500 distinct directives', 'admin', {
    query: `{ __typename ${Array.from({ length: 500 }, (_, i) => `@d${i}`).join(' ')} }`,
  });
  post('alias-flood', '2000 operations', 'admin', {
    query: Array.from({ length: 2000 }, (_, i) => `query Q${i} { __typename }`).join(' '),
    operationName: 'Q1999',
  });
  post('alias-flood', '1000 variables declared', 'admin', {
    query: `query(${Array.from({ length: 1000 }, (_, i) => `$v${i}: String`).join(', ')}) { __typename }`,
  });
  post('alias-flood', '1000 fragments', 'admin', {
    query: `{ ...F0 } ${Array.from({ length: 1000 }, (_, i) => `fragment F${i} on Query { __typename }`).join(' ')}`,
  });
  post('alias-flood', 'big list page ×30 nested', 'admin', {
    query: `{ ${Array.from({ length: 30 }, (_, i) => `p${i}: proposals(page: { limit: 500 }) { nodes { id title } }`).join(' ')} }`,
  });

  // 11. Batches (batching is disabled).
  const q1 = { query: '{ __typename }' };
  for (const body of [
    [q1, q1],
    [q1],
    [],
    [1, 2],
    [null],
    [q1, 'x'],
    Array.from({ length: 1000 }, () => q1),
    [{ query: 'mutation { deleteSector(id: "1") }' }, q1],
  ]) {
    add({
      category: 'batch',
      label: `batch of ${Array.isArray(body) ? body.length : '?'}`,
      caller: anyCaller(),
      body: JSON.stringify(body),
    });
  }
  add({
    category: 'batch',
    label: 'batch of 2 login attempts',
    caller: 'anonymous',
    body: JSON.stringify([{ query: 'mutation { login(username: "admin", password: "x") { token } }' }, q1]),
  });

  // 12. GET: mutations, broken parameters, long query strings.
  const get = (label: string, caller: Caller, params: Record<string, string>, preflight = true) =>
    add({
      category: 'get',
      label,
      caller,
      method: 'GET',
      path: `/graphql?${new URLSearchParams(params).toString()}`,
      headers: preflight
        ? { 'apollo-require-preflight': 'true', accept: 'application/json' }
        : { accept: 'application/json' },
    });
  for (const caller of CALLERS) {
    get(`GET mutation (${caller})`, caller, { query: `mutation { deleteSector(id: "${fixtures.sectorId}") }` });
    get(`GET createSector (${caller})`, caller, {
      query: 'mutation { createSector(input: { name: "GET界别", category: INVITED }) { id } }',
    });
  }
  get('GET mutation without preflight', 'admin', { query: 'mutation { deleteSector(id: "1") }' }, false);
  get('GET mutation picked by operationName', 'admin', {
    query: 'query Q { __typename } mutation M { deleteSector(id: "1") }',
    operationName: 'M',
  });
  get('GET no query', 'admin', {});
  get('GET empty query', 'admin', { query: '' });
  get('GET broken variables', 'admin', {
    query: 'query($q: String) { members(filter: { q: $q }) { totalCount } }',
    variables: '{broken',
  });
  get('GET variables array', 'admin', { query: '{ __typename }', variables: '[1,2]' });
  get('GET broken extensions', 'admin', { query: '{ __typename }', extensions: '{"persistedQuery":' });
  get('GET persisted query only', 'admin', { extensions: '{"persistedQuery":{"version":1,"sha256Hash":"abc"}}' });
  get('GET q injection', 'officer', {
    query: 'query($q: String) { members(filter: { q: $q }) { totalCount } }',
    variables: JSON.stringify({ q: pick(SQL_INJECTIONS) }),
  });
  get('GET 10 KB query string', 'admin', { query: `{ __typename ${' '.repeat(10_000)}}` });
  get('GET syntax error', 'admin', { query: '{ members { ' });
  add({
    category: 'get',
    label: 'GET duplicate query params',
    caller: 'admin',
    method: 'GET',
    path: '/graphql?query=%7B__typename%7D&query=%7B__typename%7D',
    headers: { 'apollo-require-preflight': 'true' },
  });
  add({
    category: 'get',
    label: 'GET broken percent-encoding',
    caller: 'admin',
    method: 'GET',
    path: '/graphql?query=%7B__typename%7&variables=%E0%A4%A',
    headers: { 'apollo-require-preflight': 'true' },
  });
  for (const method of ['PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
    add({
      category: 'get',
      label: `${method} /graphql`,
      caller: 'admin',
      method,
      headers: { ...JSON_CT },
      body: method === 'OPTIONS' ? undefined : typed,
    });
  }

  // 13. Unknown operations, fields and documents that cannot run.
  const unknownOps: [string, Record<string, unknown>][] = [
    ['operationName not in document', { query: 'query A { __typename }', operationName: 'B' }],
    ['two operations, no name', { query: 'query A { __typename } query B { __typename }' }],
    ['two anonymous operations', { query: '{ __typename } { __typename }' }],
    ['duplicate operation names', { query: 'query A { __typename } query A { __typename }', operationName: 'A' }],
    ['operationName a number', { query: '{ __typename }', operationName: 5 }],
    ['operationName an object', { query: '{ __typename }', operationName: { a: 1 } }],
    ['subscription', { query: 'subscription { townships { totalCount } }' }],
    ['unknown root field', { query: '{ nope }' }],
    ['unknown mutation', { query: 'mutation { dropDatabase }' }],
    ['unknown nested field', { query: '{ members { nodes { passwordHash } } }' }],
    ['user passwordHash', { query: '{ users { nodes { passwordHash } } }' }],
    ['fragment on unknown type', { query: '{ ...F } fragment F on Nope { id }' }],
    ['unused fragment', { query: '{ __typename } fragment F on Query { __typename }' }],
    ['unknown directive', { query: '{ __typename @nope }' }],
    ['query is an array', { query: ['{ __typename }'] }],
    ['query is an object', { query: { kind: 'Document' } }],
    ['extensions not an object', { query: '{ __typename }', extensions: 'x' }],
    [
      'persisted query, wrong hash',
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
    ],
    [
      'persisted query, unknown version',
      { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } } },
    ],
    ['persisted query only', { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }],
    ['introspection', { query: '{ __schema { queryType { name } } }' }],
    ['__type of unknown', { query: '{ __type(name: "Nope") { name } }' }],
    ['syntax error', { query: '{ members { ' }],
    ['lexer error', { query: '{ "unterminated }' }],
    ['only punctuation', { query: '{}{}{}[]()!$@' }],
    ['mutation with selection on scalar', { query: 'mutation { deleteSector(id: "1") { id } }' }],
    ['selection missing on object', { query: '{ townships }' }],
    ['argument unknown', { query: '{ townships(nope: 1) { totalCount } }' }],
    ['argument twice', { query: '{ townships(page: { limit: 1 }, page: { limit: 2 }) { totalCount } }' }],
    ['variable unused', { query: 'query($x: String) { __typename }', variables: { x: 'y' } }],
    ['variable undefined', { query: '{ townships(filter: { q: $q }) { totalCount } }', variables: { q: 'x' } }],
    ['variable of unknown type', { query: 'query($x: Nope) { __typename }' }],
    ['variable of output type', { query: 'query($x: Township) { __typename }' }],
    ['negative page', { query: '{ members(page: { offset: -1, limit: -5 }) { totalCount } }' }],
    ['limit over 500', { query: '{ members(page: { limit: 100000 }) { totalCount } }' }],
    ['Int overflow literal', { query: '{ members(page: { limit: 99999999999 }) { totalCount } }' }],
    ['year out of range', { query: '{ townshipComparison(year: -2147483648) { __typename } }' }],
    [
      'year range reversed',
      {
        query: `{ townshipMetrics(townshipId: "${fixtures.townshipId}", fromYear: 2100, toYear: 2000) { __typename } }`,
      },
    ],
    ['record of unknown id', { query: '{ member(id: "99999999") { id } }' }],
    ['record of id 0', { query: '{ member(id: "0") { id } }' }],
    ['record of negative id', { query: '{ township(id: "-1") { id } }' }],
    ['record of id 2^63', { query: '{ township(id: "9223372036854775808") { id } }' }],
    ['delete unknown', { query: 'mutation { deleteTownship(id: "99999999") }' }],
    [
      'expectedVersion stale',
      {
        query: `mutation { updateTownship(id: "${fixtures.townshipId}", input: { sortOrder: 1 }, expectedVersion: -1) { id } }`,
      },
    ],
    [
      'expectedVersion huge',
      {
        query: `mutation { updateSector(id: "${fixtures.sectorId}", input: { sortOrder: 1 }, expectedVersion: 2147483647) { id } }`,
      },
    ],
  ];
  for (const [label, payload] of unknownOps) post('unknown-operation', label, mostlyAdmin(), payload);

  // 14. Invalid UTF-8 in bodies: in the query, in variables, in keys, truncated sequences, overlong forms.
  const bad = [
    [0xff],
    [0xfe, 0xff],
    [0xc0, 0x80],
    [0xed, 0xa0, 0x80],
    [0xe5, 0xa7],
    [0xf4, 0x90, 0x80, 0x80],
    [0x80],
    [0xc3, 0x28],
    [0xf0, 0x28, 0x8c, 0xbc],
    [0xe2, 0x82],
  ];
  const withBytes = (before: string, bytes: number[], after: string) =>
    new Uint8Array(Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]));
  for (const bytes of bad) {
    add({
      category: 'invalid-utf8',
      label: `query text ${bytes.map((b) => b.toString(16)).join(' ')}`,
      caller: anyCaller(),
      body: withBytes('{"query":"{ __typename ', bytes, ' }"}'),
    });
    add({
      category: 'invalid-utf8',
      label: `q variable ${bytes.map((b) => b.toString(16)).join(' ')}`,
      caller: mostlyAdmin(),
      body: withBytes(
        '{"query":"query($q: String) { members(filter: { q: $q }) { totalCount } }","variables":{"q":"',
        bytes,
        '"}}',
      ),
    });
    add({
      category: 'invalid-utf8',
      label: `mutation input ${bytes.map((b) => b.toString(16)).join(' ')}`,
      caller: 'admin',
      body: withBytes(
        `{"query":"mutation($n: String!) { createSector(input: { name: $n, category: INVITED }) { id } }","variables":{"n":"界别`,
        bytes,
        `${serial++}"}}`,
      ),
    });
    add({
      category: 'invalid-utf8',
      label: `key ${bytes.map((b) => b.toString(16)).join(' ')}`,
      caller: anyCaller(),
      body: withBytes('{"que', bytes, 'ry":"{ __typename }"}'),
    });
  }
  post('invalid-utf8', 'lone surrogate escapes in q', 'admin', {
    query: 'query($q: String) { members(filter: { q: $q }) { totalCount } }',
    variables: { q: '\ud800\udfff\udc00x' },
  });
  add({
    category: 'invalid-utf8',
    label: 'escaped lone surrogate in mutation',
    caller: 'admin',
    body: `{"query":"mutation($n: String!) { createSector(input: { name: $n, category: INVITED }) { id } }","variables":{"n":"界\\ud800别${serial++}"}}`,
  });
  add({
    category: 'invalid-utf8',
    label: 'NUL in query text',
    caller: 'admin',
    body: '{"query":"{ __typename \\u0000 }"}',
  });
  add({
    category: 'invalid-utf8',
    label: 'raw bytes only',
    caller: 'anonymous',
    body: new Uint8Array(Array.from({ length: 512 }, () => Math.floor(random() * 256))),
  });

  // 15. Very long header values (below Node's 16 KB header limit and above it).
  const trivial = JSON.stringify({ query: '{ townships { totalCount } }' });
  for (const [name, size] of [
    ['x-request-id', 8_000],
    ['user-agent', 12_000],
    ['x-forwarded-for', 4_000],
    ['accept', 6_000],
    ['x-filler', 15_000],
    ['x-filler', 20_000],
    ['x-filler', 100_000],
    ['cookie', 30_000],
  ] as [string, number][]) {
    add({
      category: 'long-header',
      label: `${name}: ${size} chars`,
      caller: anyCaller(),
      headers: { ...JSON_CT, [name]: pick(['a', 'x', '9']).repeat(size) },
      body: trivial,
    });
  }
  add({
    category: 'long-header',
    label: 'authorization: Bearer + 12 KB',
    caller: 'anonymous',
    headers: { ...JSON_CT, authorization: `Bearer ${'a'.repeat(12_000)}` },
    body: trivial,
  });
  add({
    category: 'long-header',
    label: 'authorization: Bearer cppcc_ + 12 KB',
    caller: 'anonymous',
    headers: { ...JSON_CT, authorization: `Bearer cppcc_1_${'a'.repeat(12_000)}` },
    body: trivial,
  });
  add({
    category: 'long-header',
    label: '200 headers',
    caller: 'admin',
    headers: { ...JSON_CT, ...Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`x-h${i}`, 'v'])) },
    body: trivial,
  });

  // 16. Invalid Authorization headers.
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const jwtHeader = b64({ alg: 'HS256', typ: 'JWT' });
  const [h, p] = fixtures.expiredJwt.split('.');
  const auths = [
    'garbage',
    'Bearer',
    'Bearer ',
    'Bearer  ',
    'bearer garbage',
    'Bearer garbage',
    'Bearer a.b.c',
    'Bearer ...',
    'Bearer a b',
    'Basic YWRtaW46ZGVtbzEyMzQ=',
    'Token abc',
    'Bearer cppcc_1_x',
    'Bearer cppcc_',
    'Bearer cppcc_1_',
    `Bearer cppcc_1_${'a'.repeat(30)}`,
    `Bearer cppcc_0_${'a'.repeat(30)}`,
    `Bearer cppcc_99999999999999999999999_${'a'.repeat(30)}`,
    `Bearer cppcc_-1_${'a'.repeat(30)}`,
    `Bearer cppcc_1e3_${'a'.repeat(30)}`,
    `Bearer cppcc_1_${"' OR 1=1 --".padEnd(30, 'a')}`,
    `Bearer ${fixtures.expiredJwt}`,
    `Bearer ${h}.${b64({ sub: '1', name: 'x', role: 'COUNTY_ADMIN', tsp: null, hu: null, iat: 1, exp: 4102444800 })}.${fixtures.expiredJwt.split('.')[2]}`,
    `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: '1', role: 'COUNTY_ADMIN', exp: 4102444800 })}.`,
    `Bearer ${jwtHeader}.${b64({ sub: '1', role: 'COUNTY_ADMIN', exp: 1 })}.${'A'.repeat(43)}`,
    `Bearer ${jwtHeader}.${p}`,
    `Bearer ${jwtHeader}.!!!.???`,
    `Bearer ${jwtHeader}.${Buffer.from('not json').toString('base64url')}.${'A'.repeat(43)}`,
    `Bearer eyJhbGciOiJIUzI1NiJ9.${'e'.repeat(2000)}.x`,
    `Bearer ${'\u00e9'.repeat(10)}`,
    `Bearer null`,
    `Bearer undefined`,
    `Bearer [object Object]`,
    'Bearer\ttab',
    `Bearer ${fixtures.expiredJwt}, Bearer ${fixtures.expiredJwt}`,
  ];
  for (const authorization of auths) {
    const payload =
      random() < 0.5
        ? { query: '{ __typename }' }
        : random() < 0.5
          ? { query: '{ townships { totalCount } }' }
          : { query: 'mutation { createSector(input: { name: "令牌界别", category: INVITED }) { id } }' };
    add({
      category: 'invalid-auth',
      label: `authorization ${JSON.stringify(authorization.slice(0, 50))}`,
      caller: 'anonymous',
      headers: { ...JSON_CT, authorization },
      body: JSON.stringify(payload),
    });
  }

  // 17. Logins: wrong passwords only for the throwaway user (it gets locked: RATE_LIMITED), odd usernames.
  const login = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id } } }';
  for (let i = 0; i < 7; i++)
    post('login', `wrong password #${i + 1} (throwaway user)`, 'anonymous', {
      query: login,
      variables: { u: fixtures.throwawayUsername, p: `wrong-${i}` },
    });
  for (const u of sample(SQL_INJECTIONS, 6))
    post('login', `username ${JSON.stringify(u)}`, 'anonymous', { query: login, variables: { u, p: 'x' } }, [u]);
  post('login', 'empty username and password', 'anonymous', { query: login, variables: { u: '', p: '' } });
  post('login', 'username with spaces', 'anonymous', {
    query: login,
    variables: { u: `  ${fixtures.throwawayUsername}  `, p: 'nope-nope' },
  });
  post('login', 'username 1 KB', 'anonymous', { query: login, variables: { u: 'u'.repeat(1000), p: 'nope-nope' } });
  post('login', 'login inside a query', 'anonymous', {
    query: '{ login(username: "admin", password: "demo1234") { token } }',
  });

  return requests;
}
