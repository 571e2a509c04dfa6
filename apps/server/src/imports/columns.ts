import {
  ACTIVITY_KIND_LABELS,
  ATTENDANCE_LABELS,
  CONSULTATION_SCALE_LABELS,
  GENDER_LABELS,
  GOVERNMENT_LEVEL_LABELS,
  MEETING_KIND_LABELS,
  MEMBER_KIND_LABELS,
  MEMBER_STATUS_LABELS,
  POLITICAL_AFFILIATION_LABELS,
  type LabelMap,
} from '@cppcc/domain';
import { parseCount, parseDate, parseEnum, splitNames, type ColumnSpec, type Lookups } from './cells';

type Input = Record<string, unknown>;

const text = (header: string, field: string, example: string, required = false): ColumnSpec<Input> => ({
  header,
  field,
  required,
  example,
  apply: (value, input) => {
    input[field] = value;
    return null;
  },
});

const date = (header: string, field: string, example: string, required = false): ColumnSpec<Input> => ({
  header,
  field,
  required,
  example,
  apply: (value, input) => {
    const iso = parseDate(value);
    if (!iso) return `${header}「${value}」不是有效日期（如 2024-03-05）`;
    input[field] = iso;
    return null;
  },
});

const choice = <T extends string>(
  header: string,
  field: string,
  labels: LabelMap<T>,
  example: string,
  required = false,
): ColumnSpec<Input> => ({
  header,
  field,
  required,
  example,
  apply: (value, input) => {
    const code = parseEnum(value, labels);
    if (!code) return `${header}「${value}」应为：${Object.values(labels).join('、')}`;
    input[field] = code;
    return null;
  },
});

const count = (header: string, field: string, example: string): ColumnSpec<Input> => ({
  header,
  field,
  example,
  apply: (value, input) => {
    const n = parseCount(value);
    if (n == null) return `${header}「${value}」应为非负整数`;
    input[field] = n;
    return null;
  },
});

const named = (
  header: string,
  field: string,
  map: (l: Lookups) => Map<string, number>,
  what: string,
  example: string,
  required = false,
): ColumnSpec<Input> => ({
  header,
  field,
  required,
  example,
  apply: (value, input, lookups) => {
    const id = map(lookups).get(value);
    if (id == null) return `${what}「${value}」不存在`;
    input[field] = String(id);
    return null;
  },
});

export const MEMBER_COLUMNS: ColumnSpec<Input>[] = [
  text('姓名', 'name', '张明', true),
  choice('性别', 'gender', GENDER_LABELS, '男', true),
  text('民族', 'ethnicity', '汉族'),
  date('出生日期', 'birthDate', '1975-06-01'),
  choice('政治面貌', 'affiliation', POLITICAL_AFFILIATION_LABELS, '中共', true),
  named('界别', 'sectorId', (l) => l.sectors, '界别', '经济界', true),
  named('所在乡镇', 'townshipId', (l) => l.townships, '乡镇', '高塘镇', true),
  choice('委员类别', 'kind', MEMBER_KIND_LABELS, '县政协委员', true),
  text('届别', 'term', '第十一届', true),
  choice('状态', 'status', MEMBER_STATUS_LABELS, '在任'),
  text('工作单位', 'workUnit', '高塘镇中心小学'),
  text('职务', 'title', '校长'),
  text('联系电话', 'phone', '13912345678'),
  // Every member's history starts on a date; a former member's ends on one (docs/domain.md, tenure).
  date('加入日期', 'joinedOn', '2022-01-10', true),
  date('离任日期', 'leftOn', ''),
  text('离任原因', 'leaveReason', ''),
];

/** Participants by name, looked up in the activity's township (all townships for county activities). */
const participants: ColumnSpec<Input> = {
  header: '出席委员',
  field: 'participants',
  example: '张明、李华',
  apply: (value, input, lookups) => {
    const townshipId = input.townshipId == null ? null : Number(input.townshipId);
    const pools =
      townshipId == null
        ? [...lookups.membersByTownship.values()]
        : [lookups.membersByTownship.get(townshipId) ?? new Map()];
    const list: { memberId: string; attendance: string }[] = [];
    for (const name of splitNames(value)) {
      const ids = pools.flatMap((pool) => pool.get(name) ?? []);
      if (ids.length === 0) return `委员「${name}」在该乡镇不存在`;
      if (ids.length > 1) return `委员「${name}」重名，请在系统中逐一添加`;
      list.push({ memberId: String(ids[0]), attendance: 'PRESENT' });
    }
    input.participants = list;
    return null;
  },
};

// The organising township must be read before participants: the order here is the order applied.
export const ACTIVITY_COLUMNS: ColumnSpec<Input>[] = [
  choice('活动类型', 'kind', ACTIVITY_KIND_LABELS, '协商', true),
  text('活动名称', 'title', '关于人居环境整治的专题协商会', true),
  date('活动日期', 'heldOn', '2025-04-18', true),
  named('组织乡镇', 'townshipId', (l) => l.townships, '乡镇', '高塘镇'),
  text('地点', 'location', '镇政府三楼会议室'),
  text('主题', 'topic', '人居环境整治'),
  choice('会议类型', 'meetingKind', MEETING_KIND_LABELS, ''),
  choice('协商规模', 'consultationScale', CONSULTATION_SCALE_LABELS, '大协商'),
  count('提出建议数', 'suggestionsMade', '6'),
  count('采纳建议数', 'suggestionsAdopted', '4'),
  text('采纳证明材料', 'claimEvidence', '县农业农村局2024年3月函'),
  text('调研报告标题', 'reportTitle', ''),
  count('捐款金额（元）', 'donationYuan', ''),
  choice('宣传级别', 'outletLevel', GOVERNMENT_LEVEL_LABELS, ''),
  participants,
  text('备注', 'notes', ''),
];

/** Attendance labels are not a column (everyone listed attended); kept for the template's notes. */
export const ATTENDANCE_NOTE = `出席委员按“${ATTENDANCE_LABELS.PRESENT}”记录；请假、缺席请在系统中修改。`;
