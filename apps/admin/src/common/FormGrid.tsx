import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** Inputs in two columns on wide screens, one on narrow ones. */
export const FormGrid = ({ children, columns = 2 }: { children: ReactNode; columns?: 2 | 3 }) => (
  <Box
    sx={{
      display: 'grid',
      gridTemplateColumns: { xs: '1fr', md: `repeat(${columns}, minmax(0, 1fr))` },
      columnGap: 2,
      width: '100%',
      maxWidth: columns === 3 ? 1200 : 880,
    }}
  >
    {children}
  </Box>
);

/** A section heading inside a form. */
export const FormSection = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" color="text.secondary" sx={{ mt: 1, mb: 0.5, fontWeight: 600 }}>
      {translate(title)}
    </Typography>
  );
};
