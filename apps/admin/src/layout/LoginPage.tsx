import { Box, Typography } from '@mui/material';
import { Login, LoginForm, useTranslate } from 'react-admin';

export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login sx={{ background: 'linear-gradient(160deg, #8e1b1b 0%, #b23a2e 45%, #e9d8b4 100%)' }}>
      <Box sx={{ px: 2, pt: 1, textAlign: 'center' }}>
        <Typography variant="h6" component="h1" sx={{ fontWeight: 600 }}>
          {translate('cppcc.login.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('cppcc.login.subtitle')}
        </Typography>
      </Box>
      <LoginForm />
    </Login>
  );
};
