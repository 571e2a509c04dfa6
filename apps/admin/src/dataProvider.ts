// react-admin's DataProvider over the docs/api.md shapes:
//   getList          → xs(filter, sort: [{ field, order }], page: { offset, limit }) { nodes totalCount }
//   getOne           → x(id)
//   getMany          → xs(filter: { ids }, page: { limit: 500 })
//   getManyReference → xs(filter: { <target>: id, … })
//   create           → createX(input)
//   update           → updateX(id, input: <changed fields only>, expectedVersion: previousData.version)
//   delete           → deleteX(id)   (members and handling units are archived by the server)
//   Exceptions declared in resources.ts: proposals are created with submitProposal, API tokens
//   with createApiToken (the secret comes back once) and deleted with revokeApiToken; the audit
//   log and a unit's assigned proposals are read-only.
//   deleteMany       → one deleteX per id
import { HttpError, type DataProvider, type Identifier, type RaRecord } from 'react-admin';
import { TypedDocumentString } from './gql/graphql';
import { gqlRequest } from './graphql';
import { resourceConfig, type ResourceConfig, type ResourceFragment } from './resources';

/** docs/api.md: `limit` at most 500. Larger pages (the CSV export asks for 1000) are fetched in chunks. */
export const PAGE_LIMIT = 500;

type Vars = Record<string, unknown>;

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * Keeps the filters the API knows, drops empty ones, trims `q`, stringifies ids, turns `year`
 * into an Int and 'true'/'false' (select inputs) into booleans; `filterToApi` reshapes the rest.
 */
