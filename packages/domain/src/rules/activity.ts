import { ActivityKind } from '../enums';
import type { ConsultationScale, GovernmentLevel, MeetingKind } from '../enums';
import { ACTIVITY_KIND_LABELS } from '../labels';
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
  outletLevel?: GovernmentLevel | null;
  piecesSubmitted?: number | null;
}

/** The fields only some kinds carry (docs/domain.md's table of 履职活动); the rest belong to every kind. */
export const KIND_SPECIFIC_FIELDS = [
  'meetingKind',
  'consultationScale',
  'topic',
  'reportTitle',
  'submittedTo',
  'suggestionsMade',
  'suggestionsAdopted',
  'peopleReached',
  'opinionsCollected',
  'donationYuan',
  'beneficiaries',
  'outletLevel',
  'piecesSubmitted',
] as const satisfies readonly (keyof ActivityFields)[];

export type KindField = (typeof KIND_SPECIFIC_FIELDS)[number];

export const KIND_FIELD_LABELS: Readonly<Record<KindField, string>> = {
  meetingKind: '会议类型',
  consultationScale: '协商规模',
  topic: '主题',
  reportTitle: '报告标题',
  submittedTo: '报送单位',
  suggestionsMade: '提出意见建议数',
  suggestionsAdopted: '被采纳建议数',
  peopleReached: '走访人数',
  opinionsCollected: '收集意见数',
  donationYuan: '捐赠金额',
  beneficiaries: '受益人数',
  outletLevel: '宣传级别',
  piecesSubmitted: '报送篇数',
};

const SUGGESTIONS: readonly KindField[] = ['suggestionsMade', 'suggestionsAdopted'];

/**
 * Which kind-specific fields each kind carries. The console shows only these, the API and the
 * import refuse the others, and the data check lists stored rows that carry others — a
 * donation on a study session would otherwise be summed into the county's metrics.
 */
export const ACTIVITY_KIND_FIELDS: Readonly<Record<ActivityKind, readonly KindField[]>> = {
  [ActivityKind.STUDY]: ['topic'],
  [ActivityKind.MEETING]: ['meetingKind'],
  [ActivityKind.CONSULTATION]: ['consultationScale', 'topic', ...SUGGESTIONS],
  [ActivityKind.INSPECTION]: ['reportTitle', ...SUGGESTIONS],
  [ActivityKind.RESEARCH]: ['reportTitle', 'submittedTo', ...SUGGESTIONS],
  [ActivityKind.VISIT]: ['peopleReached', 'opinionsCollected', ...SUGGESTIONS],
  [ActivityKind.CHARITY]: ['donationYuan', 'beneficiaries'],
  [ActivityKind.PUBLICITY]: ['outletLevel'],
  [ActivityKind.CULTURAL_HISTORY]: ['piecesSubmitted'],
  [ActivityKind.TRAINING]: [],
};

/** Fields a kind cannot do without: they classify the record for the county's metrics. */
export const REQUIRED_KIND_FIELDS: Partial<Record<ActivityKind, readonly KindField[]>> = {
  [ActivityKind.MEETING]: ['meetingKind'],
  [ActivityKind.CONSULTATION]: ['consultationScale'],
};

/** Counts stored as NOT NULL DEFAULT 0: 0 is "not given". */
export const ZERO_WHEN_ABSENT: readonly KindField[] = ['suggestionsMade', 'suggestionsAdopted', 'donationYuan'];

export function kindFields(kind: unknown): readonly KindField[] {
  return ACTIVITY_KIND_FIELDS[kind as ActivityKind] ?? [];
}

function isGiven(field: KindField, value: unknown): boolean {
  if (value == null || value === '') return false;
  return !(ZERO_WHEN_ABSENT.includes(field) && value === 0);
}

/** The kind-specific fields an activity carries that its kind does not (in KIND_SPECIFIC_FIELDS order). */
export function misplacedKindFields(a: Partial<Record<KindField, unknown>> & { kind?: unknown }): KindField[] {
  if (a.kind == null) return [];
  const own = kindFields(a.kind);
  return KIND_SPECIFIC_FIELDS.filter((field) => !own.includes(field) && isGiven(field, a[field]));
}

export function misplacedFieldMessage(kind: ActivityKind, field: KindField): string {
  const owners = (Object.keys(ACTIVITY_KIND_FIELDS) as ActivityKind[])
    .filter((k) => ACTIVITY_KIND_FIELDS[k].includes(field))
    .map((k) => ACTIVITY_KIND_LABELS[k]);
  return `${ACTIVITY_KIND_LABELS[kind] ?? kind}活动不填写${KIND_FIELD_LABELS[field]}（仅${owners.join('、')}活动填写），请清空`;
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
 * Errors of an activity, empty when valid. Each kind carries only its own fields
 * (ACTIVITY_KIND_FIELDS); a MEETING needs its meeting kind and a CONSULTATION its scale
 * (大协商/微协商). Counts are whole numbers ≥ 0, donations are whole yuan ≥ 0, and no more
 * suggestions can be adopted than were made.
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
  if (a.kind === ActivityKind.MEETING && a.meetingKind == null)
    errors.push({ field: f('meetingKind'), message: '会议须填写会议类型' });
  if (a.kind === ActivityKind.CONSULTATION && a.consultationScale == null)
    errors.push({ field: f('consultationScale'), message: '协商须填写规模（大协商/微协商）' });
  for (const field of misplacedKindFields(a))
    errors.push({ field: f(field), message: misplacedFieldMessage(a.kind as ActivityKind, field) });
  for (const { key, label } of COUNTS)
    errors.push(...nonNegativeCount(f(key), a[key] as number | null | undefined, label));
  const donation = a.donationYuan;
  if (donation != null && !(Number.isInteger(donation) && donation >= 0)) {
    errors.push({ field: f('donationYuan'), message: '捐赠金额须为非负整数（元），不能为负数' });
  }
  const made = a.suggestionsMade ?? 0;
  const adopted = a.suggestionsAdopted ?? 0;
  if (Number.isInteger(made) && Number.isInteger(adopted) && made >= 0 && adopted > made) {
    errors.push({
      field: f('suggestionsAdopted'),
      message: `被采纳建议数（${adopted}）不能多于提出的建议数（${made}）`,
    });
  }
  return errors;
}
