import { ActivityKind } from '../enums';
import type { ConsultationScale, MeetingKind } from '../enums';
import type { FieldError } from './field-error';
import { nonNegativeCount, workDate } from './calendar';
import { optionalText, requiredText } from './registry';

/** The fields of a 履职活动 that its rules look at (the record as it would be stored). */
export interface ActivityFields {
  kind: ActivityKind | null | undefined;
  title: string | null | undefined;
  heldOn: string | null | undefined;
  meetingKind?: MeetingKind | null;
  consultationScale?: ConsultationScale | null;
  location?: string | null;
  topic?: string | null;
  reportTitle?: string | null;
  submittedTo?: string | null;
  suggestionsMade?: number | null;
  suggestionsAdopted?: number | null;
  peopleReached?: number | null;
  opinionsCollected?: number | null;
  donationYuan?: number | null;
  beneficiaries?: number | null;
  piecesSubmitted?: number | null;
}

const COUNTS: readonly { key: keyof ActivityFields; label: string }[] = [
  { key: 'suggestionsMade', label: '提出意见建议数' },
  { key: 'suggestionsAdopted', label: '被采纳建议数' },
  { key: 'peopleReached', label: '走访人数' },
  { key: 'opinionsCollected', label: '收集意见数' },
  { key: 'beneficiaries', label: '受益人数' },
  { key: 'piecesSubmitted', label: '报送篇数' },
];

/**
 * Errors of an activity, empty when valid. A MEETING needs its meeting kind and a
 * CONSULTATION its scale (大协商/微协商); these two classify the record for the county's
 * metrics, so other kinds may not carry them. Counts are whole numbers ≥ 0, donations are
 * whole yuan ≥ 0, and no more suggestions can be adopted than were made.
 */
export function activityErrors(a: ActivityFields, prefix = 'input'): FieldError[] {
  const f = (name: string) => `${prefix}.${name}`;
  const errors: FieldError[] = [
    ...(a.kind == null ? [{ field: f('kind'), message: '活动类型不能为空' }] : []),
    ...requiredText(f('title'), a.title, 200, '活动名称'),
    ...workDate(f('heldOn'), a.heldOn, '活动日期'),
    ...optionalText(f('location'), a.location, 200, '地点'),
    ...optionalText(f('topic'), a.topic, 200, '主题'),
    ...optionalText(f('reportTitle'), a.reportTitle, 300, '报告标题'),
    ...optionalText(f('submittedTo'), a.submittedTo, 50, '报送单位'),
  ];
  if (a.kind === ActivityKind.MEETING && a.meetingKind == null) errors.push({ field: f('meetingKind'), message: '会议须填写会议类型' });
  if (a.kind !== ActivityKind.MEETING && a.meetingKind != null) errors.push({ field: f('meetingKind'), message: '只有会议可填写会议类型' });
  if (a.kind === ActivityKind.CONSULTATION && a.consultationScale == null) errors.push({ field: f('consultationScale'), message: '协商须填写规模（大协商/微协商）' });
  if (a.kind !== ActivityKind.CONSULTATION && a.consultationScale != null) errors.push({ field: f('consultationScale'), message: '只有协商可填写协商规模' });
  for (const { key, label } of COUNTS) errors.push(...nonNegativeCount(f(key), a[key] as number | null | undefined, label));
  const donation = a.donationYuan;
  if (donation != null && !(Number.isInteger(donation) && donation >= 0)) {
    errors.push({ field: f('donationYuan'), message: '捐赠金额须为非负整数（元），不能为负数' });
  }
  const made = a.suggestionsMade ?? 0;
  const adopted = a.suggestionsAdopted ?? 0;
  if (Number.isInteger(made) && Number.isInteger(adopted) && made >= 0 && adopted > made) {
    errors.push({ field: f('suggestionsAdopted'), message: `被采纳建议数（${adopted}）不能多于提出的建议数（${made}）` });
  }
  return errors;
}
