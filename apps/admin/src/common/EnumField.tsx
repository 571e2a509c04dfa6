import { SelectField, type SelectFieldProps } from 'react-admin';
import type { EnumName } from '@cppcc/domain';
import { enumChoices } from './enumChoices';

export type EnumFieldProps = Omit<SelectFieldProps, 'choices'> & { enumName: EnumName };

/** An enum value shown with its Chinese label from @cppcc/domain. */
export const EnumField = ({ enumName, ...props }: EnumFieldProps) => (
  <SelectField {...props} choices={enumChoices(enumName)} />
);
