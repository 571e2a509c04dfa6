import { ProposalStatus } from '../enums';
import type { FieldError } from './field-error';
import { optionalText, phone } from './registry';

// Lead and co-units (主办 / 会办, docs/domain.md): a co-unit sends its 会办意见 to the lead unit and
// never moves the proposal; the lead unit's reply (办复) does. Unless the county allowed it when
// assigning, the lead replies only once every co-unit has sent its opinion or the county waived it.

export const CO_UNIT_OPINION_MAX = 5000;
export const WAIVER_NOTE_MAX = 500;

/** Where a co-unit's part stands, as the reply gate sees it. */
export interface CoUnitPart {
  readonly unitName: string;
  readonly opinionOn: string | null;
  readonly waivedOn: string | null;
}

type OpinionState = Pick<CoUnitPart, 'opinionOn' | 'waivedOn'>;

/** Co-units whose 会办意见 is still missing and not waived. */
export function pendingCoUnits<P extends OpinionState>(parts: readonly P[]): P[] {
  return parts.filter((p) => !p.opinionOn && !p.waivedOn);
}

/** The co-units holding the lead unit's reply back: the pending ones, unless the county allowed the reply before. */
export function coUnitsHoldingReply<P extends OpinionState>(parts: readonly P[], replyBeforeCoUnits: boolean): P[] {
  return replyBeforeCoUnits ? [] : pendingCoUnits(parts);
}

/** Why the lead unit may not reply yet, or null when it may. */
export function replyGateReason(parts: readonly CoUnitPart[], replyBeforeCoUnits: boolean): string | null {
  const holding = coUnitsHoldingReply(parts, replyBeforeCoUnits).map((p) => p.unitName);
  return holding.length
    ? `会办单位${holding.join('、')}尚未提交会办意见，主办单位暂不能答复；如需先行答复，请县政协办公室免除该会办单位的意见`
    : null;
}

/** While the units handle it: assigned and not yet replied, or sent back for re-handling. */
export function isInHandling(status: ProposalStatus): boolean {
  return status === ProposalStatus.ASSIGNED || status === ProposalStatus.REHANDLING;
}

const tooLong = (field: string, text: string, max: number): FieldError[] =>
  text.length > max ? [{ field, message: `不能超过 ${max} 个字` }] : [];

/** A 会办意见 has its text. */
export function coUnitOpinionErrors(text: string | null | undefined, prefix = 'input'): FieldError[] {
  const t = text?.trim() ?? '';
  if (!t) return [{ field: `${prefix}.text`, message: '请填写会办意见' }];
  return tooLong(`${prefix}.text`, t, CO_UNIT_OPINION_MAX);
}

/** The county waives a co-unit's missing opinion with a note, and only a missing one. */
export function waiverErrors(part: CoUnitPart | null, note: string | null | undefined, prefix = 'input'): FieldError[] {
  if (!part) return [{ field: `${prefix}.unitId`, message: '该单位不是本提案的会办单位' }];
  if (part.opinionOn) return [{ field: `${prefix}.unitId`, message: `${part.unitName}已提交会办意见，无需免除` }];
  const t = note?.trim() ?? '';
  if (!t) return [{ field: `${prefix}.note`, message: '请说明免除该会办单位意见的理由' }];
  return tooLong(`${prefix}.note`, t, WAIVER_NOTE_MAX);
}

/** The letterhead of a reply (答复函): 文号, 签发人, 联系人 and phone, each optional and bounded. */
export function replyLetterErrors(
  input: {
    docNo?: string | null;
    signer?: string | null;
    contactPerson?: string | null;
    contactPhone?: string | null;
  },
  prefix = 'input',
): FieldError[] {
  return [
    ...optionalText(`${prefix}.docNo`, input.docNo, 60, '文号'),
    ...optionalText(`${prefix}.signer`, input.signer, 50, '签发人'),
    ...optionalText(`${prefix}.contactPerson`, input.contactPerson, 50, '联系人'),
    ...phone(`${prefix}.contactPhone`, input.contactPhone),
  ];
}
