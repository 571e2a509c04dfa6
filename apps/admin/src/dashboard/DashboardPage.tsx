import { Box, Card, CardContent, CardHeader, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Title, useGetIdentity, useGetList, useTranslate } from 'react-admin';
import { enumLabel } from '@cppcc/domain';
import { useWho } from '../common/useWho';
import { canRead, fixedTownshipFilter } from '../permissions';
import type { ResourceName } from '../resources';

const CountCard = ({ resource, label }: { resource: ResourceName; label?: string }) => {
  const translate = useTranslate();
  const { total, isPending } = useGetList(resource, { pagination: { page: 1, perPage: 1 } });
  return (
    <Card variant="outlined" sx={{ flex: '1 1 160px', minWidth: 150 }}>
      <CardContent component={RouterLink} to={`/${resource}`} sx={{ display: 'block', color: 'inherit', textDecoration: 'none' }}>
        <Typography variant="body2" color="text.secondary">
          {label ? translate(label) : translate(`resources.${resource}.name`, { smart_count: 2 })}
        </Typography>
        <Typography variant="h4" component="p" sx={{ fontWeight: 600 }}>
          {isPending ? '…' : (total ?? 0)}
        </Typography>
      </CardContent>
    </Card>
  );
};

const MembersByTownship = () => {
  const translate = useTranslate();
  const { data, isPending } = useGetList<{ id: string; name: string; memberCount: number }>('townships', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'sortOrder', order: 'ASC' },
  });
  return (
    <Card variant="outlined">
      <CardHeader title={translate('cppcc.dashboard.members_by_township')} titleTypographyProps={{ variant: 'subtitle1', fontWeight: 600 }} />
      <CardContent sx={{ height: 320 }}>
        {isPending ? (
          <Typography color="text.secondary">{translate('cppcc.dashboard.loading')}</Typography>
        ) : (
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data ?? []} margin={{ top: 8, right: 16, bottom: 48, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" interval={0} angle={-35} textAnchor="end" tick={{ fontSize: 12 }} />
              <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
              <Tooltip formatter={(v) => [v as number, translate('resources.townships.fields.memberCount')]} />
              <Bar dataKey="memberCount" fill="#a3231f" radius={[3, 3, 0, 0]} />
            </BarChart>
          </ResponsiveContainer>
        )}
      </CardContent>
    </Card>
  );
};

const DashboardPage = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { who } = useWho();
  const resources: ResourceName[] = ['members', 'townships', 'sectors', 'committees', 'handlingUnits'];
  return (
    <Box sx={{ p: { xs: 1, md: 2 }, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title={translate('cppcc.dashboard.title')} />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6">{translate('cppcc.dashboard.welcome', { name: identity?.fullName ?? '' })}</Typography>
          {who && (
            <Typography variant="body2" color="text.secondary">
              {translate('cppcc.dashboard.role_line', { role: translate(`enum.Role.${who.role}`, { _: enumLabel('Role', who.role) }) })}
              {identity?.township ? ` · ${identity.township as string}` : ''}
            </Typography>
          )}
        </CardContent>
      </Card>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        {resources.filter((r) => canRead(who, r)).map((r) => (
          <CountCard key={r} resource={r} label={r === 'members' && fixedTownshipFilter(who) ? 'cppcc.members.own_township' : undefined} />
        ))}
      </Box>
      {canRead(who, 'townships') && <MembersByTownship />}
      <Typography variant="body2" color="text.secondary">
        {translate('cppcc.dashboard.coming')}
      </Typography>
    </Box>
  );
};

export default DashboardPage;
