import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { SectorCategory } from '@cppcc/domain';
import { VersionedRecord } from '../core/versioned-record';

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
