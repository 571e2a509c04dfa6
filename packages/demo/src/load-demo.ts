import type { DataSource, EntityManager, ObjectLiteral, EntityTarget } from 'typeorm';
import type { Township } from '@cppcc/server/dist/townships/township.entity';
import type { Sector } from '@cppcc/server/dist/sectors/sector.entity';
import type { Committee, CommitteeMembership } from '@cppcc/server/dist/committees/committee.entity';
import type { Member } from '@cppcc/server/dist/members/member.entity';
import type { HandlingUnit } from '@cppcc/server/dist/handling-units/handling-unit.entity';
import { initialTenure } from '@cppcc/domain';
import type { MemberTenure, MemberTerm } from '@cppcc/server/dist/members/member-history.entity';
import { buildDemoCounty, type DemoMember } from './demo-county';
import { buildDemoRecords } from './demo-records';
import { insertDemoRecords } from './load-demo-records';
import { createDemoUsers } from './demo-users';

export interface SeedSummary {
  townships: number;
  members: number;
}

const CHUNK = 200;

/** Inserts with explicit ids (index + 1): deterministic, and no id round trips per row. */
async function insertAll<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: T[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await manager.getRepository(entity).insert(rows.slice(i, i + CHUNK) as never);
  }
}

/** Loads the deterministic demo county in one transaction. */
export async function loadDemoCounty(db: DataSource, seed = 2025): Promise<SeedSummary> {
  const county = buildDemoCounty(seed);
  await db.transaction(async (manager) => {
    await insertAll(
      manager,
      'Sector',
      county.sectors.map(
        (s, i) => ({ id: i + 1, name: s.name, category: s.category, sortOrder: s.sortOrder }) as Sector,
      ),
    );
    await insertAll(
      manager,
      'Township',
      county.townships.map(
        (t, i) =>
          ({
            id: i + 1,
            code: t.code,
            name: t.name,
            kind: t.kind,
            bodyName: t.bodyName,
            bodyKind: t.bodyKind,
            director: t.director,
            sortOrder: i + 1,
          }) as Township,
      ),
    );
    await insertAll(
      manager,
      'HandlingUnit',
      county.handlingUnits.map(
        (u, i) =>
          ({
            id: i + 1,
            name: u.name,
            shortName: u.shortName,
            kind: u.kind,
            contactPerson: u.contactPerson,
            contactPhone: u.contactPhone,
          }) as HandlingUnit,
      ),
    );
    await insertAll(
      manager,
      'Member',
      county.members.map(
        (m, i) =>
          ({
            id: i + 1,
            name: m.name,
            gender: m.gender,
            ethnicity: m.ethnicity,
            birthDate: m.birthDate,
            affiliation: m.affiliation,
            sectorId: m.sectorIndex + 1,
            townshipId: m.townshipIndex + 1,
            kind: m.kind,
            term: m.term,
            status: m.status,
            workUnit: m.workUnit,
            title: m.title,
            phone: m.phone,
            joinedOn: m.joinedOn,
            leftOn: m.leftOn,
            leaveReason: m.leaveReason,
          }) as Member,
      ),
    );
    await insertAll(manager, 'MemberTenure', county.members.flatMap(tenureRows));
    await insertAll(
      manager,
      'MemberTerm',
      county.members.map((m, i) => ({ memberId: i + 1, term: m.term, startsOn: m.joinedOn }) as MemberTerm),
    );
    await insertAll(
      manager,
      'Committee',
      county.committees.map(
        (c, i) => ({ id: i + 1, name: c.name, description: c.description, sortOrder: i + 1 }) as Committee,
      ),
    );
    await insertAll(
      manager,
      'CommitteeMembership',
      county.committees.flatMap((c, i) =>
        c.members.map(
          (seat) => ({ committeeId: i + 1, memberId: seat.memberIndex + 1, role: seat.role }) as CommitteeMembership,
        ),
      ),
    );
    await insertDemoRecords(manager, buildDemoRecords(county, seed));
    await createDemoUsers(manager);
  });
  return { townships: county.townships.length, members: county.members.length };
}

/** A demo member's dated history, by the same rule as a member entered in the console. */
function tenureRows(m: DemoMember, i: number): MemberTenure[] {
  const history = initialTenure({ ...m, townshipId: m.townshipIndex + 1 });
  if (!history.ok) throw new Error(`演示委员 ${m.name} 的任职记录无效：${history.errors[0].message}`);
  return history.value.map((t) => ({ ...t, memberId: i + 1, estimated: false }) as MemberTenure);
}

/** First start on an empty database gets the demo county; a database with townships is left alone. */
export async function loadDemoCountyIfEmpty(db: DataSource): Promise<SeedSummary | null> {
  if ((await db.getRepository('Township').count()) > 0) return null;
  return loadDemoCounty(db);
}
