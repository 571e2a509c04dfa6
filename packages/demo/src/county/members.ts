/** The members: personal attributes, work, and their time in office, slot by slot. */
import { Gender, MemberKind, MemberStatus, TownshipKind } from '@cppcc/domain';
import { addDays, type Random } from '../random';
import { pickJob, type JobRegistry } from './jobs';
import { affiliationFor, birthYearFor, LEAVE_REASONS, MINORITY_ETHNICITIES } from './member-attributes';
import { planMemberSlots, type MemberSlot } from './member-slots';
import { CURRENT_TERM, PREVIOUS_TERM, type DemoMember, type DemoSector, type DemoTownship } from './model';
import { personName } from './names';
import { mobilePhone } from './phones';
import { JOBS_BY_SECTOR, townshipStem, VILLAGE_LIAISON_JOBS, type JobContext } from './workplaces';

/** What every member draws from: the county so far and the names, phones and titles already given. */
interface MemberPools {
  readonly townships: readonly DemoTownship[];
  readonly sectors: readonly DemoSector[];
  readonly usedNames: Set<string>;
  readonly usedPhones: Set<string>;
  readonly jobs: JobRegistry;
}

type Tenure = Pick<DemoMember, 'term' | 'joinedOn' | 'leftOn' | 'leaveReason'>;

function memberKindFor(rng: Random, slot: MemberSlot, sectorName: string, township: DemoTownship): MemberKind {
  if (slot.status === MemberStatus.TERM_ENDED)
    return rng.chance(0.12) ? MemberKind.STANDING_MEMBER : MemberKind.COUNTY_MEMBER;
  if (sectorName === '特邀人士') return rng.chance(0.7) ? MemberKind.SPECIAL_INVITEE : MemberKind.COUNTY_MEMBER;
  if (
    township.kind !== TownshipKind.SUBDISTRICT &&
    (sectorName === '农业界' || sectorName === '中共') &&
    rng.chance(0.3)
  ) {
    return MemberKind.VILLAGE_LIAISON;
  }
  if (rng.chance(0.03)) return MemberKind.SPECIAL_INVITEE;
  return rng.chance(0.11) ? MemberKind.STANDING_MEMBER : MemberKind.COUNTY_MEMBER;
}

function ethnicityFor(rng: Random, sectorName: string): string {
  return sectorName === '少数民族界'
    ? rng.pickWeighted(MINORITY_ETHNICITIES)
    : sectorName === '宗教界' && rng.chance(0.3)
      ? '回族'
      : rng.chance(0.02)
        ? rng.pickWeighted(MINORITY_ETHNICITIES)
        : '汉族';
}

function tenureFor(rng: Random, status: MemberStatus): Tenure {
  switch (status) {
    case MemberStatus.ACTIVE:
      return { term: CURRENT_TERM, joinedOn: rng.date('2021-12-20', '2022-01-15'), leftOn: null, leaveReason: null };
    case MemberStatus.TERM_ENDED: {
      const joinedOn = rng.date('2016-12-01', '2016-12-31');
      const leftOn = rng.date('2021-12-20', '2021-12-31');
      return { term: PREVIOUS_TERM, joinedOn, leftOn, leaveReason: rng.pick(LEAVE_REASONS[MemberStatus.TERM_ENDED]) };
    }
    case MemberStatus.WITHDRAWN: {
      const joinedOn = rng.date('2021-12-20', '2022-01-15');
      const leftOn = rng.date(addDays(joinedOn, 180), '2025-06-30');
      return { term: CURRENT_TERM, joinedOn, leftOn, leaveReason: rng.pick(LEAVE_REASONS[MemberStatus.WITHDRAWN]) };
    }
    case MemberStatus.REVOKED: {
      const joinedOn = rng.date('2021-12-20', '2022-01-15');
      // After an annual review (年度考评) in the first quarter.
      const leftOn = rng.date('2023-03-01', '2025-06-30');
      return { term: CURRENT_TERM, joinedOn, leftOn, leaveReason: rng.pick(LEAVE_REASONS[MemberStatus.REVOKED]) };
    }
  }
}

function buildMember(rng: Random, slot: MemberSlot, pools: MemberPools): DemoMember {
  const township = pools.townships[slot.townshipIndex] as DemoTownship;
  const sectorName = (pools.sectors[slot.sectorIndex] as DemoSector).name;
  const ctx: JobContext = { township, stem: townshipStem(township.name) };
  const kind = memberKindFor(rng, slot, sectorName, township);

  const femaleShare = sectorName === '妇联' ? 0.9 : sectorName === '宗教界' ? 0.1 : 0.3;
  const gender = rng.chance(femaleShare) ? Gender.FEMALE : Gender.MALE;
  const birthYear = birthYearFor(rng, sectorName, kind, slot.status);
  const birthDate = rng.date(`${birthYear}-01-01`, `${birthYear}-12-31`);
  const name = personName(rng, pools.usedNames, gender, birthYear);
  const ethnicity = ethnicityFor(rng, sectorName);

  const templates = kind === MemberKind.VILLAGE_LIAISON ? VILLAGE_LIAISON_JOBS : JOBS_BY_SECTOR[sectorName];
  if (!templates) throw new Error(`no work units for sector ${sectorName}`);
  const { workUnit, title } = pickJob(rng, templates, ctx, pools.jobs);
  const affiliation = affiliationFor(rng, sectorName, title);
  const phone = mobilePhone(rng, pools.usedPhones);
  const { term, joinedOn, leftOn, leaveReason } = tenureFor(rng, slot.status);
  return {
    name,
    gender,
    ethnicity,
    birthDate,
    affiliation,
    sectorIndex: slot.sectorIndex,
    townshipIndex: slot.townshipIndex,
    kind,
    term,
    status: slot.status,
    workUnit,
    title,
    phone,
    joinedOn,
    leftOn,
    leaveReason,
  };
}

export function buildMembers(
  rng: Random,
  townships: readonly DemoTownship[],
  sectors: readonly DemoSector[],
  usedNames: Set<string>,
  usedPhones: Set<string>,
): DemoMember[] {
  const slots = planMemberSlots(rng, townships);
  const jobs: JobRegistry = { heads: new Set<string>(), staff: new Map<string, number>() };
  const pools: MemberPools = { townships, sectors, usedNames, usedPhones, jobs };
  return slots.map((slot) => buildMember(rng, slot, pools));
}
