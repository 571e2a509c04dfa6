// Members written straight into a suite's database (for counts checked against independent
// sums) get their dated history the way the API would write it: packages/domain initialTenure.
import type { DataSource } from 'typeorm';
import { MemberStatus, initialTenure } from '@cppcc/domain';
import { Member } from '@cppcc/server/src/members/member.entity';
import { MemberTenure, MemberTerm } from '@cppcc/server/src/members/member-history.entity';

type MemberRow = Partial<Member> & { id: number; townshipId: number; term: string };

/** Inserts the members, each with one stretch from their joining date (2022-01-01 when not given) and their term. */
export async function insertMembers(db: DataSource, rows: MemberRow[]): Promise<void> {
  const members = rows.map((m) => ({ joinedOn: '2022-01-01', status: MemberStatus.ACTIVE, ...m }));
  await db.getRepository(Member).insert(members);
  const tenures = members.flatMap((m) => {
    const history = initialTenure(m);
    if (!history.ok) throw new Error(`member ${m.id}: ${history.errors[0].message}`);
    return history.value.map((t) => ({ ...t, memberId: m.id }));
  });
  for (let i = 0; i < tenures.length; i += 200) await db.getRepository(MemberTenure).insert(tenures.slice(i, i + 200));
  await db
    .getRepository(MemberTerm)
    .insert(members.map((m) => ({ memberId: m.id, term: m.term, startsOn: m.joinedOn })));
}
