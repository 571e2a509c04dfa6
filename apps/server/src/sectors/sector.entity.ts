import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { SectorCategory } from '@cppcc/domain';
import { VersionedRecord } from '../core/versioned-record';

registerEnumType(SectorCategory, { name: 'SectorCategory', description: '党派 / 人民团体 / 界别 / 特邀' });

@ObjectType({ description: '界别', simpleResolvers: true })
@Entity('sector')
export class Sector extends VersionedRecord {
  @Field()
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => SectorCategory)
  @Column({ type: 'varchar', length: 30 })
  category: SectorCategory;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  sortOrder: number;
}
