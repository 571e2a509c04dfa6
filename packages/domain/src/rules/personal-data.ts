import { Role } from '../enums';

/**
 * Personal data (a member's phone and birth date, a contact's phone, an ID-card number or home
 * address should one be added): who reads it whole, and how everyone else sees it.
 *
 * Whole: county admins, and the officers of the township the person belongs to (a handling
 * unit's users for their own unit's contact). Masked: leaders, handling units, other townships'
 * officers and every API token — unless a county admin issued the token with the personal-data
 * permission.
 */
export interface PersonalDataReader {
  kind: 'user' | 'token' | 'system' | 'anonymous';
  role?: Role;
  townshipId?: number | null;
  handlingUnitId?: number | null;
  /** An API token issued with the personal-data permission. */
  personalData?: boolean;
}

/** Whose personal data a record carries: the township of a member, the unit of a unit contact. */
export interface PersonalDataOwner {
  townshipId?: number | null;
  handlingUnitId?: number | null;
}

/** The records whose personal data a reader sees whole. */
export type PersonalDataReach = 'all' | 'none' | { townshipId: number } | { handlingUnitId: number };

export function personalDataReach(reader: PersonalDataReader): PersonalDataReach {
  if (reader.kind === 'system') return 'all';
  if (reader.kind === 'token') {
    if (!reader.personalData) return 'none';
    // A township token with the permission reads its own township's people, as an officer would.
    return reader.townshipId != null ? { townshipId: reader.townshipId } : 'all';
  }
  if (reader.kind !== 'user') return 'none';
  if (reader.role === Role.COUNTY_ADMIN) return 'all';
  if (reader.role === Role.TOWNSHIP_OFFICER && reader.townshipId != null) return { townshipId: reader.townshipId };
  if (reader.role === Role.HANDLING_UNIT && reader.handlingUnitId != null)
    return { handlingUnitId: reader.handlingUnitId };
  return 'none';
}

export function readsPersonalData(reader: PersonalDataReader, owner: PersonalDataOwner): boolean {
  const reach = personalDataReach(reader);
  if (reach === 'all' || reach === 'none') return reach === 'all';
  if ('townshipId' in reach) return owner.townshipId != null && owner.townshipId === reach.townshipId;
  return owner.handlingUnitId != null && owner.handlingUnitId === reach.handlingUnitId;
}

const HIDDEN = '****';

/** 13812343523 → 138****3523; 0556-5123456 → 0556-****3456; anything short → ****. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (phone == null) return null;
  const v = phone.trim();
  if (v === '') return v;
  const landline = /^(0\d{2,3})-(\d{5,})$/.exec(v);
  if (landline) return `${landline[1]}-${HIDDEN}${landline[2].slice(-4)}`;
  return v.length >= 8 ? `${v.slice(0, 3)}${HIDDEN}${v.slice(-4)}` : HIDDEN;
}

/** The year of a YYYY-MM-DD date: what a masked caller learns of a birth date. */
export function birthYearOf(date: string | null | undefined): number | null {
  const m = date == null ? null : /^(\d{4})-\d{2}-\d{2}/.exec(date);
  return m ? Number(m[1]) : null;
}

/** A masked birth date is absent; the year stays readable through birthYearOf. */
export function maskBirthDate(_date: string | null | undefined): null {
  return null;
}

/** An address down to its township (乡 / 镇 / 街道 / 苏木), the rest hidden; no township part → ****. */
export function maskAddress(address: string | null | undefined): string | null {
  if (address == null) return null;
  const v = address.trim();
  if (v === '') return v;
  const m = /^.*?(乡|镇|街道|苏木)/.exec(v);
  return m ? `${m[0]}${HIDDEN}` : HIDDEN;
}

/** 34012219750601123X → 3****************X: the first and last character only. */
export function maskIdNumber(id: string | null | undefined): string | null {
  if (id == null) return null;
  const v = id.trim();
  if (v.length <= 2) return v === '' ? v : HIDDEN;
  return `${v[0]}${'*'.repeat(v.length - 2)}${v[v.length - 1]}`;
}
