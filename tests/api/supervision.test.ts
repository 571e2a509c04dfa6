import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases, type Client } from '../support/api';
import { moreUnits } from '../support/builders-b';
import { buildSmallCounty } from '../support/small-county';
import { expectError, expectRefused, membersOf, statements, type DemoMember } from './work-records-fixtures';

const TARGET = `id version unitId year kind topic unit { id } phases nextPhases complete planCheckOn planCheckNotes midYearOn evaluationOn lookBackOn
  questionnairesIssued questionnairesReturned score grade findings recommendationCount rectificationItems { id text status }`;
const CREATE = `mutation($input: SupervisionTargetInput!) { createSupervisionTarget(input: $input) { ${TARGET} } }`;
const UPDATE = `mutation($id: ID!, $input: SupervisionTargetPatch!) { updateSupervisionTarget(id: $id, input: $input) { ${TARGET} } }`;
const DELETE = `mutation($id: ID!) { deleteSupervisionTarget(id: $id) }`;
const GET = `query($id: ID!) { supervisionTarget(id: $id) { ${TARGET} } }`;
const PHASE = `mutation($id: ID!, $phase: SupervisionPhase!, $on: Date!, $notes: String) { recordSupervisionPhase(id: $id, phase: $phase, on: $on, notes: $notes) { ${TARGET} } }`;
const EVALUATE = `mutation($id: ID!, $input: SupervisionEvaluationInput!) { recordSupervisionEvaluation(id: $id, input: $input) { ${TARGET} } }`;
const CREATE_ITEM = `mutation($input: RectificationItemInput!) { createRectificationItem(input: $input) { id version status text dueOn target { id } } }`;
const SET_STATUS = `mutation($id: ID!, $s: RectificationStatus!) { setRectificationStatus(id: $id, status: $s) { id version status } }`;
const GET_ITEM = `query($id: ID!) { rectificationItem(id: $id) { id version status text } }`;
const SUPERVISOR = `id version memberId unitId fromOn toOn member { id } unit { id }`;
const CREATE_SUPERVISOR = `mutation($input: SpecialSupervisorInput!) { createSpecialSupervisor(input: $input) { ${SUPERVISOR} } }`;
const UPDATE_SUPERVISOR = `mutation($id: ID!, $input: SpecialSupervisorPatch!) { updateSpecialSupervisor(id: $id, input: $input) { ${SUPERVISOR} } }`;
const T = ['supervision_target', 'rectification_item'];

const target = (over: Record<string, unknown> = {}) => ({
  unitId: '1',
  year: 2030,
  kind: 'ANNUAL_EVALUATION',
  topic: '优化营商环境民主评议',
  ...over,
});

