/**
 * The demo county: organisation and people of one fictional county, as plain objects.
 *
 * `buildDemoCounty(seed)` is pure and deterministic: the same seed gives deep-equal output on
 * every run and machine (see random.ts). Cross references are array indexes
 * (`member.sectorIndex`, `member.townshipIndex`, `committee.members[].memberIndex`); the
 * database seeder turns them into ids.
 *
 * Each part draws from its own random stream (deriveSeed(seed, part)), so changing how one part
 * is generated does not reshuffle the others.
 */
import { createRandom, deriveSeed } from './random';
import { buildCommittees } from './county/committees';
import { buildHandlingUnits } from './county/handling-units';
import { buildMembers } from './county/members';
import { DEMO_COUNTY_CODE, DEMO_COUNTY_NAME, type DemoCounty } from './county/model';
import { buildSectors } from './county/sectors';
import { buildTownships } from './county/townships';

export {
  CURRENT_TERM,
  DEMO_COUNTY_CODE,
  DEMO_REFERENCE_YEAR,
  MIN_ACTIVE_TOWNSHIP_MEMBERS,
  PREVIOUS_TERM,
  type DemoCounty,
  type DemoMember,
} from './county/model';

/** The whole demo county for a seed (default 2025). Pure: no database, clock or global state. */
export function buildDemoCounty(seed = 2025): DemoCounty {
  const usedNames = new Set<string>();
  const usedPhones = new Set<string>();
  const townships = buildTownships(createRandom(deriveSeed(seed, 'townships')), usedNames);
  const sectors = buildSectors();
  const members = buildMembers(createRandom(deriveSeed(seed, 'members')), townships, sectors, usedNames, usedPhones);
  const committees = buildCommittees(createRandom(deriveSeed(seed, 'committees')), members, sectors);
  const handlingUnits = buildHandlingUnits(createRandom(deriveSeed(seed, 'handling-units')), usedNames, usedPhones);
  return {
    seed,
    countyName: DEMO_COUNTY_NAME,
    countyCode: DEMO_COUNTY_CODE,
    townships,
    sectors,
    committees,
    members,
    handlingUnits,
  };
}
