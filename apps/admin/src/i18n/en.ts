// English, for visitors and developers. react-admin's own messages come from ra-language-english;
// the app's keys must match zh.ts (AppMessages). Enum labels: the domain package only has
// Chinese wording, so English shows the enum value in plain words ("COUNTY_MEMBER" → "County member").
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { ENUM_LABELS } from '@cppcc/domain';
import type { AppMessages } from './zh';

const ACRONYMS: Record<string, string> = { CPC: 'CPC', A: 'A', B: 'B', C: 'C' };
const humanize = (value: string) => {
  if (ACRONYMS[value]) return ACRONYMS[value];
  const words = value.toLowerCase().split('_');
  return [words[0].charAt(0).toUpperCase() + words[0].slice(1), ...words.slice(1)].join(' ');
};

const enumLabels = Object.fromEntries(
  Object.entries(ENUM_LABELS).map(([name, labels]) => [name, Object.fromEntries(Object.keys(labels).map((v) => [v, humanize(v)]))]),
) as AppMessages['enum'];

const common = { id: 'ID', version: 'Version', createdAt: 'Created', updatedAt: 'Updated', q: 'Search' };

const app: AppMessages = {
  resources: {
    townships: {
      name: 'Township |||| Townships',
      fields: {
        ...common,
        name: 'Name',
        code: 'Division code',
        kind: 'Kind',
        bodyName: 'CPPCC body',
        bodyKind: 'Body kind',
        director: 'Director',
        sortOrder: 'Order',
        memberCount: 'Active members',
      },
    },
    sectors: {
      name: 'Sector |||| Sectors',
      fields: { ...common, name: 'Name', category: 'Category', sortOrder: 'Order', memberCount: 'Active members' },
    },
    committees: {
      name: 'Committee |||| Committees',
      fields: {
        ...common,
        name: 'Name',
        description: 'Description',
        sortOrder: 'Order',
        memberCount: 'Members',
        members: 'Roster',
        'members.memberId': 'Member',
        'members.role': 'Role',
        'members.member.township.name': 'Township',
        'members.member.sector.name': 'Sector',
      },
    },
    members: {
      name: 'Member |||| Members',
      fields: {
        ...common,
        name: 'Name',
        gender: 'Gender',
        ethnicity: 'Ethnicity',
        birthDate: 'Birth date',
        affiliation: 'Political affiliation',
        sectorId: 'Sector',
        'sector.name': 'Sector',
        townshipId: 'Township',
        'township.name': 'Township',
        kind: 'Kind',
        term: 'Term',
        status: 'Status',
        workUnit: 'Work unit',
        title: 'Position',
        phone: 'Phone',
        joinedOn: 'Joined on',
        leftOn: 'Left on',
        leaveReason: 'Reason for leaving',
        archivedAt: 'Archived at',
        includeArchived: 'Include archived',
        committeeId: 'Committee',
      },
      action: { delete: 'Archive' },
      message: {
        delete_title: 'Archive member "%{recordRepresentation}"',
        delete_content: 'The member leaves the roster; their proposals, attendance and other records stay and keep counting. Archive?',
        bulk_delete_title: 'Archive %{smart_count} members',
        bulk_delete_content: 'These members leave the roster; their records stay and keep counting. Archive %{smart_count} members?',
      },
      notifications: { deleted: 'Member archived |||| %{smart_count} members archived' },
    },
    handlingUnits: {
      name: 'Handling unit |||| Handling units',
      fields: {
        ...common,
        name: 'Name',
        shortName: 'Short name',
        kind: 'Kind',
        contactPerson: 'Contact person',
        contactPhone: 'Contact phone',
        archivedAt: 'Archived at',
        includeArchived: 'Include archived',
      },
      action: { delete: 'Archive' },
      message: {
        delete_title: 'Archive handling unit "%{recordRepresentation}"',
        delete_content: 'The unit receives no new assignments; its handling history stays. Archive?',
        bulk_delete_title: 'Archive %{smart_count} handling units',
        bulk_delete_content: 'These units receive no new assignments; their history stays. Archive?',
      },
      notifications: { deleted: 'Unit archived |||| %{smart_count} units archived' },
    },
  },
  enum: enumLabels,
  cppcc: {
    title: 'County CPPCC township work platform',
    shortTitle: 'CPPCC township work',
    tab: { details: 'Details', roster: 'Roster' },
    menu: { dashboard: 'Dashboard', registry: 'Organisation', myProposals: 'My assigned proposals' },
    login: { title: 'County CPPCC township work platform', subtitle: 'Sign in with the account issued by the CPPCC office' },
    user: { role: 'Role', township: 'Township', handlingUnit: 'Unit' },
    action: { archive: 'Archive', reload: 'Reload', keep_editing: 'Keep my changes', view_members: 'View members' },
    archive: { archived: 'Archived' },
    conflict: {
      title: 'Changed by someone else',
      content: 'Someone saved this record while you were editing; your changes are not saved. Reload shows the latest version (your changes are lost), or keep your changes to copy them first.',
    },
    members: {
      own_township: 'Members of my township',
      export_filename: 'members',
      section_basic: 'Basic information',
      section_cppcc: 'CPPCC identity',
      section_work: 'Work and contact',
      section_tenure: 'Tenure',
      archived_hint: 'This member is archived',
    },
    townships: {
      officer_hint: 'Township officers may change only their own CPPCC body (name, kind, director).',
    },
    committees: {
      roster_hint: 'Each member at most once; at most one director.',
      add_member: 'Add member',
    },
    dashboard: {
      title: 'Dashboard',
      welcome: 'Hello, %{name}',
      role_line: 'Role: %{role}',
      counts: 'Registry',
      members_by_township: 'Active members per township',
      coming: 'Proposals, duty activities, opinion reports and township comparisons will be summarised here once they land.',
      loading: 'Loading…',
    },
    my_proposals: {
      title: 'My assigned proposals',
      body: 'Proposal handling is being built. Proposals assigned to your unit will be listed here, to reply and report implementation.',
      unit: 'Unit: %{name}',
    },
    error: { stale: 'Changed by someone else: reload before editing', forbidden: 'Not allowed' },
  },
};

export const enMessages: TranslationMessages & AppMessages = { ...englishMessages, ...app };

export default enMessages;
