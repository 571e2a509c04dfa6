// A report's adoption level and date belong to adopted reports only, the instruction level
// to reports with a leader instruction only (the domain's opinionReportErrors): clear them otherwise.
import { OpinionStatus } from '@cppcc/domain';

export function opinionTransform<T extends Record<string, unknown>>(data: T): T {
  const out: Record<string, unknown> = { ...data };
  if (out.status !== OpinionStatus.ADOPTED) {
    out.adoptionLevel = null;
    out.adoptedOn = null;
  }
  if (!out.leaderInstruction) out.instructionLevel = null;
  return out as T;
}
