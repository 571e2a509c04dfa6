import { defaultFieldResolver, GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { personalDataReach, readsPersonalData, type PersonalDataOwner } from '@cppcc/domain';
import type { ScopeCondition } from './scope';
import { isPrincipal, type Viewer } from './viewer';

/**
 * Personal data, in one place: an entity declares which of its fields are personal, how each is
 * masked and which columns name its owner (core/personal-data.ts); every GraphQL read of those
 * fields — lists, single reads, nested records, mutation answers — passes the resolver wrapped
 * here, audit snapshots pass maskSnapshot and text search passes personalSearch. Who reads
 * what whole is the rule readsPersonalData in packages/domain.
 */
type Mask = (value: never) => unknown;

interface PersonalSpec {
  /** Columns naming the record's owner: its township, or its handling unit. */
  owner: { townshipId?: string; handlingUnitId?: string };
  fields: Map<string, { mask: Mask; masked: string }>;
}

// Keyed by class name: the GraphQL type name and the audit trail's entityType.
const SPECS = new Map<string, PersonalSpec>();

/** Declares an entity's personal fields; `masked` says in the schema how a masked value looks. */
export function definePersonalData<E>(
  entity: { name: string; prototype: E },
  owner: { [K in 'townshipId' | 'handlingUnitId']?: keyof E & string },
  fields: { [K in keyof E & string]?: { mask: (value: E[K]) => unknown; masked: string } },
): void {
  SPECS.set(entity.name, {
    owner,
    fields: new Map(Object.entries(fields) as [string, { mask: Mask; masked: string }][]),
  });
}

function readerOf(viewer: Viewer) {
  return isPrincipal(viewer)
    ? {
        kind: viewer.kind,
        role: viewer.role,
        townshipId: viewer.townshipId,
        handlingUnitId: viewer.handlingUnitId,
        personalData: viewer.personalData === true,
      }
    : { kind: viewer.kind };
}

function ownerOf(spec: PersonalSpec, record: Record<string, unknown>): PersonalDataOwner {
  const id = (column?: string) => (column == null || record[column] == null ? null : Number(record[column]));
  return { townshipId: id(spec.owner.townshipId), handlingUnitId: id(spec.owner.handlingUnitId) };
}

/** True when this record's personal fields reach the viewer masked. */
export function personalDataMasked(viewer: Viewer, entity: { name: string }, record: object): boolean {
  const spec = SPECS.get(entity.name);
  return spec != null && !readsPersonalData(readerOf(viewer), ownerOf(spec, record as Record<string, unknown>));
}

/** An audit snapshot (JSON of a record) as the viewer may see it. */
export function maskSnapshot(viewer: Viewer, entityType: string, json: string | null): string | null {
  const spec = SPECS.get(entityType);
  if (!spec || json == null) return json;
  const record = JSON.parse(json) as Record<string, unknown>;
  if (readsPersonalData(readerOf(viewer), ownerOf(spec, record))) return json;
  for (const [field, { mask }] of spec.fields)
    if (field in record) record[field] = (mask as (v: unknown) => unknown)(record[field]);
  return JSON.stringify(record);
}

/**
 * How `q` may search a personal column: everywhere for callers who read it whole, only among
 * the records they read whole for officers and units, not at all for the rest — a search that
 * matches is itself a disclosure.
 */
export function personalSearch(viewer: Viewer, typeName: string, column: string): ScopeCondition | boolean {
  const spec = SPECS.get(typeName);
  if (!spec?.fields.has(column)) return true;
  const reach = personalDataReach(readerOf(viewer));
  if (reach === 'all' || reach === 'none') return reach === 'all';
  const [key, value] =
    'townshipId' in reach
      ? (['townshipId', reach.townshipId] as const)
      : (['handlingUnitId', reach.handlingUnitId] as const);
  const ownerColumn = spec.owner[key];
  return ownerColumn ? { sql: `{a}.${ownerColumn} = :personalOwner`, params: { personalOwner: value } } : false;
}

function describe(spec: PersonalSpec, masked: string, description: string | null | undefined): string {
  const owners = [
    spec.owner.townshipId ? 'the officers of its township' : null,
    spec.owner.handlingUnitId ? 'the users of its own unit' : null,
  ].filter(Boolean);
  const whole = ['county admins', ...owners, 'API tokens issued with personalData'].join(', ');
  return `${description ? `${description}. ` : ''}Personal data: whole for ${whole}; masked for everyone else (leaders, handling units, other API tokens): ${masked}`;
}

/**
 * Wraps the resolver of every declared personal field of the built schema, and says in its
 * description who reads it masked. Called once where the schema is built.
 */
export function applyPersonalData(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, spec] of SPECS) {
    const type = schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType))
      throw new Error(`personal data declared for ${typeName}, which is no object type of the schema`);
    const fields = type.getFields();
    for (const [name, { mask, masked }] of spec.fields) {
      const field = fields[name];
      if (!field) throw new Error(`personal field ${typeName}.${name} is not in the schema`);
      const inner = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: { viewer: Viewer }, info) => {
        const value = inner(source, args, context, info);
        if (readsPersonalData(readerOf(context.viewer), ownerOf(spec, source as Record<string, unknown>))) return value;
        const apply = mask as (v: unknown) => unknown;
        return value instanceof Promise ? value.then(apply) : apply(value);
      };
      field.description = describe(spec, masked, field.description);
    }
  }
  return schema;
}
