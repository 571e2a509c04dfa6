/** The standard 界别 (sectors) and how their members spread over urban and rural townships. */
import { SectorCategory } from '@cppcc/domain';
import type { DemoSector } from './model';

interface SectorSpec {
  readonly name: string;
  readonly category: SectorCategory;
  /** Relative share of members. */
  readonly weight: number;
  /** Multipliers for subdistricts (county seat) and 乡 (rural); towns use 1. */
  readonly urban: number;
  readonly rural: number;
}

export const DEMOCRATIC_PARTIES: readonly string[] = ['民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社'];

export const SECTOR_SPECS: readonly SectorSpec[] = [
  { name: '中共', category: SectorCategory.PARTY, weight: 30, urban: 1, rural: 1.3 },
  { name: '民革', category: SectorCategory.PARTY, weight: 5, urban: 2, rural: 0.3 },
  { name: '民盟', category: SectorCategory.PARTY, weight: 7, urban: 2, rural: 0.3 },
  { name: '民建', category: SectorCategory.PARTY, weight: 7, urban: 2, rural: 0.3 },
  { name: '民进', category: SectorCategory.PARTY, weight: 7, urban: 2, rural: 0.3 },
  { name: '农工党', category: SectorCategory.PARTY, weight: 5, urban: 2, rural: 0.3 },
  { name: '致公党', category: SectorCategory.PARTY, weight: 3, urban: 2, rural: 0.3 },
  { name: '九三学社', category: SectorCategory.PARTY, weight: 4, urban: 2, rural: 0.3 },
  { name: '无党派人士', category: SectorCategory.PARTY, weight: 9, urban: 1.5, rural: 0.6 },
  { name: '共青团', category: SectorCategory.PEOPLES_ORGANISATION, weight: 6, urban: 1, rural: 1 },
  { name: '总工会', category: SectorCategory.PEOPLES_ORGANISATION, weight: 7, urban: 1.3, rural: 0.6 },
  { name: '妇联', category: SectorCategory.PEOPLES_ORGANISATION, weight: 9, urban: 1, rural: 1 },
  { name: '工商联', category: SectorCategory.PEOPLES_ORGANISATION, weight: 16, urban: 1.3, rural: 0.6 },
  { name: '科协', category: SectorCategory.PEOPLES_ORGANISATION, weight: 6, urban: 1, rural: 1 },
  { name: '经济界', category: SectorCategory.SECTOR, weight: 22, urban: 1.3, rural: 0.6 },
  { name: '农业界', category: SectorCategory.SECTOR, weight: 22, urban: 0.2, rural: 2 },
  { name: '教育界', category: SectorCategory.SECTOR, weight: 20, urban: 1.2, rural: 1 },
  { name: '医药卫生界', category: SectorCategory.SECTOR, weight: 17, urban: 1.3, rural: 0.9 },
  { name: '文化艺术界', category: SectorCategory.SECTOR, weight: 9, urban: 1.4, rural: 0.7 },
  { name: '科技界', category: SectorCategory.SECTOR, weight: 7, urban: 1.5, rural: 0.6 },
  { name: '社会福利和社会保障界', category: SectorCategory.SECTOR, weight: 8, urban: 1.1, rural: 1 },
  { name: '少数民族界', category: SectorCategory.SECTOR, weight: 4, urban: 1, rural: 1 },
  { name: '宗教界', category: SectorCategory.SECTOR, weight: 4, urban: 1, rural: 1 },
  { name: '特邀人士', category: SectorCategory.INVITED, weight: 8, urban: 1, rural: 1 },
];

/** Every sector gets at least this many active members. */
export const MIN_ACTIVE_PER_SECTOR = 2;

export function buildSectors(): DemoSector[] {
  return SECTOR_SPECS.map((s, i) => ({ name: s.name, category: s.category, sortOrder: i + 1 }));
}
