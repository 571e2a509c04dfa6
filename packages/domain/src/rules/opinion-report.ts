import { OpinionStatus, type GovernmentLevel } from '../enums';
import type { FieldError } from './field-error';
import { workDate } from './calendar';
import { dateOrder, optionalText, requiredText } from './registry';

export interface OpinionReportFields {
  title: string | null | undefined;
  content?: string | null;
  submittedOn: string | null | undefined;
  status: OpinionStatus | null | undefined;
  adoptionLevel?: GovernmentLevel | null;
  adoptedOn?: string | null;
  leaderInstruction?: boolean | null;
  instructionLevel?: GovernmentLevel | null;
  publishedIssue?: string | null;
}

/**
 * Errors of a 社情民意信息, empty when valid: an adopted report has its adoption level
 * (采用级别), and only an adopted one has a level or adoption date, which is not before
 * submission; a leader instruction (领导批示) has its level, and there is no level without one.
 */
export function opinionReportErrors(r: OpinionReportFields, prefix = 'input'): FieldError[] {
  const f = (name: string) => `${prefix}.${name}`;
  const adopted = r.status === OpinionStatus.ADOPTED;
  const errors: FieldError[] = [
    ...requiredText(f('title'), r.title, 200, '标题'),
    ...workDate(f('submittedOn'), r.submittedOn, '报送日期'),
    ...(r.status == null ? [{ field: f('status'), message: '状态不能为空' }] : []),
    ...optionalText(f('publishedIssue'), r.publishedIssue, 100, '刊发期号'),
    ...optionalText(f('content'), r.content, 20000, '内容'),
  ];
  if (adopted && r.adoptionLevel == null)
    errors.push({ field: f('adoptionLevel'), message: '已采用的信息须填写采用级别' });
  if (!adopted && r.adoptionLevel != null)
    errors.push({ field: f('adoptionLevel'), message: '只有已采用的信息才有采用级别' });
  if (!adopted && r.adoptedOn != null) errors.push({ field: f('adoptedOn'), message: '只有已采用的信息才有采用日期' });
  errors.push(...dateOrder(f('adoptedOn'), r.submittedOn, r.adoptedOn, '采用日期不能早于报送日期'));
  if (r.leaderInstruction && r.instructionLevel == null)
    errors.push({ field: f('instructionLevel'), message: '有领导批示时须填写批示级别' });
  if (!r.leaderInstruction && r.instructionLevel != null)
    errors.push({ field: f('instructionLevel'), message: '没有领导批示时不能填写批示级别' });
  return errors;
}
