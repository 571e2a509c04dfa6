import type { EntityManager } from 'typeorm';
import { rules, userRules, type FieldError } from '@cppcc/domain';
import { assertValid } from '../core/errors';
import { listRecords, parseIds, type ListSpec } from '../core/list-query';
import {
  createRecord,
  definedOnly,
  deleteRecord,
  referenceExists,
  updateRecord,
  type RecordRules,
  toId,
} from '../core/record-store';
import { requiredValue } from '../core/required';
import { countyOnlyScope, defineScope } from '../core/scope';
import type { CrudService } from '../core/crud-resolver';
import { hashPassword } from '../auth/password';
import { HandlingUnit } from '../handling-units/handling-unit.entity';
import { Township } from '../townships/township.entity';
import { User } from './user.entity';
import { UserFilter, UserSortField, type UserInput, type UserPatch } from './user.inputs';

defineScope(User, countyOnlyScope());

const spec: ListSpec<User, UserFilter, UserSortField> = {
  alias: 'u',
  filterType: UserFilter,
  searchColumns: ['username', 'displayName'],
  sortColumns: { ID: 'id', USERNAME: 'username', DISPLAY_NAME: 'displayName' },
  applyFilter(qb, f) {
    if (f.role) qb.andWhere('u.role = :role', { role: f.role });
    if (f.townshipId) qb.andWhere('u.townshipId = :t', { t: parseIds('filter.townshipId', [f.townshipId])[0] });
  },
};

async function validateUser(u: User, manager: EntityManager): Promise<FieldError[]> {
  return [
    ...userRules.username('input.username', u.username),
    ...rules.requiredText('input.displayName', u.displayName, rules.NAME_MAX, '显示名'),
    ...requiredValue('input.role', u.role, '角色'),
    ...userRules.roleBinding(u.role, u.townshipId, u.handlingUnitId),
    ...(await referenceExists(manager, Township, u.townshipId, 'input.townshipId', '乡镇')),
    ...(await referenceExists(manager, HandlingUnit, u.handlingUnitId, 'input.handlingUnitId', '承办单位')),
  ];
}

const userRecordRules: RecordRules<User> = {
  label: '用户',
  validate: validateUser,
  unique: [{ column: 'username', field: 'input.username', message: '用户名已存在' }],
};

async function toColumns(input: UserInput | UserPatch): Promise<Partial<User>> {
  const { password, townshipId, handlingUnitId, disabled, ...rest } = input;
  const columns: Partial<User> = definedOnly(rest) as Partial<User>;
  if (password != null) {
    const problems = userRules.password('input.password', password);
    assertValid(problems);
    columns.passwordHash = await hashPassword(password);
  }
  if (townshipId !== undefined) columns.townshipId = townshipId === null ? null : toId(townshipId, 'input.townshipId');
  if (handlingUnitId !== undefined)
    columns.handlingUnitId = handlingUnitId === null ? null : toId(handlingUnitId, 'input.handlingUnitId');
  if (disabled !== undefined && disabled !== null) columns.disabledAt = disabled ? new Date() : null;
  return columns;
}

export const userService: CrudService<User, UserFilter, UserInput, UserPatch, UserSortField> = {
  get: (ctx, id) => ctx.loaders.byId(User).load(id),
  list: (ctx, args) => listRecords(ctx, User, spec, args),
  create: async (ctx, input) => createRecord(ctx, User, await toColumns(input), userRecordRules),
  update: async (ctx, id, patch, expectedVersion) =>
    updateRecord(ctx, User, id, await toColumns(patch), expectedVersion, userRecordRules),
  remove: (ctx, id) => deleteRecord(ctx, User, id, '用户'),
};
