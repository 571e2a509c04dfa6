/** The demo's calendar and the county chairs its records name. */
import { PLENARY_SESSIONS } from '../vocabulary';

export const DEMO_RECORD_YEARS: readonly number[] = PLENARY_SESSIONS.map((s) => s.year);
/** The demo's "today": no generated date lies after it. */
export const DEMO_TODAY = '2026-11-23';

/** County CPPCC chairs who supervise key proposals (主席领衔督办). */
export const DEMO_CHAIRS: readonly { readonly name: string; readonly title: string }[] = [
  { name: '汪正林', title: '县政协主席' },
  { name: '鲍淑芬', title: '县政协副主席' },
  { name: '解志远', title: '县政协副主席' },
  { name: '季明华', title: '县政协副主席' },
];
