import { Registry1795441178601 } from './1795441178601-registry';
import { Auth1795442450162 } from './1795442450162-auth';
import { WorkRecords1795442664244 } from './1795442664244-work-records';
import { Assessment1795443017820 } from './1795443017820-assessment';
import { ApiTokenPersonalData1796419409519 } from './1796419409519-api-token-personal-data';
import { RuleLinks1796422700335 } from './1796422700335-rule-links';
import { TownshipContactFields1796422866594 } from './1796422866594-township-contact-fields';
import { MetricDefinitions1796423000000 } from './1796423000000-metric-definitions';
import { LoginThrottle1796423745043 } from './1796423745043-login-throttle';
import { MemberHistory1796586870162 } from './1796586870162-member-history';
import { Claims1796604641517 } from './1796604641517-claims';
import { YearClose1796621727164 } from './1796621727164-year-close';
import { YearCorrections1796622485589 } from './1796622485589-year-corrections';
import { Objections1796635547087 } from './1796635547087-objections';
import { Attachments1796647290692 } from './1796647290692-attachments';
import { CoUnitOpinions1796647500329 } from './1796647500329-co-unit-opinions';
import { ReplyRounds1796649042494 } from './1796649042494-reply-rounds';
import { UnitRequestsContacts1796661951015 } from './1796661951015-unit-requests-contacts';

/** In order of application; each serves SQLite and MySQL (see dialect-migration.ts). */
export const MIGRATIONS = [
  Registry1795441178601,
  Auth1795442450162,
  WorkRecords1795442664244,
  Assessment1795443017820,
  ApiTokenPersonalData1796419409519,
  RuleLinks1796422700335,
  TownshipContactFields1796422866594,
  MetricDefinitions1796423000000,
  LoginThrottle1796423745043,
  MemberHistory1796586870162,
  Claims1796604641517,
  YearClose1796621727164,
  YearCorrections1796622485589,
  Objections1796635547087,
  Attachments1796647290692,
  CoUnitOpinions1796647500329,
  ReplyRounds1796649042494,
  UnitRequestsContacts1796661951015,
];
