// Select choices for API enums, in the domain package's order. The names are translation
// keys (`enum.MemberKind.COUNTY_MEMBER`) whose Chinese text is the domain's ENUM_LABELS.
import { ENUM_LABELS, labelOptions, type EnumName, type LabelMap } from '@cppcc/domain';

export interface Choice {
  id: string;
  name: string;
}

const cache = new Map<EnumName, Choice[]>();

export function enumChoices(name: EnumName): Choice[] {
  let choices = cache.get(name);
  if (!choices) {
    const map = ENUM_LABELS[name] as LabelMap<string>;
    choices = labelOptions(map).map(({ value }) => ({ id: value, name: `enum.${name}.${value}` }));
    cache.set(name, choices);
  }
  return choices;
}