export function apiFilter(config: ResourceConfig, filter: Vars | undefined, extra: Vars = {}): Vars | undefined {
  const out: Vars = {};
  for (const [key, raw] of Object.entries({ ...(filter ?? {}), ...extra })) {
    if (!config.filters.includes(key) || isBlank(raw)) continue;
    const transform = config.filterToApi?.[key];
    const value = transform ? transform(raw) : raw;
    if (isBlank(value)) continue;
    // A declared transform gives the API's type itself (recordId is an Int, not an ID).
    if (transform) out[key] = value;
    else if (key === 'q') out.q = String(value).trim();
    else if (key === 'ids') out.ids = (Array.isArray(value) ? value : [value]).map(String);
    else if (/Id$/.test(key)) out[key] = String(value);
    else if (key === 'year') {
      const year = Number(value);
      if (Number.isInteger(year)) out.year = year;
    } else if (value === 'true' || value === 'false') out[key] = value === 'true';
    else out[key] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

/** react-admin's `{ field, order }` → `[{ field: SORT_ENUM, order }]`; unknown fields sort by ID. */
export function apiSort(
  config: ResourceConfig,
  sort: { field?: string; order?: string } | undefined,
): { field: string; order: 'ASC' | 'DESC' }[] {
  const field = (sort?.field && config.sort[sort.field]) || 'ID';
  const order = sort?.order === 'DESC' ? 'DESC' : 'ASC';
  return [{ field, order }];
}

function normalise(value: unknown): unknown {
  if (value === '' || value === undefined) return null;
  return value;
}

function inputValue(config: ResourceConfig, key: string, value: unknown): unknown {
  const transform = config.toInput?.[key];
  return transform ? transform(value) : normalise(value);
}

/** XInput: the whitelisted fields present in the form data. */
export function buildInput(config: ResourceConfig, data: Vars): Vars {
  const input: Vars = {};
  for (const key of config.inputFields) {
    if (data[key] === undefined) continue;
    const value = inputValue(config, key, data[key]);
    if (value === null) continue; // optional fields left empty: let the server apply defaults
    input[key] = value;
  }
  return input;
}

/** XPatch: only the whitelisted fields whose value differs from the record the form started from. */
export function buildPatch(config: ResourceConfig, data: Vars, previousData: Vars | undefined): Vars {
  const patch: Vars = {};
  for (const key of config.patchFields) {
    if (data[key] === undefined) continue;
    const next = inputValue(config, key, data[key]);
    const before = previousData ? inputValue(config, key, previousData[key]) : undefined;
    if (previousData && JSON.stringify(next) === JSON.stringify(before)) continue;
    patch[key] = next;
  }
  return patch;
}

// The operations are assembled per resource around its fragments (the selections codegen checks
// against the schema); dataProvider.test.ts validates every assembled operation against it too.
// Records are react-admin's untyped RaRecord, so the documents are typed by these shapes.
interface ListData {
  list: { nodes: RaRecord[]; totalCount: number };
}
interface ItemData {
  item: RaRecord | null;
}

/** `{ ...XFields }` and the fragment definitions it needs. */
function selectionOf(fragment: ResourceFragment): { spread: string; definitions: string } {
  const definitions = fragment.toString();
  const name = /fragment (\w+) on/.exec(definitions)?.[1];
  if (!name) throw new Error('resource selection without a fragment');
  return { spread: `...${name}`, definitions };
}

function operation<T>(text: string, fragment: ResourceFragment | null): TypedDocumentString<T, Vars> {
  return new TypedDocumentString<T, Vars>(fragment ? `${text}\n${selectionOf(fragment).definitions}` : text);
}

const oneFieldsOf = (c: ResourceConfig) => c.oneFields ?? c.listFields;

export const listQuery = (c: ResourceConfig) =>
  operation<ListData>(
    `query ${c.type}List($filter: ${c.type}Filter, $sort: [${c.type}Sort!], $page: PageInput) {
  list: ${c.plural}(filter: $filter, sort: $sort, page: $page) { nodes { ${selectionOf(c.listFields).spread} } totalCount }
}`,
    c.listFields,
  );
export const oneQuery = (c: ResourceConfig) =>
  operation<ItemData>(
    `query ${c.type}One($id: ID!) { item: ${c.single}(id: $id) { ${selectionOf(oneFieldsOf(c)).spread} } }`,
    oneFieldsOf(c),
  );
export const createMutation = (c: ResourceConfig) => {
  const fields = selectionOf(oneFieldsOf(c)).spread;
  return operation<{ item: RaRecord }>(
    c.create
      ? `mutation Create${c.type}($input: ${c.create.inputType}!) { item: ${c.create.mutation}(input: $input) { ${c.create.selection ? c.create.selection(fields) : fields} } }`
      : `mutation Create${c.type}($input: ${c.type}Input!) { item: create${c.type}(input: $input) { ${fields} } }`,
    oneFieldsOf(c),
  );
};
export const updateMutation = (c: ResourceConfig) =>
  operation<{ item: RaRecord }>(
    `mutation Update${c.type}($id: ID!, $input: ${c.type}Patch!, $expectedVersion: Int) {
  item: update${c.type}(id: $id, input: $input, expectedVersion: $expectedVersion) { ${selectionOf(oneFieldsOf(c)).spread} }
}`,
    oneFieldsOf(c),
  );
export const deleteMutation = (c: ResourceConfig) =>
  operation<{ ok: unknown }>(
    c.remove
      ? `mutation Delete${c.type}($id: ID!) { ok: ${c.remove.mutation}(id: $id)${c.remove.returnsRecord ? ' { id }' : ''} }`
      : `mutation Delete${c.type}($id: ID!) { ok: delete${c.type}(id: $id) }`,
    null,
  );

async function fetchList(
  config: ResourceConfig,
  filter: Vars | undefined,
  sort: { field: string; order: string }[],
  offset: number,
  limit: number,
  signal?: AbortSignal,
): Promise<{ data: RaRecord[]; total: number }> {
  const data: RaRecord[] = [];
  let total = 0;
  // Chunks of at most PAGE_LIMIT until `limit` rows or the end of the list.
  for (let start = offset; start < offset + limit; start += PAGE_LIMIT) {
    const size = Math.min(PAGE_LIMIT, offset + limit - start);
    const result = await gqlRequest(
      listQuery(config),
      { filter, sort, page: { offset: start, limit: size } },
      { signal },
    );
    total = result.list.totalCount;
    data.push(...result.list.nodes.map((r) => fromApi(config, r)));
    if (result.list.nodes.length < size || start + size >= total) break;
  }
  return { data, total };
}

function fromApi<R>(config: ResourceConfig, record: R): R {
  return config.fromApi ? (config.fromApi(record as Record<string, unknown>) as R) : record;
}

function notFound(): HttpError {
  return new HttpError('记录不存在或无权查看', 404, { code: 'NOT_FOUND' });
}

function refuseWrite(config: ResourceConfig, what: 'create' | 'update' | 'delete'): void {
  if (config.readOnly || (what === 'update' && config.noUpdate) || (what === 'delete' && config.noDelete))
    throw new HttpError('此类记录不能修改', 405, { code: 'READ_ONLY' });
}

export const dataProvider: DataProvider = {
  supportAbortSignal: true,

  async getList(resource, params) {
    const config = resourceConfig(resource);
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    return fetchList(
      config,
      apiFilter(config, params.filter),
      apiSort(config, params.sort),
      (page - 1) * perPage,
      perPage,
      params.signal,
    ) as never;
  },

  async getOne(resource, params) {
    const config = resourceConfig(resource);
    const result = await gqlRequest(oneQuery(config), { id: String(params.id) }, { signal: params.signal });
    if (!result.item) throw notFound();
    return { data: fromApi(config, result.item) } as never;
  },

  async getMany(resource, params) {
    const config = resourceConfig(resource);
    const ids = [...new Set(params.ids.map(String))];
    if (ids.length === 0) return { data: [] } as never;
    const extra: Vars = config.archivable ? { includeArchived: true } : {};
    const data: RaRecord[] = [];
    for (let i = 0; i < ids.length; i += PAGE_LIMIT) {
      const chunk = ids.slice(i, i + PAGE_LIMIT);
      const result = await gqlRequest(
        listQuery(config),
        { filter: apiFilter(config, { ids: chunk }, extra), page: { offset: 0, limit: PAGE_LIMIT } },
        { signal: params.signal },
      );
      data.push(...result.list.nodes.map((r) => fromApi(config, r)));
    }
    return { data } as never;
  },

  async getManyReference(resource, params) {
    const config = resourceConfig(resource);
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    const filter = apiFilter(config, params.filter, { [params.target]: params.id });
    return fetchList(
      config,
      filter,
      apiSort(config, params.sort),
      (page - 1) * perPage,
      perPage,
      params.signal,
    ) as never;
  },

  async create(resource, params) {
    const config = resourceConfig(resource);
    refuseWrite(config, 'create');
    const result = await gqlRequest(createMutation(config), { input: buildInput(config, params.data as Vars) });
    const item = config.create?.toRecord ? (config.create.toRecord(result.item as Vars) as RaRecord) : result.item;
    return { data: fromApi(config, item) } as never;
  },

  async update(resource, params) {
    const config = resourceConfig(resource);
    refuseWrite(config, 'update');
    const previous = params.previousData as Vars | undefined;
    const input = buildPatch(config, params.data as Vars, previous);
    if (Object.keys(input).length === 0 && previous) return { data: previous } as never; // nothing changed
    const expectedVersion = typeof previous?.version === 'number' ? previous.version : undefined;
    const result = await gqlRequest(
      updateMutation(config),
      { id: String(params.id), input, expectedVersion },
      { versioned: expectedVersion !== undefined },
    );
    return { data: fromApi(config, result.item) } as never;
  },

  async updateMany(resource, params) {
    const config = resourceConfig(resource);
    refuseWrite(config, 'update');
    const input = buildPatch(config, params.data as Vars, undefined);
    const done: Identifier[] = [];
    for (const id of params.ids) {
      await gqlRequest(updateMutation(config), { id: String(id), input });
      done.push(id);
    }
    return { data: done };
  },

  async delete(resource, params) {
    const config = resourceConfig(resource);
    refuseWrite(config, 'delete');
    await gqlRequest(deleteMutation(config), { id: String(params.id) });
    return { data: (params.previousData ?? { id: params.id }) as never };
  },

  async deleteMany(resource, params) {
    const config = resourceConfig(resource);
    refuseWrite(config, 'delete');
    const done: Identifier[] = [];
    // One deleteX each, in order; the first refusal stops the batch and is reported.
    for (const id of params.ids) {
      await gqlRequest(deleteMutation(config), { id: String(id) });
      done.push(id);
    }
    return { data: done };
  },
};
