// What the data provider needs to know about each resource: GraphQL names, the fields to
// select, the sort enum of each sortable column, the filters the API accepts, and which
// record fields go into XInput / XPatch. Names follow apps/server/schema.graphql.

export type ResourceName = 'townships' | 'sectors' | 'committees' | 'members' | 'handlingUnits';

export const RESOURCE_NAMES: readonly ResourceName[] = ['members', 'townships', 'sectors', 'committees', 'handlingUnits'];

export interface ResourceConfig {
  /** GraphQL type, e.g. `Township` → township(id), townships(…), createTownship, TownshipFilter … */
  type: string;
  single: string;
  plural: string;
  /** Selection for lists and getMany. */
  listFields: string;
  /** Selection for getOne, create and update results (defaults to listFields). */
  oneFields?: string;
  /** react-admin sort field (a column's `source`) → the API's XSortField value. */
  sort: Readonly<Record<string, string>>;
  /** Filter fields of XFilter; anything else in react-admin's filter is dropped. */
  filters: readonly string[];
  /** Fields of XInput (create). */
  inputFields: readonly string[];
  /** Fields of XPatch (update); only changed ones are sent. */
  patchFields: readonly string[];
  /** getMany and references must still find archived records. */
  archivable?: boolean;
  /** Reshapes a record read from the API (e.g. gives roster rows an id for tables). */
  fromApi?: (record: Record<string, unknown>) => Record<string, unknown>;
  /** Record value → input value for fields that need reshaping (committee roster). */
  toInput?: Readonly<Record<string, (value: unknown) => unknown>>;
}

const TOWNSHIP_FIELDS = 'id version name code kind bodyName bodyKind director sortOrder memberCount createdAt updatedAt';
const SECTOR_FIELDS = 'id version name category sortOrder memberCount createdAt updatedAt';
const COMMITTEE_FIELDS = 'id version name description sortOrder memberCount createdAt updatedAt';
const MEMBER_FIELDS =
  'id version name gender ethnicity birthDate affiliation sectorId sector { id name } townshipId township { id name } ' +
  'kind term status workUnit title phone joinedOn leftOn leaveReason archivedAt createdAt updatedAt';
const HANDLING_UNIT_FIELDS = 'id version name shortName kind contactPerson contactPhone archivedAt createdAt updatedAt';

interface RosterEntry {
  memberId?: string | number | null;
  role?: string | null;
}

/** The roster as CommitteeMemberInput: drop the nested member, skip empty rows. */
function rosterInput(value: unknown): { memberId: string; role: string }[] {
  if (!Array.isArray(value)) return [];
  return (value as RosterEntry[])
    .filter((e) => e && e.memberId != null && e.memberId !== '')
    .map((e) => ({ memberId: String(e.memberId), role: e.role || 'MEMBER' }));
}

export const RESOURCES: Readonly<Record<ResourceName, ResourceConfig>> = {
  townships: {
    type: 'Township',
    single: 'township',
    plural: 'townships',
    listFields: TOWNSHIP_FIELDS,
    sort: { id: 'ID', name: 'NAME', code: 'CODE', sortOrder: 'SORT_ORDER' },
    filters: ['ids', 'kind', 'q'],
    inputFields: ['name', 'code', 'kind', 'bodyName', 'bodyKind', 'director', 'sortOrder'],
    patchFields: ['name', 'code', 'kind', 'bodyName', 'bodyKind', 'director', 'sortOrder'],
  },
  sectors: {
    type: 'Sector',
    single: 'sector',
    plural: 'sectors',
    listFields: SECTOR_FIELDS,
    sort: { id: 'ID', name: 'NAME', sortOrder: 'SORT_ORDER' },
    filters: ['ids', 'category', 'q'],
    inputFields: ['name', 'category', 'sortOrder'],
    patchFields: ['name', 'category', 'sortOrder'],
  },
  committees: {
    type: 'Committee',
    single: 'committee',
    plural: 'committees',
    listFields: COMMITTEE_FIELDS,
    oneFields: `${COMMITTEE_FIELDS} members { memberId role member { id name township { id name } sector { id name } } }`,
    sort: { id: 'ID', name: 'NAME', sortOrder: 'SORT_ORDER' },
    filters: ['ids', 'q'],
    inputFields: ['name', 'description', 'sortOrder', 'members'],
    patchFields: ['name', 'description', 'sortOrder', 'members'],
    toInput: { members: rosterInput },
    fromApi: (record) =>
      Array.isArray(record.members)
        ? { ...record, members: (record.members as RosterEntry[]).map((e) => ({ ...e, id: String(e.memberId) })) }
        : record,
  },
  members: {
    type: 'Member',
    single: 'member',
    plural: 'members',
    listFields: MEMBER_FIELDS,
    sort: {
      id: 'ID',
      name: 'NAME',
      birthDate: 'BIRTH_DATE',
      joinedOn: 'JOINED_ON',
      sectorId: 'SECTOR',
      'sector.name': 'SECTOR',
      townshipId: 'TOWNSHIP',
      'township.name': 'TOWNSHIP',
      updatedAt: 'UPDATED_AT',
    },
    filters: ['ids', 'q', 'townshipId', 'sectorId', 'committeeId', 'status', 'kind', 'gender', 'affiliation', 'term', 'includeArchived'],
    inputFields: [
      'name', 'gender', 'ethnicity', 'birthDate', 'affiliation', 'sectorId', 'townshipId', 'kind', 'term', 'status',
      'workUnit', 'title', 'phone', 'joinedOn', 'leftOn', 'leaveReason',
    ],
    patchFields: [
      'name', 'gender', 'ethnicity', 'birthDate', 'affiliation', 'sectorId', 'townshipId', 'kind', 'term', 'status',
      'workUnit', 'title', 'phone', 'joinedOn', 'leftOn', 'leaveReason',
    ],
    archivable: true,
  },
  handlingUnits: {
    type: 'HandlingUnit',
    single: 'handlingUnit',
    plural: 'handlingUnits',
    listFields: HANDLING_UNIT_FIELDS,
    sort: { id: 'ID', name: 'NAME' },
    filters: ['ids', 'q', 'kind', 'includeArchived'],
    inputFields: ['name', 'shortName', 'kind', 'contactPerson', 'contactPhone'],
    patchFields: ['name', 'shortName', 'kind', 'contactPerson', 'contactPhone'],
    archivable: true,
  },
};

export function resourceConfig(resource: string): ResourceConfig {
  const config = (RESOURCES as Record<string, ResourceConfig>)[resource];
  if (!config) throw new Error(`未知资源：${resource}`);
  return config;
}
