import { Field, ID, ObjectType } from 'type-graphql';

/** One stored record that breaks a rule introduced after it was written. */
export interface RuleViolationRow {
  rule: string;
  entityType: string;
  entityId: number;
  townshipId: number | null;
  field: string;
  message: string;
}

@ObjectType({ description: '数据检查：一条不符合现行规则的已有记录（只报告，不修改数据）' })
export class RuleViolation {
  @Field({ description: '规则代码，如 ACTIVITY_KIND_FIELDS（活动只填写本类型的字段）' })
  rule: string;

  @Field({ description: '记录类型，如 Activity' })
  entityType: string;

  @Field(() => ID, { description: '记录 id' })
  entityId: string;

  @Field(() => ID, { nullable: true, description: '记录所属乡镇；null 为县级' })
  townshipId: string | null;

  @Field({ description: '不符合规则的字段' })
  field: string;

  @Field({ description: '中文说明及处理办法' })
  message: string;
}
