import LockIcon from '@mui/icons-material/Lock';
import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { YearState } from '@cppcc/domain';
import { useGqlQuery } from '../common/useGql';
import { YEAR_CLOSE } from './yearCloseApi';

/** 已封账 / 核对中 beside a year's figures; nothing while the year is simply open. */
export const YearStateChip = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const { data } = useGqlQuery(['yearClose', year], YEAR_CLOSE, { year });
  const status = data?.yearClose;
  if (!status || status.state === YearState.OPEN || status.state === YearState.REOPENED) return null;
  const closed = status.state === YearState.CLOSED;
  return (
    <Chip
      size="small"
      color={closed ? 'success' : 'warning'}
      icon={closed ? <LockIcon /> : undefined}
      label={translate(closed ? 'cppcc.year_close.closed_chip' : 'cppcc.year_close.review_chip', {
        year,
        edition: status.editions[0]?.edition ?? 1,
      })}
    />
  );
};
