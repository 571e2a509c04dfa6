import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root, Int } from 'type-graphql';
import { SupervisionPhase, isSupervisionComplete, recordablePhases } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { createCrudResolver } from '../core/crud-resolver';
import { ADMIN_ONLY, allow, read, write } from '../core/access';
import { toId } from '../core/record-store';
import { DateScalar } from '../core/scalars';
import { HandlingUnit } from '../handling-units/handling-unit.entity';
import { RectificationItem, SupervisionTarget } from './supervision.entity';
import {
  SupervisionEvaluationInput,
  SupervisionTargetFilter,
  SupervisionTargetInput,
  SupervisionTargetPatch,
  SupervisionTargetSortField,
} from './supervision-target.inputs';
import { supervisionTargetService } from './supervision-target.service';
import { recordEvaluation, recordPhase } from './supervision-verbs';
import { recordedPhases } from './supervision-phases';
import { SUPERVISION_READERS } from './supervision-access';
import { EXPECTED_VERSION_DESCRIPTION } from '../core/versioned-record';

const Base = createCrudResolver(
  {
    name: 'SupervisionTarget',
    plural: 'supervisionTargets',
    entity: SupervisionTarget,
    filter: SupervisionTargetFilter,
    sortField: SupervisionTargetSortField,
    input: SupervisionTargetInput,
    patch: SupervisionTargetPatch,
    deleteDescription: 'Deletes the target and its rectification items',
    access: {
      read: read(SUPERVISION_READERS),
      create: write(ADMIN_ONLY),
      update: write(ADMIN_ONLY),
      delete: write(ADMIN_ONLY),
    },
  },
  supervisionTargetService,
);

allow({ recordSupervisionPhase: write(ADMIN_ONLY), recordSupervisionEvaluation: write(ADMIN_ONLY) });

@Resolver(() => SupervisionTarget)
export class SupervisionTargetResolver extends Base {
  @FieldResolver(() => HandlingUnit, { nullable: true })
  unit(
    @Root() target: SupervisionTarget,
    @Ctx() ctx: GraphQLContext,
  ): HandlingUnit | null | Promise<HandlingUnit | null> {
    return ctx.loaders.reference(HandlingUnit, target.unitId);
  }

  @FieldResolver(() => [SupervisionPhase], { description: 'Phases recorded, in order' })
  phases(@Root() target: SupervisionTarget): SupervisionPhase[] {
    return recordedPhases(target);
  }

  @FieldResolver(() => [SupervisionPhase], { description: 'Phases that may be recorded next' })
  nextPhases(@Root() target: SupervisionTarget): SupervisionPhase[] {
    return recordablePhases(recordedPhases(target));
  }

  @FieldResolver({ description: 'Plan check, mid-year urging and evaluation all recorded (look-back is optional)' })
  complete(@Root() target: SupervisionTarget): boolean {
    return isSupervisionComplete(recordedPhases(target));
  }

  @FieldResolver(() => [RectificationItem])
  rectificationItems(@Root() target: SupervisionTarget, @Ctx() ctx: GraphQLContext): Promise<RectificationItem[]> {
    return ctx.loaders.manyBy(RectificationItem, 'targetId').load(target.id);
  }

  @Mutation(() => SupervisionTarget, {
    description:
      'Records a phase in order (早期检查 → 中期督促 → 后期评议 → 回头看); out of order or twice: INVALID_TRANSITION',
  })
  recordSupervisionPhase(
    @Arg('id', () => ID) id: string,
    @Arg('phase', () => SupervisionPhase) phase: SupervisionPhase,
    @Arg('on', () => DateScalar) on: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('notes', () => String, { nullable: true }) notes?: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION_DESCRIPTION })
    expectedVersion?: number,
  ): Promise<SupervisionTarget> {
    return recordPhase(ctx, toId(id), phase, on, notes, expectedVersion);
  }

  @Mutation(() => SupervisionTarget, {
    description:
      'Records or corrects the evaluation figures; needs the EVALUATION phase recorded (else INVALID_TRANSITION)',
  })
  recordSupervisionEvaluation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SupervisionEvaluationInput) input: SupervisionEvaluationInput,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION_DESCRIPTION })
    expectedVersion?: number,
  ): Promise<SupervisionTarget> {
    return recordEvaluation(ctx, toId(id), input, expectedVersion);
  }
}
