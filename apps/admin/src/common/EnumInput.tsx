import { SelectInput, type SelectInputProps } from 'react-admin';
import type { EnumName } from '@cppcc/domain';
import { enumChoices } from './enumChoices';

export type EnumInputProps = Omit<SelectInputProps, 'choices'> & { enumName: EnumName };

/** A select over an API enum, labelled from @cppcc/domain. */
export const EnumInput = ({ enumName, ...props }: EnumInputProps) => (
  <SelectInput {...props} choices={enumChoices(enumName)} />
);
