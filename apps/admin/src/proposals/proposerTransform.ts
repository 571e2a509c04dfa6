// Who proposes decides which fields the submission carries (the domain's proposerErrors):
// a member (领衔) for MEMBER and JOINT, co-signers for JOINT only, an organisation's name
// for PARTY_GROUP, COMMITTEE and SECTOR. The year goes with a session only.
import { isOrganisationProposer, ProposerKind } from '@cppcc/domain';

export function proposerTransform<T extends Record<string, unknown>>(data: T): T {
  const out: Record<string, unknown> = { ...data };
  const kind = out.proposerKind as ProposerKind;
  if (isOrganisationProposer(kind)) {
    out.leadMemberId = null;
    out.coSignerIds = null;
  } else {
    out.proposerOrgName = null;
    if (kind !== ProposerKind.JOINT) out.coSignerIds = null;
  }
  if (!(typeof out.session === 'string' && out.session.trim())) {
    out.session = null;
    out.year = null;
  }
  return out as T;
}
