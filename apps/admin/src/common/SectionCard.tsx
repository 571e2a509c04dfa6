import { Card, CardContent, CardHeader } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled card of a page: the heading, an optional line under it, actions on the right. */
export const SectionCard = ({
  title,
  help,
  action,
  children,
}: {
  title: ReactNode;
  help?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
}) => (
  <Card variant="outlined" sx={{ minWidth: 0 }}>
    <CardHeader
      title={title}
      subheader={help}
      action={action}
      slotProps={{ title: { variant: 'subtitle1', fontWeight: 600 }, subheader: { variant: 'caption' } }}
      sx={{ pb: 0, flexWrap: 'wrap', gap: 1, '& .MuiCardHeader-action': { alignSelf: 'center', m: 0 } }}
    />
    <CardContent>{children}</CardContent>
  </Card>
);