describeOnDatabases(
  'democratic supervision: targets, phases, evaluation, rectification, special supervisors',
  (api) => {
    let archivedUnit: string;
    /** Units beyond the small county's two, for a list of several units' targets. */
    let extraUnits: string[];
    let own: DemoMember[];
    let officer: Client;
    let unit: Client;

    beforeAll(async () => {
      await buildSmallCounty(api());
      extraUnits = await moreUnits(api(), 4);
      ({ own } = await membersOf(api()));
      officer = await api().as('officer');
      unit = await api().as('unit');
      const { createHandlingUnit } = await api().ok(
        `mutation { createHandlingUnit(input: { name: "县已撤并测试局", kind: GOVERNMENT_DEPARTMENT }) { id } }`,
      );
      archivedUnit = createHandlingUnit.id;
      await api().ok(`mutation($id: ID!) { deleteHandlingUnit(id: $id) }`, { id: archivedUnit });
    });

    it('creates, updates and deletes a target (with its rectification items)', async () => {
      const { createSupervisionTarget: t } = await api().ok(CREATE, { input: target({ topic: '  行风评议  ' }) });
      expect(t).toMatchObject({
        unitId: '1',
        unit: { id: '1' },
        topic: '行风评议',
        phases: [],
        nextPhases: ['PLAN_CHECK'],
        complete: false,
        version: 1,
      });
      const { updateSupervisionTarget: u } = await api().ok(UPDATE, {
        id: t.id,
        input: { kind: 'SPECIAL', unitId: '2' },
      });
      expect(u).toMatchObject({ kind: 'SPECIAL', unitId: '2', version: 2 });
      const { createRectificationItem: item } = await api().ok(CREATE_ITEM, {
        input: { targetId: t.id, text: '优化审批流程' },
      });
      expect((await api().ok(DELETE, { id: t.id })).deleteSupervisionTarget).toBe(true);
      expect((await api().ok(GET_ITEM, { id: item.id })).rectificationItem).toBeNull();
    });

    it('refuses an archived or unknown unit, storing nothing', async () => {
      await expectRefused(
        api(),
        api(),
        { query: CREATE, variables: { input: target({ unitId: archivedUnit }) } },
        { code: 'BAD_USER_INPUT', field: 'input.unitId', tables: T },
      );
      await expectRefused(
        api(),
        api(),
        { query: CREATE, variables: { input: target({ unitId: '99999' }) } },
        { code: 'BAD_USER_INPUT', field: 'input.unitId', tables: T },
      );
      await expectRefused(
        api(),
        api(),
        { query: CREATE, variables: { input: target({ topic: ' ' }) } },
        { code: 'BAD_USER_INPUT', field: 'input.topic', tables: T },
      );
      const { createSupervisionTarget: t } = await api().ok(CREATE, { input: target() });
      await expectRefused(
        api(),
        api(),
        { query: UPDATE, variables: { id: t.id, input: { unitId: archivedUnit } } },
        { code: 'BAD_USER_INPUT', field: 'input.unitId', tables: T, reread: () => api().ok(GET, { id: t.id }) },
      );
    });

    it('records the phases in order, refusing one out of order or twice, then the evaluation', async () => {
      const { createSupervisionTarget: t } = await api().ok(CREATE, { input: target() });
      const reread = () => api().ok(GET, { id: t.id });
      const refuse = (variables: Record<string, unknown>, code: string, field?: string) =>
        expectRefused(
          api(),
          api(),
          { query: PHASE, variables: { id: t.id, ...variables } },
          { code, field, tables: T, reread },
        );
      await refuse({ phase: 'EVALUATION', on: '2030-12-01' }, 'INVALID_TRANSITION');
      await refuse({ phase: 'MID_YEAR_URGING', on: '2030-06-01' }, 'INVALID_TRANSITION');
      const p1 = (await api().ok(PHASE, { id: t.id, phase: 'PLAN_CHECK', on: '2030-03-10', notes: '检查年度工作计划' }))
        .recordSupervisionPhase;
      expect(p1).toMatchObject({
        phases: ['PLAN_CHECK'],
        nextPhases: ['MID_YEAR_URGING'],
        planCheckOn: '2030-03-10',
        planCheckNotes: '检查年度工作计划',
        version: 2,
      });
      await refuse({ phase: 'PLAN_CHECK', on: '2030-03-11' }, 'INVALID_TRANSITION');
      await refuse({ phase: 'MID_YEAR_URGING', on: '2030-03-01' }, 'BAD_USER_INPUT', 'on');
      // no evaluation figures before the evaluation phase
      const figures = {
        questionnairesIssued: 120,
        questionnairesReturned: 112,
        score: 92.456,
        findings: '窗口服务效率有待提高',
        recommendationCount: 6,
      };
      await expectRefused(
        api(),
        api(),
        { query: EVALUATE, variables: { id: t.id, input: figures } },
        { code: 'INVALID_TRANSITION', tables: T, reread },
      );
      await api().ok(PHASE, { id: t.id, phase: 'MID_YEAR_URGING', on: '2030-07-01' });
      const p3 = (await api().ok(PHASE, { id: t.id, phase: 'EVALUATION', on: '2030-12-01' })).recordSupervisionPhase;
      expect(p3).toMatchObject({
        phases: ['PLAN_CHECK', 'MID_YEAR_URGING', 'EVALUATION'],
        nextPhases: ['LOOK_BACK'],
        complete: true,
      });

      await expectRefused(
        api(),
        api(),
        { query: EVALUATE, variables: { id: t.id, input: { ...figures, questionnairesReturned: 130 } } },
        { code: 'BAD_USER_INPUT', field: 'input.questionnairesReturned', tables: T, reread },
      );
      await expectRefused(
        api(),
        api(),
        { query: EVALUATE, variables: { id: t.id, input: { ...figures, score: 101 } } },
        { code: 'BAD_USER_INPUT', field: 'input.score', tables: T, reread },
      );
      const e = (await api().ok(EVALUATE, { id: t.id, input: figures })).recordSupervisionEvaluation;
      expect(e).toMatchObject({
        questionnairesIssued: 120,
        questionnairesReturned: 112,
        score: 92.46,
        grade: 'SATISFIED',
        findings: '窗口服务效率有待提高',
        recommendationCount: 6,
      });
      const e2 = (await api().ok(EVALUATE, { id: t.id, input: { ...figures, score: 80, grade: 'DISSATISFIED' } }))
        .recordSupervisionEvaluation;
      expect(e2).toMatchObject({ score: 80, grade: 'DISSATISFIED' });
      expect(
        (await api().ok(EVALUATE, { id: t.id, input: { ...figures, score: 80 } })).recordSupervisionEvaluation.grade,
      ).toBe('BASICALLY_SATISFIED');

      // corrections of recorded phases go through update; unrecorded phases do not
      const fixed = (await api().ok(UPDATE, { id: t.id, input: { midYearOn: '2030-07-15' } })).updateSupervisionTarget;
      expect(fixed.midYearOn).toBe('2030-07-15');
      await expectRefused(
        api(),
        api(),
        { query: UPDATE, variables: { id: t.id, input: { lookBackOn: '2031-03-01' } } },
        { code: 'BAD_USER_INPUT', field: 'input.lookBackOn', tables: T, reread },
      );
      await expectRefused(
        api(),
        api(),
        { query: UPDATE, variables: { id: t.id, input: { planCheckOn: null } } },
        { code: 'BAD_USER_INPUT', field: 'input.planCheckOn', tables: T, reread },
      );
      const audit = await api().ok(
        `query($e: String!) { auditEntries(filter: { entityType: "SupervisionTarget", entityId: $e }, page: { limit: 50 }) { nodes { action } } }`,
        { e: t.id },
      );
      expect(audit.auditEntries.nodes.map((n: { action: string }) => n.action)).toEqual([
        'CREATE',
        'RECORD_PHASE',
        'RECORD_PHASE',
        'RECORD_PHASE',
        'RECORD_EVALUATION',
        'RECORD_EVALUATION',
        'RECORD_EVALUATION',
        'UPDATE',
      ]);
    });

    it('moves rectification items forward only', async () => {
      const { createSupervisionTarget: t } = await api().ok(CREATE, { input: target() });
      const { createRectificationItem: item } = await api().ok(CREATE_ITEM, {
        input: { targetId: t.id, text: '整改窗口排队时间过长问题', dueOn: '2031-03-31' },
      });
      expect(item).toMatchObject({ status: 'PENDING', dueOn: '2031-03-31', target: { id: t.id }, version: 1 });
      await expectRefused(
        api(),
        api(),
        { query: CREATE_ITEM, variables: { input: { targetId: '99999', text: 'x' } } },
        { code: 'BAD_USER_INPUT', field: 'input.targetId', tables: T },
      );
      await expectRefused(
        api(),
        api(),
        { query: CREATE_ITEM, variables: { input: { targetId: t.id, text: '' } } },
        { code: 'BAD_USER_INPUT', field: 'input.text', tables: T },
      );
      expect((await api().ok(SET_STATUS, { id: item.id, s: 'IN_PROGRESS' })).setRectificationStatus).toMatchObject({
        status: 'IN_PROGRESS',
        version: 2,
      });
      const reread = () => api().ok(GET_ITEM, { id: item.id });
      await expectRefused(
        api(),
        api(),
        { query: SET_STATUS, variables: { id: item.id, s: 'PENDING' } },
        { code: 'INVALID_TRANSITION', tables: T, reread },
      );
      await expectRefused(
        api(),
        api(),
        { query: SET_STATUS, variables: { id: item.id, s: 'IN_PROGRESS' } },
        { code: 'INVALID_TRANSITION', tables: T, reread },
      );
      expect((await api().ok(SET_STATUS, { id: item.id, s: 'DONE' })).setRectificationStatus.status).toBe('DONE');
      await expectRefused(
        api(),
        api(),
        { query: SET_STATUS, variables: { id: item.id, s: 'IN_PROGRESS' } },
        { code: 'INVALID_TRANSITION', tables: T, reread },
      );
      const { updateRectificationItem: u } = await api().ok(
        `mutation($id: ID!) { updateRectificationItem(id: $id, input: { text: "已整改：增设窗口" }) { text status version } }`,
        { id: item.id },
      );
      expect(u).toEqual({ text: '已整改：增设窗口', status: 'DONE', version: 4 });
      const listed = await api().ok(
        `query($t: ID!) { rectificationItems(filter: { targetId: $t, status: DONE }) { totalCount } supervisionTarget(id: $t) { rectificationItems { status } } }`,
        { t: t.id },
      );
      expect(listed).toEqual({
        rectificationItems: { totalCount: 1 },
        supervisionTarget: { rectificationItems: [{ status: 'DONE' }] },
      });
    });

    it('appoints special supervisors to units for a period', async () => {
      const { createSpecialSupervisor: s } = await api().ok(CREATE_SUPERVISOR, {
        input: { memberId: own[0].id, unitId: '1', fromOn: '2030-01-01', toOn: '2032-12-31' },
      });
      expect(s).toMatchObject({
        memberId: own[0].id,
        unitId: '1',
        member: { id: own[0].id },
        unit: { id: '1' },
        version: 1,
      });
      const refuse = (input: Record<string, unknown>, field: string) =>
        expectRefused(
          api(),
          api(),
          { query: CREATE_SUPERVISOR, variables: { input } },
          { code: 'BAD_USER_INPUT', field, tables: ['special_supervisor'] },
        );
      await refuse({ memberId: own[0].id, unitId: '1', fromOn: '2030-01-01', toOn: '2029-12-31' }, 'input.toOn');
      await refuse({ memberId: own[0].id, unitId: archivedUnit, fromOn: '2030-01-01' }, 'input.unitId');
      await refuse({ memberId: '99999', unitId: '1', fromOn: '2030-01-01' }, 'input.memberId');
      const active = async (on: string) =>
        (
          await api().ok(
            `query($on: Date) { specialSupervisors(filter: { activeOn: $on, unitId: "1" }) { nodes { id } } }`,
            { on },
          )
        ).specialSupervisors.nodes.map((n: { id: string }) => n.id);
      expect(await active('2031-06-01')).toContain(s.id);
      expect(await active('2033-01-01')).not.toContain(s.id);
      const { updateSpecialSupervisor: u } = await api().ok(UPDATE_SUPERVISOR, { id: s.id, input: { toOn: null } });
      expect(u).toMatchObject({ toOn: null, version: 2 });
      expect(await active('2040-01-01')).toContain(s.id);
      expect(
        (await api().ok(`mutation($id: ID!) { deleteSpecialSupervisor(id: $id) }`, { id: s.id }))
          .deleteSpecialSupervisor,
      ).toBe(true);
    });

    it('shows a handling unit its own targets and items only, and officers none', async () => {
      const { createSupervisionTarget: mine } = await api().ok(CREATE, {
        input: target({ unitId: '1', topic: '本单位监督' }),
      });
      const { createSupervisionTarget: theirs } = await api().ok(CREATE, {
        input: target({ unitId: '2', topic: '他单位监督' }),
      });
      const { createRectificationItem: theirItem } = await api().ok(CREATE_ITEM, {
        input: { targetId: theirs.id, text: '他单位整改' },
      });
      await api().ok(CREATE_ITEM, { input: { targetId: mine.id, text: '本单位整改' } });
      expect((await unit.ok(GET, { id: theirs.id })).supervisionTarget).toBeNull();
      expect((await unit.ok(GET, { id: mine.id })).supervisionTarget.rectificationItems).toEqual([
        expect.objectContaining({ text: '本单位整改' }),
      ]);
      const listed = await unit.ok(
        `{ supervisionTargets(page: { limit: 500 }) { nodes { unitId } } rectificationItems(page: { limit: 500 }) { nodes { target { unitId } } } other: supervisionTargets(filter: { unitId: "2" }) { totalCount } }`,
      );
      expect(new Set(listed.supervisionTargets.nodes.map((n: { unitId: string }) => n.unitId))).toEqual(new Set(['1']));
      expect(
        new Set(listed.rectificationItems.nodes.map((n: { target: { unitId: string } }) => n.target.unitId)),
      ).toEqual(new Set(['1']));
      expect(listed.other.totalCount).toBe(0);
      expect((await unit.ok(GET_ITEM, { id: theirItem.id })).rectificationItem).toBeNull();
      expectError(await officer.gql(`{ supervisionTargets { totalCount } }`), 'FORBIDDEN');
      expectError(await unit.gql(`{ specialSupervisors { totalCount } }`), 'FORBIDDEN');
      await expectRefused(
        api(),
        unit,
        { query: SET_STATUS, variables: { id: theirItem.id, s: 'DONE' } },
        { code: 'FORBIDDEN', tables: T },
      );
      await expectRefused(
        api(),
        officer,
        { query: PHASE, variables: { id: mine.id, phase: 'PLAN_CHECK', on: '2030-03-01' } },
        { code: 'FORBIDDEN', tables: T },
      );
    });

    it('lists targets with units and items in a constant number of statements', async () => {
      // Two targets per unit, each with a rectification item, so that a page of one loads items too.
      for (const [i, unitId] of [...extraUnits, ...extraUnits].entries()) {
        const { createSupervisionTarget: t } = await api().ok(CREATE, {
          input: target({ unitId, topic: `批量监督${i}` }),
        });
        await api().ok(CREATE_ITEM, { input: { targetId: t.id, text: `批量整改${i}` } });
      }
      const query = `query($n: Int!) { supervisionTargets(filter: { q: "批量监督" }, page: { limit: $n }) { nodes { topic unit { name } phases rectificationItems { status target { id } } } } }`;
      const { supervisionTargets } = await api().ok(`{ supervisionTargets(filter: { q: "批量监督" }) { totalCount } }`);
      const one = await statements(api(), query, { n: 1 });
      const many = await statements(api(), query, { n: supervisionTargets.totalCount - 1 });
      expect(many.data.supervisionTargets.nodes.length).toBeGreaterThan(3);
      expect(new Set(many.data.supervisionTargets.nodes.map((n: { unit: { name: string } }) => n.unit.name)).size).toBe(
        extraUnits.length,
      );
      expect(many.count).toBe(one.count);
    });
  },
  { demo: false },
);
