/** Unique mobile and landline numbers. */
import type { Random } from '../random';
import { DEMO_AREA_CODE } from './model';

/** Mobile prefixes starting 13/15/18/19. */
const MOBILE_PREFIXES: readonly string[] = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '198',
  '199',
];

function digits(rng: Random, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

export function mobilePhone(rng: Random, used: Set<string>): string {
  for (;;) {
    const phone = rng.pick(MOBILE_PREFIXES) + digits(rng, 8);
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}

export function landlinePhone(rng: Random, used: Set<string>): string {
  for (;;) {
    const phone = `${DEMO_AREA_CODE}-5${digits(rng, 6)}`;
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}
