import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { addDays, addMonths, proposalOverdueDays, todayInChina } from '@cppcc/domain';
import { describeOnDatabases, type Client } from '../support/api';
import { signedInUnitUser } from '../support/builders-b';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';
import { expectError, step, submit, trail, type Proposal } from './proposals-fixtures';

// docs/domain.md, return and extension, contact before reply; docs/metrics.md, handling units:
// a unit asks, the county decides; the lead unit records its contacts; the units' figures.

const REQUEST = `mutation($id: ID!, $input: UnitRequestInput!) { requestUnitChange(id: $id, input: $input) {
  status deadline allowedActions unitRequests { id kind status reason requestedDeadline previousDeadline unit { id } } history { action note } } }`;
const DECIDE = `mutation($id: ID!, $input: DecideUnitRequestInput!) { decideUnitRequest(id: $id, input: $input) {
  status deadline assignedOn leadUnitId overdueDays units { role unit { id } }
  unitRequests { id status decisionNote grantedDeadline decidedOn } history { action note } } }`;
const CONTACT = `mutation($id: ID!, $input: ProposalContactInput!) { recordProposalContact(id: $id, input: $input) {
  contacts { contactedOn form participants proposerView recordedByName unit: unitId } history { action note } } }`;
const WORKLIST = `query($unitId: ID) { unitWorklist(unitId: $unitId) { unitId dueSoonDays toReply { id } dueSoon { id } overdue { id }
  coOpinionsDue { id } requestsPending { id kind } requestsDecided { id status decisionNote } } }`;
const PROPOSERS = `query($id: ID!) { proposal(id: $id) { status leadMember { id } proposerContacts { memberId name sectorName phone isLead } } }`;
const STATS = `query($year: Int!) { handlingUnitStats(year: $year) { unitId unitName assignedLead assignedCo replied repliedOnTime
  onTimeRate overdueNow averageDaysToReply classA classB classC classAShare classBShare classCShare rated satisfactionRate
  rehandled contacted contactRate coOpinionsSent coOpinionsPending returnsAsked extensionsAsked } }`;

const today = todayInChina();

