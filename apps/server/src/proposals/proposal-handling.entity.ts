import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ContactForm, UnitRequestKind, UnitRequestStatus } from '@cppcc/domain';
import { DateScalar } from '../core/scalars';

// The units' working records around a proposal in handling (docs/domain.md): their requests to
// the county (退回/调整/延期) with its decision, and the lead unit's contacts with the proposer.

@ObjectType('UnitRequest', {
  description: '承办单位的退回/调整/延期申请 and the county’s decision',
  simpleResolvers: true,
})
@Entity('proposal_unit_request')
@Index(['proposalId', 'status'])
export class ProposalUnitRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'integer' })
  proposalId: number;

  @Field(() => ID, { description: 'The unit asking' })
  @Index()
  @Column({ type: 'integer' })
  unitId: number;

  @Field(() => UnitRequestKind)
  @Column({ type: 'varchar', length: 10 })
  kind: UnitRequestKind;

  @Field()
  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  requestedOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  requestedByName: string | null;

  @Field(() => String, { nullable: true, description: '调整: the units the asking unit suggests' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  suggestion: string | null;

  @Field(() => DateScalar, { nullable: true, description: '延期: the deadline in force when asked' })
  @Column({ type: 'date', nullable: true })
  previousDeadline: string | null;

  @Field(() => DateScalar, { nullable: true, description: '延期: the deadline asked for' })
  @Column({ type: 'date', nullable: true })
  requestedDeadline: string | null;

  @Field(() => UnitRequestStatus)
  @Column({ type: 'varchar', length: 10 })
  status: UnitRequestStatus;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  decidedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  decidedByName: string | null;

  @Field(() => String, { nullable: true, description: 'The county’s reason or remark' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  decisionNote: string | null;

  @Field(() => DateScalar, { nullable: true, description: '延期 approved: the deadline granted' })
  @Column({ type: 'date', nullable: true })
  grantedDeadline: string | null;
}

@ObjectType('ProposalContact', {
  description: '办前面商: the lead unit’s contact with the proposer',
  simpleResolvers: true,
})
@Entity('proposal_contact')
export class ProposalContact {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'integer' })
  proposalId: number;

  @Field(() => ID, { description: 'The unit that made the contact' })
  @Column({ type: 'integer' })
  unitId: number;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  contactedOn: string;

  @Field(() => ContactForm)
  @Column({ type: 'varchar', length: 20 })
  form: ContactForm;

  @Field(() => String, { nullable: true, description: 'Who took part' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  participants: string | null;

  @Field(() => String, { nullable: true, description: 'What the proposer said' })
  @Column({ type: 'text', nullable: true })
  proposerView: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  recordedByName: string | null;
}

/** The county's settings for handling proposals: one row, id 1; absent means the defaults. */
@ObjectType('HandlingRules', { description: '提案办理规则: the county’s settings', simpleResolvers: true })
@Entity('handling_rules')
export class HandlingRulesRow {
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => Int, {
    description: 'Working days after assignment in which a unit may ask to return or adjust (default 5)',
  })
  @Column({ type: 'integer' })
  returnWindowWorkingDays: number;

  @Field(() => Int, {
    description: 'A deadline this many days ahead puts a proposal on the unit’s 即将到期 list (default 15)',
  })
  @Column({ type: 'integer' })
  dueSoonDays: number;
}
