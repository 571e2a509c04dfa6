import { SelectInput, type SelectInputProps } from 'react-admin';
import { yearChoices } from './years';

/** A year among the recent ones (filters and forms). */
export const YearInput = (props: Omit<SelectInputProps, 'choices'>) => (
  <SelectInput choices={yearChoices(10)} {...props} />
);