describeOnDatabases(
  'handling units: return, extension, contact, figures',
  (api) => {
    let county: SmallCounty;
    let lead: Client;
    let co: Client;

    beforeAll(async () => {
      county = await buildSmallCounty(api());
      lead = await api().as('unit');
      co = await signedInUnitUser(api(), county.units[1], 'unit2', '县教育局');
    });

    /** An accepted proposal of a member and a co-signer, assigned to unit 0 (lead) and unit 1 (co). */
    async function assigned(marker: string, assign: Record<string, unknown> = {}, submittedOn = '2026-01-08') {
      const p = await submit(api(), {
        title: `关于${marker}的建议`,
        content: '建议有关部门统筹推进。',
        category: 'URBAN_RURAL',
        proposerKind: 'JOINT',
        leadMemberId: county.members.own[0],
        coSignerIds: [county.members.other[0]],
        submittedOn,
      });
      await step(api(), 'review', p.id, { input: { decision: 'ACCEPT', reviewedOn: submittedOn } });
      return step(api(), 'assign', p.id, {
        input: {
          leadUnitId: county.units[0],
          coUnitIds: [county.units[1]],
          assignedOn: today,
          replyBeforeCoUnits: true,
          ...assign,
        },
      });
    }

    /** Time passes for one proposal: its dates and its requests' dates move `days` back. */
    async function age(id: string, days: number) {
      const db = api().server.db;
      const [row] = await db.query(`SELECT assignedOn, deadline FROM proposal WHERE id = ?`, [Number(id)]);
      const back = (d: unknown) => (d ? addDays(String(d).slice(0, 10), -days) : null);
      await db.query(`UPDATE proposal SET assignedOn = ?, deadline = ? WHERE id = ?`, [
        back(row.assignedOn),
        back(row.deadline),
        Number(id),
      ]);
    }

    it('lets a unit ask to return within the window; the county re-assigns and the deadline restarts', async () => {
      const p = await assigned('退回');
      expect(
        (await co.ok(`query($id: ID!) { proposal(id: $id) { allowedActions } }`, { id: p.id })).proposal.allowedActions,
      ).toContain('UNIT_REQUEST');
      const noReason = await co.gql(REQUEST, { id: p.id, input: { kind: 'RETURN', reason: ' ' } });
      expectError(noReason, 'BAD_USER_INPUT', 'input.reason');
      const { requestUnitChange } = await co.ok(REQUEST, {
        id: p.id,
        input: { kind: 'ADJUST', reason: '校园周边不属于本局职责', suggestion: '县公安局' },
      });
      expect(requestUnitChange.status).toBe('ASSIGNED');
      const [request] = requestUnitChange.unitRequests;
      expect(request).toMatchObject({ kind: 'ADJUST', status: 'PENDING', unit: { id: county.units[1] } });
      expect(requestUnitChange.history.at(-1).note).toContain('县教育局申请调整承办单位');
      // A second one waits for the first.
      expectError(
        await co.gql(REQUEST, { id: p.id, input: { kind: 'RETURN', reason: '再次申请' } }),
        'BAD_USER_INPUT',
        'input.kind',
      );
      // Units do not decide; the county must give the new assignment to approve.
      expect(
        (await co.gql(DECIDE, { id: p.id, input: { requestId: request.id, approve: true } })).errors?.[0].extensions
          ?.code,
      ).toBe('FORBIDDEN');
      expectError(
        await api().gql(DECIDE, { id: p.id, input: { requestId: request.id, approve: true } }),
        'BAD_USER_INPUT',
        'input.reassign',
      );
      const badUnit = await api().gql(DECIDE, {
        id: p.id,
        input: { requestId: request.id, approve: true, reassign: { leadUnitId: '99999' } },
      });
      expectError(badUnit, 'BAD_USER_INPUT', 'input.reassign.leadUnitId');
      await age(p.id, 3);
      const { decideUnitRequest } = await api().ok(DECIDE, {
        id: p.id,
        input: { requestId: request.id, approve: true, note: '同意调整', reassign: { leadUnitId: county.units[0] } },
      });
      expect(decideUnitRequest.status).toBe('ASSIGNED');
      expect(decideUnitRequest.units).toEqual([{ role: 'LEAD', unit: { id: county.units[0] } }]);
      // Re-assigned today: the three months start again.
      expect(decideUnitRequest.assignedOn).toBe(today);
      expect(decideUnitRequest.deadline).toBe(addMonths(today, 3));
      expect(decideUnitRequest.unitRequests[0]).toMatchObject({
        status: 'APPROVED',
        decisionNote: '同意调整',
        decidedOn: today,
      });
      expect(decideUnitRequest.history.at(-1)).toMatchObject({ action: 'DECIDE_UNIT_REQUEST' });
      expect(decideUnitRequest.history.at(-1).note).toContain('同意县教育局的调整承办单位申请');
      // Decided once.
      expectError(
        await api().gql(DECIDE, { id: p.id, input: { requestId: request.id, approve: false, note: '再议' } }),
        'BAD_USER_INPUT',
        'input.requestId',
      );
    });

    it('keeps a remaining co-unit’s opinion when the county re-assigns', async () => {
      const p = await assigned('保留会办意见');
      await co.ok(
        `mutation($id: ID!, $input: CoUnitOpinionInput!) { submitCoUnitOpinion(id: $id, input: $input) { id } }`,
        {
          id: p.id,
          input: { text: '同意主办单位意见' },
        },
      );
      const again = await step(api(), 'assign', p.id, {
        input: {
          leadUnitId: county.units[0],
          coUnitIds: [county.units[1]],
          assignedOn: today,
          deadline: addDays(today, 120),
        },
      });
      expect(again.deadline).toBe(addDays(today, 120));
      const { proposal } = await api().ok(`query($id: ID!) { proposal(id: $id) { units { role opinionText } } }`, {
        id: p.id,
      });
      expect(proposal.units).toEqual([
        { role: 'LEAD', opinionText: null },
        { role: 'CO', opinionText: '同意主办单位意见' },
      ]);
    });

    it('refuses a return after the window, and the county refuses one with a reason the unit sees', async () => {
      const late = await assigned('逾期退回');
      await age(late.id, 30);
      const before = await trail(api(), late.id);
      const refused = await lead.gql(REQUEST, { id: late.id, input: { kind: 'RETURN', reason: '不属于本局' } });
      expectError(refused, 'BAD_USER_INPUT', 'input.kind');
      expect(refused.errors?.[0].message).toContain('5个工作日');
      expect(await trail(api(), late.id)).toEqual(before);

      // The county widens the window: the same request now fits.
      const rules = `mutation($input: HandlingRulesInput!) { setHandlingRules(input: $input) { returnWindowWorkingDays dueSoonDays } }`;
      expectError(
        await api().gql(rules, { input: { returnWindowWorkingDays: -1, dueSoonDays: 15 } }),
        'BAD_USER_INPUT',
      );
      expect(
        (await lead.gql(rules, { input: { returnWindowWorkingDays: 30, dueSoonDays: 15 } })).errors?.[0].extensions
          ?.code,
      ).toBe('FORBIDDEN');
      await api().ok(rules, { input: { returnWindowWorkingDays: 30, dueSoonDays: 15 } });
      const { requestUnitChange } = await lead.ok(REQUEST, {
        id: late.id,
        input: { kind: 'RETURN', reason: '不属于本局' },
      });
      const id = requestUnitChange.unitRequests[0].id;
      await api().ok(rules, { input: { returnWindowWorkingDays: 5, dueSoonDays: 15 } });
      expect((await lead.ok(WORKLIST)).unitWorklist.requestsPending).toEqual([{ id, kind: 'RETURN' }]);
      expectError(
        await api().gql(DECIDE, { id: late.id, input: { requestId: id, approve: false } }),
        'BAD_USER_INPUT',
        'input.note',
      );
      const { decideUnitRequest } = await api().ok(DECIDE, {
        id: late.id,
        input: { requestId: id, approve: false, note: '属于本局职责，请按期办理' },
      });
      expect(decideUnitRequest.units.map((u: { unit: { id: string } }) => u.unit.id)).toEqual(county.units);
      expect(decideUnitRequest.unitRequests[0]).toMatchObject({ status: 'REFUSED' });
      const worklist = (await lead.ok(WORKLIST)).unitWorklist;
      expect(worklist.requestsPending).toEqual([]);
      expect(worklist.requestsDecided).toContainEqual({
        id,
        status: 'REFUSED',
        decisionNote: '属于本局职责，请按期办理',
      });
    });

    it('grants or refuses an extension; overdue days follow the deadline in force', async () => {
      const granted = await assigned('延期同意', { assignedOn: addDays(today, -60), deadline: addDays(today, 5) });
      const refused = await assigned('延期不同意', { assignedOn: addDays(today, -60), deadline: addDays(today, 5) });
      const wanted = addDays(today, 35);
      // Only the lead unit asks, for a later date.
      expect(
        (await co.gql(REQUEST, { id: granted.id, input: { kind: 'EXTEND', reason: '需协调', deadline: wanted } }))
          .errors?.[0].message,
      ).toContain('主办单位');
      expectError(
        await lead.gql(REQUEST, {
          id: granted.id,
          input: { kind: 'EXTEND', reason: '需协调', deadline: addDays(today, 1) },
        }),
        'BAD_USER_INPUT',
        'input.deadline',
      );
      const ask = async (p: Proposal) =>
        (
          await lead.ok(REQUEST, {
            id: p.id,
            input: { kind: 'EXTEND', reason: '涉及跨部门资金，需延期', deadline: wanted },
          })
        ).requestUnitChange.unitRequests[0];
      const a = await ask(granted);
      const b = await ask(refused);
      expect(a).toMatchObject({ previousDeadline: addDays(today, 5), requestedDeadline: wanted });
      const yes = (await api().ok(DECIDE, { id: granted.id, input: { requestId: a.id, approve: true } }))
        .decideUnitRequest;
      expect(yes.deadline).toBe(wanted);
      expect(yes.unitRequests[0].grantedDeadline).toBe(wanted);
      expect(yes.history.at(-1).note).toContain(`办理期限由${addDays(today, 5)}延至${wanted}`);
      const no = (
        await api().ok(DECIDE, { id: refused.id, input: { requestId: b.id, approve: false, note: '期限充足' } })
      ).decideUnitRequest;
      expect(no.deadline).toBe(addDays(today, 5));

      // Twenty days pass without a reply: only the refused one is overdue, by 15 days.
      await age(granted.id, 20);
      await age(refused.id, 20);
      const read = async (p: Proposal) =>
        (await api().ok(`query($id: ID!) { proposal(id: $id) { deadline overdueDays firstReplyOn } }`, { id: p.id }))
          .proposal;
      const g = await read(granted);
      const r = await read(refused);
      expect(g.overdueDays).toBe(0);
      expect(r.overdueDays).toBe(15);
      expect(r.overdueDays).toBe(proposalOverdueDays(r, today));
      const overdueIds = (await lead.ok(WORKLIST)).unitWorklist.overdue.map((p: { id: string }) => p.id);
      expect(overdueIds).toContain(refused.id);
      expect(overdueIds).not.toContain(granted.id);
    });

    it('shows the unit the proposers while it handles the proposal, and nothing once closed', async () => {
      const p = await assigned('面商');
      const seen = (await lead.ok(PROPOSERS, { id: p.id })).proposal;
      expect(seen.leadMember).toBeNull();
      expect(seen.proposerContacts).toHaveLength(2);
      expect(seen.proposerContacts[0]).toMatchObject({ memberId: county.members.own[0], isLead: true });
      expect(seen.proposerContacts[0].phone).toMatch(/^1380000\d{4}$/);
      expect(seen.proposerContacts[0].sectorName).toBeTruthy();
      expect(seen.proposerContacts[1].isLead).toBe(false);

      // Contacts: the lead records, the co-unit may not; the date cannot precede the assignment.
      expect((await co.gql(CONTACT, { id: p.id, input: { form: 'PHONE' } })).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
      expectError(
        await lead.gql(CONTACT, { id: p.id, input: { form: 'PHONE', contactedOn: addDays(today, -1) } }),
        'BAD_USER_INPUT',
        'input.contactedOn',
      );
      const { recordProposalContact } = await lead.ok(CONTACT, {
        id: p.id,
        input: { form: 'FACE_TO_FACE', participants: '局长、提案人', proposerView: '同意办理思路' },
      });
      expect(recordProposalContact.contacts).toEqual([
        {
          contactedOn: today,
          form: 'FACE_TO_FACE',
          participants: '局长、提案人',
          proposerView: '同意办理思路',
          recordedByName: '县交通运输局',
          unit: county.units[0],
        },
      ]);
      expect(recordProposalContact.history.at(-1).note).toContain('办前面商（面商');

      await step(lead, 'reply', p.id, { input: { replyClass: 'A', text: '已办理。' } });
      await step(api(), 'feedback', p.id, { input: { satisfaction: 'SATISFIED' } });
      await step(api(), 'close', p.id, {});
      const closed = (await lead.ok(PROPOSERS, { id: p.id })).proposal;
      expect(closed).toMatchObject({ status: 'CLOSED', proposerContacts: [] });
      // The other unit of another proposal reads nothing at all.
      const other = await assigned('他人', { leadUnitId: county.units[1], coUnitIds: [] });
      expect((await lead.ok(PROPOSERS, { id: other.id })).proposal).toBeNull();
    });

    it('counts every unit’s figures of a year as a recount of its records says', async () => {
      // Year 2025, in the past: a fixed set of cases.
      const y = (d: string) => `2025-${d}`;
      const base = { assignedOn: y('03-03'), deadline: y('06-03') };
      const onTime = await assigned('按期', base, y('01-10'));
      await api().ok(CONTACT, { id: onTime.id, input: { form: 'PHONE', contactedOn: y('03-20') } });
      await step(api(), 'reply', onTime.id, { input: { replyClass: 'A', text: '已解决。', repliedOn: y('04-01') } });
      await step(api(), 'feedback', onTime.id, { input: { satisfaction: 'SATISFIED', on: y('04-10') } });
      const lateOne = await assigned('逾期', base, y('01-10'));
      await step(api(), 'reply', lateOne.id, { input: { replyClass: 'C', text: '留作参考。', repliedOn: y('07-01') } });
      // Once replied, a contact is no longer 办前面商.
      expectError(
        await api().gql(CONTACT, { id: lateOne.id, input: { form: 'WRITTEN', contactedOn: y('07-01') } }),
        'INVALID_TRANSITION',
      );
      await step(api(), 'feedback', lateOne.id, { input: { satisfaction: 'DISSATISFIED', on: y('07-10') } });
      await step(api(), 'reply', lateOne.id, { input: { replyClass: 'B', text: '正在解决。', repliedOn: y('08-01') } });
      await assigned('未复', { ...base, replyBeforeCoUnits: false }, y('01-10'));

      const { handlingUnitStats } = await api().ok(STATS, { year: 2025 });
      expect(handlingUnitStats.map((s: { unitId: string }) => s.unitId).sort()).toEqual([...county.units].sort());
      expect(handlingUnitStats.find((s: { unitId: string }) => s.unitId === county.units[0])).toMatchObject({
        assignedLead: 3,
        replied: 2,
        repliedOnTime: 1,
        overdueNow: 1,
        averageDaysToReply: (29 + 120) / 2,
        classA: 1,
        classB: 1,
        classC: 0,
        rated: 1,
        satisfactionRate: 1,
        rehandled: 1,
        contacted: 1,
        contactRate: 0.5,
      });
      expect(handlingUnitStats.find((s: { unitId: string }) => s.unitId === county.units[1])).toMatchObject({
        assignedLead: 0,
        assignedCo: 3,
        coOpinionsSent: 0,
        coOpinionsPending: 1,
      });

      // The same figures recounted from the proposals as the API reads them.
      const { proposals } = await api().ok(
        `query { proposals(filter: { year: 2025 }, page: { limit: 100 }) { nodes { status assignedOn deadline firstReplyOn replyClass
          satisfaction units { role unit { id } opinionOn waivedOn } replies { round } contacts { unitId contactedOn } } } }`,
      );
      for (const stats of handlingUnitStats) {
        const mine = proposals.nodes.filter((p: Proposal) =>
          p.units.some((u: { role: string; unit: { id: string } }) => u.unit.id === stats.unitId && u.role === 'LEAD'),
        );
        const replied = mine.filter((p: Proposal) => p.firstReplyOn);
        expect(stats.assignedLead).toBe(mine.length);
        expect(stats.replied).toBe(replied.length);
        expect(stats.repliedOnTime).toBe(replied.filter((p: Proposal) => p.firstReplyOn <= p.deadline).length);
        expect(stats.overdueNow).toBe(mine.filter((p: Proposal) => !p.firstReplyOn && p.deadline < today).length);
        expect(stats.rehandled).toBe(replied.filter((p: Proposal) => p.replies.length > 1).length);
        expect(stats.contacted).toBe(
          replied.filter((p: Proposal) =>
            p.contacts.some((c: { contactedOn: string }) => c.contactedOn <= p.firstReplyOn),
          ).length,
        );
        for (const cls of ['A', 'B', 'C'])
          expect(stats[`class${cls}`]).toBe(replied.filter((p: Proposal) => p.replyClass === cls).length);
      }
      // A unit reads its own row only; officers none.
      expect((await lead.ok(STATS, { year: 2025 })).handlingUnitStats.map((s: { unitId: string }) => s.unitId)).toEqual(
        [county.units[0]],
      );
      expect((await (await api().as('officer')).gql(STATS, { year: 2025 })).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
      expectError(await api().gql(STATS, { year: 3000 }), 'BAD_USER_INPUT', 'year');
    });

    it('exports the ranking as a workbook holding the API’s figures, ranked on the chosen column', async () => {
      const get = async (path: string, token?: string) => {
        const res = await fetch(`${api().url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
        return {
          status: res.status,
          body: Buffer.from(await res.arrayBuffer()),
          disposition: res.headers.get('content-disposition'),
        };
      };
      const token = await api().tokenOf('leader');
      const file = await get('/export/unit-stats.xlsx?year=2025&sort=contactRate', token);
      expect(file.status).toBe(200);
      expect(decodeURIComponent(file.disposition ?? '')).toContain('2025年承办单位提案办理情况.xlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file.body as never);
      const sheet = book.getWorksheet('承办单位办理情况')!;
      const header = (sheet.getRow(2).values as unknown[]).slice(1);
      expect(header.slice(0, 2)).toEqual(['排名', '承办单位']);
      const { handlingUnitStats } = await api().ok(STATS, { year: 2025 });
      expect(sheet.rowCount).toBe(2 + handlingUnitStats.length);
      const unit0 = handlingUnitStats.find((s: { unitId: string }) => s.unitId === county.units[0]);
      // 县交通运输局 has 面商率 0.5; the other unit replied nothing (—, 无数据) and ranks after it.
      const first = (sheet.getRow(3).values as unknown[]).slice(1);
      expect(first[0]).toBe(1);
      expect(first[1]).toBe(unit0.unitName);
      expect(first[header.indexOf('面商率')]).toBe(0.5);
      expect(first[header.indexOf('主办件数')]).toBe(unit0.assignedLead);
      expect((sheet.getRow(4).values as unknown[])[1 + header.indexOf('面商率')]).toBe('—');
      expect((await get('/export/unit-stats.xlsx?year=2025&sort=nope', token)).status).toBe(400);
      expect((await get('/export/unit-stats.xlsx?year=2025', await api().tokenOf('officer'))).status).toBe(403);
    });
  },
  { demo: false },
);
