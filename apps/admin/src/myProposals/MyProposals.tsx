import AssignmentIcon from '@mui/icons-material/Assignment';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { storedUser } from '../authProvider';

/** 我的交办提案 — the handling unit's page; a placeholder until proposals land in the API. */
export const MyProposals = () => {
  const translate = useTranslate();
  useGetIdentity();
  const unit = storedUser()?.handlingUnit?.name;
  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate('cppcc.my_proposals.title')} />
      <Card variant="outlined" sx={{ maxWidth: 720 }}>
        <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
          <AssignmentIcon color="primary" fontSize="large" />
          <Box>
            <Typography variant="h6" gutterBottom>
              {translate('cppcc.my_proposals.title')}
            </Typography>
            {unit && (
              <Typography variant="body2" color="text.secondary" gutterBottom>
                {translate('cppcc.my_proposals.unit', { name: unit })}
              </Typography>
            )}
            <Typography variant="body1">{translate('cppcc.my_proposals.body')}</Typography>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};
