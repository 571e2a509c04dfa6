import type { DataSource } from 'typeorm';
import { ActivityKind, Attendance, MemberStatus } from '@cppcc/domain';

/** Years the demo has closed (考核结果已公布), and the one under review. */
export const DEMO_CLOSED_YEARS = [2021, 2022, 2023, 2024] as const;
export const DEMO_REVIEW_YEAR = 2025;

/**
 * What the demo asks of the server's seed tools (apps/server/src/app/seed-tools.ts), written
 * over an opaque context: the server's and the compiled copy's context types are distinct.
 */
export interface DemoSeedTools<C> {
  as(username: string, correctionReason?: string): Promise<C>;
  openYearReview(ctx: C, year: number): Promise<unknown>;
  closeYear(ctx: C, year: number, note: string): Promise<unknown>;
  raiseObjection(ctx: C, input: { year: number; metric: string; reason: string; evidence?: string }): Promise<unknown>;
  createActivity(
    ctx: C,
    input: {
      title: string;
      kind: ActivityKind;
      heldOn: string;
      townshipId?: string;
      participants?: { memberId: string; attendance: Attendance }[];
    },
  ): Promise<unknown>;
}

/**
 * The demo's year close, through the server's services so that every sealed figure is what the
 * server computes: 2021–2024 closed, one post-close correction of 2024 (a study session the
 * officer's township reported late), 2025 in review with the officer's open objection.
 */
export async function sealDemoYears<C>(db: DataSource, tools: DemoSeedTools<C>): Promise<void> {
  const admin = await tools.as('admin');
  for (const year of DEMO_CLOSED_YEARS) {
    await tools.openYearReview(admin, year);
    await tools.closeYear(admin, year, `${year}年度乡镇政协工作考核结果已公布`);
  }
  const officer = await tools.as('officer');
  const { townshipId: township } = await db
    .getRepository<{ username: string; townshipId: number }>('User')
    .findOneByOrFail({ username: 'officer' });
  const members = await db
    .getRepository<{ id: number; townshipId: number; status: MemberStatus }>('Member')
    .find({ where: { townshipId: township, status: MemberStatus.ACTIVE }, order: { id: 'ASC' }, take: 4 });
  const { name } = await db.getRepository<{ id: number; name: string }>('Township').findOneByOrFail({ id: township });
  const correcting = await tools.as('admin', `${name}2024年11月理论学习会漏报，经核对签到表补录`);
  await tools.createActivity(correcting, {
    title: '2024年11月理论学习会（封账后补录）',
    kind: ActivityKind.STUDY,
    heldOn: '2024-11-20',
    townshipId: String(township),
    participants: members.map((m) => ({ memberId: String(m.id), attendance: Attendance.PRESENT })),
  });

  await tools.openYearReview(admin, DEMO_REVIEW_YEAR);
  await tools.raiseObjection(officer, {
    year: DEMO_REVIEW_YEAR,
    metric: 'researchReports',
    reason: '9月开展的老旧小区改造调研已形成报告并报送县政协，系统中未计入调研报告数',
    evidence: `《关于老旧小区改造的调研报告》（${name}，2025年10月）`,
  });
}
