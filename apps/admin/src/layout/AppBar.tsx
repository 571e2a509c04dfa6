import { Box, Chip, Typography } from '@mui/material';
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import { enumLabel } from '@cppcc/domain';

const RoleChip = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (!identity?.role) return null;
  const role = translate(`enum.Role.${identity.role}`, { _: enumLabel('Role', identity.role as string) });
  const label = identity.township ? `${role} · ${identity.township}` : role;
  return (
    <Chip
      size="small"
      label={label}
      sx={{ color: 'inherit', borderColor: 'rgba(255,255,255,0.5)', mr: 1, display: { xs: 'none', md: 'flex' } }}
      variant="outlined"
    />
  );
};

export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar
      userMenu={
        <UserMenu>
          <Logout />
        </UserMenu>
      }
      toolbar={
        <>
          <RoleChip />
          <LocalesMenuButton />
          <LoadingIndicator />
        </>
      }
    >
      <Typography
        variant="subtitle1"
        component="span"
        sx={{ fontWeight: 600, whiteSpace: 'nowrap', mr: 2, display: { xs: 'none', sm: 'block' } }}
      >
        {translate('cppcc.title')}
      </Typography>
      <Box component="span" sx={{ opacity: 0.6, mr: 2, display: { xs: 'none', sm: 'block' } }}>
        |
      </Box>
      <TitlePortal variant="subtitle1" />
    </RaAppBar>
  );
};
