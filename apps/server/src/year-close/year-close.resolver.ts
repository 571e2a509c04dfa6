import { Arg, Ctx, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { YearState, yearState } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { ADMIN_ONLY, READERS, allow, read, write } from '../core/access';
import { YearCorrection, YearEdition } from './year-edition.entity';
import {
  closeYear,
  editionsOf,
  openYearReview,
  reopenYear,
  yearCorrections,
  yearDrift,
  yearSnapshot,
  type DriftRow,
} from './year-close.service';

@ObjectType({ description: 'Where a year stands: open, in review, closed (sealed) or reopened, with every edition' })
class YearCloseStatus {
  @Field(() => Int)
  year: number;

  @Field(() => YearState)
  state: YearState;

  @Field(() => [YearEdition], { description: 'Latest first' })
  editions: YearEdition[];
}

@ObjectType({ description: 'A sealed snapshot: every figure of the year as closed' })
class YearSnapshot {
  @Field(() => Int)
  year: number;

  @Field(() => Int)
  edition: number;

  @Field(() => String, { description: 'SHA-256 (hex) of `snapshot` as UTF-8: recompute it to verify' })
  hash: string;

  @Field(() => String, {
    description:
      'The canonical JSON (keys sorted at every level, no whitespace): year, edition, closedAt, closedByName and figures (comparison, comparisonPerMember, assessment with its scheme, memberDuty, annualSummaries)',
  })
  snapshot: string;
}

@ObjectType({ description: 'A figure of a closed year that the records no longer give' })
class YearDriftRow implements DriftRow {
  @Field(() => ID)
  townshipId: string;

  @Field(() => String)
  townshipName: string;

  @Field(() => String, { description: 'The metric’s key (metricDefinitions)' })
  metric: string;

  @Field(() => Float, { nullable: true, description: 'As sealed at the close' })
  sealed: number | null;

  @Field(() => Float, { nullable: true, description: 'As the records give it now' })
  current: number | null;

  @Field(() => Float, { nullable: true, description: 'current − sealed; null when either is null' })
  difference: number | null;
}

// Anyone who reads the figures may see whether a year is sealed and fetch its snapshot; only the county closes.
allow({
  yearClose: read(READERS),
  yearSnapshot: read(READERS),
  yearCorrections: read(READERS),
  yearDrift: read(READERS),
  openYearReview: write(ADMIN_ONLY),
  closeYear: write(ADMIN_ONLY),
  reopenYear: write(ADMIN_ONLY),
});

@Resolver()
export class YearCloseResolver {
  @Query(() => YearCloseStatus, { description: '年度封账: the state of a year and its editions' })
  async yearClose(@Arg('year', () => Int) year: number, @Ctx() ctx: GraphQLContext): Promise<YearCloseStatus> {
    const editions = await editionsOf(ctx, year);
    return { year, state: yearState(editions[0]), editions };
  }

  @Query(() => YearSnapshot, {
    nullable: true,
    description:
      'The sealed snapshot of a closed year (edition: the latest sealed one when omitted); null if never closed',
  })
  async yearSnapshot(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: GraphQLContext,
    @Arg('edition', () => Int, { nullable: true }) edition?: number,
  ): Promise<YearSnapshot | null> {
    const found = await yearSnapshot(ctx, year, edition);
    return found && { year: found.year, edition: found.edition, hash: found.hash, snapshot: found.json };
  }

  @Query(() => [YearCorrection], {
    description: '封账后更正: the county’s changes to records of a closed year, latest first',
  })
  yearCorrections(@Arg('year', () => Int) year: number, @Ctx() ctx: GraphQLContext): Promise<YearCorrection[]> {
    return yearCorrections(ctx, year);
  }

  @Query(() => [YearDriftRow], {
    description:
      '偏差: per township and metric, the latest sealed figure beside what the records give now (only where they differ)',
  })
  yearDrift(@Arg('year', () => Int) year: number, @Ctx() ctx: GraphQLContext): Promise<DriftRow[]> {
    return yearDrift(ctx, year);
  }

  @Mutation(() => YearEdition, { description: '开启核对: townships check the year’s figures before it is closed' })
  openYearReview(@Arg('year', () => Int) year: number, @Ctx() ctx: GraphQLContext): Promise<YearEdition> {
    return openYearReview(ctx, year);
  }

  @Mutation(() => YearEdition, {
    description:
      '封账: seals every figure of the year in a snapshot with its SHA-256; open objections hold it back unless overObjections with a note',
  })
  closeYear(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: GraphQLContext,
    @Arg('note', () => String, { nullable: true }) note?: string,
    @Arg('overObjections', () => Boolean, {
      nullable: true,
      description: 'Close although objections are still open (the note then says why)',
    })
    overObjections?: boolean,
  ): Promise<YearEdition> {
    return closeYear(ctx, year, note, overObjections);
  }

  @Mutation(() => YearEdition, {
    description: '重新开启 (reason required): the year is open again; its snapshot stays readable',
  })
  reopenYear(
    @Arg('year', () => Int) year: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<YearEdition> {
    return reopenYear(ctx, year, reason);
  }
}
