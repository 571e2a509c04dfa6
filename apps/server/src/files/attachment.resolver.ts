import { Role } from '@cppcc/domain';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ALL_ROLES, allow, read, write } from '../core/access';
import type { GraphQLContext } from '../core/context';
import { toId } from '../core/record-store';
import { Attachment } from './attachment.entity';
import { attachmentsOf, discardAttachment } from './attachment.service';

// Reading follows the owning record (its own rule and row scope, core/attachment-owners.ts);
// uploading (POST /files, files/file-routes.ts) and discarding one's upload are the writers' who keep files.
allow({
  attachments: read(ALL_ROLES),
  discardAttachment: write([Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.HANDLING_UNIT]),
});

@Resolver(() => Attachment)
export class AttachmentResolver {
  @Query(() => [Attachment], {
    nullable: true,
    description:
      'The attachments of a record (ownerType Proposal, OpinionReport, Activity …), oldest first; null, as proposal(id) is, when the caller may not read the record',
  })
  async attachments(
    @Arg('ownerType', () => String) ownerType: string,
    @Arg('ownerId', () => ID) ownerId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Attachment[] | null> {
    const n = Number(ownerId);
    return Number.isSafeInteger(n) && n > 0 ? attachmentsOf(ctx, ownerType, n) : null;
  }

  @Mutation(() => Boolean, {
    description: 'Deletes an upload of yours that no record holds yet (POST /files made it); false when there is none',
  })
  discardAttachment(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return discardAttachment(ctx, ctx.settings.fileStore ?? null, toId(id));
  }
}
