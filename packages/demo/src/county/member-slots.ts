/** Who is where, in which sector and with which status — before any personal attribute. */
import { MemberStatus, TownshipKind } from '@cppcc/domain';
import type { Random } from '../random';
import { MAX_TOWNSHIP_MEMBERS, MIN_ACTIVE_TOWNSHIP_MEMBERS, MIN_TOWNSHIP_MEMBERS, type DemoTownship } from './model';
import { MIN_ACTIVE_PER_SECTOR, SECTOR_SPECS } from './sectors';
import { TOWNSHIP_SPECS, type TownshipSpec } from './townships';

export interface MemberSlot {
  townshipIndex: number;
  sectorIndex: number;
  status: MemberStatus;
}

/** [sector index, weight] for a township of this kind. */
function sectorWeights(kind: TownshipKind): [number, number][] {
  return SECTOR_SPECS.map((s, i): [number, number] => [
    i,
    s.weight * (kind === TownshipKind.SUBDISTRICT ? s.urban : kind === TownshipKind.XIANG ? s.rural : 1),
  ]);
}

/** A township's slots, all ACTIVE for now; the first `inactive` of them will get another status. */
function townshipSlots(
  rng: Random,
  township: DemoTownship,
  townshipIndex: number,
): { slots: MemberSlot[]; inactive: MemberSlot[] } {
  const spec = TOWNSHIP_SPECS[townshipIndex] as TownshipSpec;
  const size = Math.min(MAX_TOWNSHIP_MEMBERS, Math.max(MIN_TOWNSHIP_MEMBERS, spec.size + rng.int(-2, 2)));
  const inactive = Math.max(0, Math.min(size - MIN_ACTIVE_TOWNSHIP_MEMBERS, Math.round(size * 0.1) + rng.int(-1, 1)));
  const weights = sectorWeights(township.kind);
  const slots: MemberSlot[] = [];
  for (let k = 0; k < size; k++) {
    slots.push({ townshipIndex, sectorIndex: rng.pickWeighted(weights), status: MemberStatus.ACTIVE });
  }
  return { slots, inactive: slots.slice(0, inactive) };
}

/** Statuses of the inactive slots by quota, so that every status occurs whatever the seed. */
function assignInactiveStatuses(rng: Random, inactiveSlots: readonly MemberSlot[]): void {
  const n = inactiveSlots.length;
  const revoked = Math.max(2, Math.round(n * 0.12));
  const withdrawn = Math.max(2, Math.round(n * 0.33));
  rng.shuffle(inactiveSlots).forEach((slot, i) => {
    slot.status =
      i < revoked ? MemberStatus.REVOKED : i < revoked + withdrawn ? MemberStatus.WITHDRAWN : MemberStatus.TERM_ENDED;
  });
}

/** Every sector gets a few active members: take them from the currently largest sector. */
function ensureActivePerSector(rng: Random, slots: readonly MemberSlot[]): void {
  const activeCount = SECTOR_SPECS.map(() => 0);
  for (const s of slots)
    if (s.status === MemberStatus.ACTIVE) activeCount[s.sectorIndex] = (activeCount[s.sectorIndex] ?? 0) + 1;
  const order = rng.shuffle(slots.filter((s) => s.status === MemberStatus.ACTIVE));
  SECTOR_SPECS.forEach((_spec, sectorIndex) => {
    while ((activeCount[sectorIndex] ?? 0) < MIN_ACTIVE_PER_SECTOR) {
      const largest = activeCount.indexOf(Math.max(...activeCount));
      const donor = order.find((s) => s.sectorIndex === largest);
      if (!donor) throw new Error('planMemberSlots: no donor slot');
      donor.sectorIndex = sectorIndex;
      activeCount[largest] = (activeCount[largest] ?? 0) - 1;
      activeCount[sectorIndex] = (activeCount[sectorIndex] ?? 0) + 1;
    }
  });
}

export function planMemberSlots(rng: Random, townships: readonly DemoTownship[]): MemberSlot[] {
  const slots: MemberSlot[] = [];
  const inactiveSlots: MemberSlot[] = [];
  townships.forEach((township, townshipIndex) => {
    const drafted = townshipSlots(rng, township, townshipIndex);
    slots.push(...drafted.slots);
    inactiveSlots.push(...drafted.inactive);
  });
  assignInactiveStatuses(rng, inactiveSlots);
  ensureActivePerSector(rng, slots);
  return slots;
}
