import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One weighted metric of a year's assessment (考核) scheme, set by the county. */
@Entity('assessment_item')
@Index(['year', 'metricKey'], { unique: true })
export class AssessmentSchemeItem {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 50 })
  metricKey: string;

  @Column({
    type: 'decimal',
    precision: 8,
    scale: 2,
    transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) },
  })
  weight: number;

  @Column({ type: 'boolean', default: false })
  perMember: boolean;

  @Column({ type: 'integer', default: 0 })
  sortOrder: number;
}
