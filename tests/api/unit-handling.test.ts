import { beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD, client, describeOnDatabases, loginToken, type Client } from '../support/api';
import { signedInUnitUser, uploadFile } from '../support/builders-b';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';
import { expectError, step, submit, trail, tryStep, type Proposal } from './proposals-fixtures';

// docs/domain.md, lead and co-units: a co-unit's 会办意见 never moves the proposal; the lead
// unit's reply does, once every co-unit has sent its opinion, was waived, or the county allowed it.

const OPINION = `mutation($id: ID!, $input: CoUnitOpinionInput!) { submitCoUnitOpinion(id: $id, input: $input) {
  status allowedActions units { role unit { id } opinionText opinionOn opinionByName waivedOn waiverNote } history { action note } } }`;
const WAIVE = `mutation($id: ID!, $input: WaiveCoUnitInput!) { waiveCoUnitOpinion(id: $id, input: $input) {
  status allowedActions units { role waivedOn waiverNote } } }`;
const READ = `query($id: ID!) { proposal(id: $id) { status allowedActions units { role unit { id } opinionText } } }`;

describeOnDatabases(
  'lead and co-units (主办 / 会办)',
  (api) => {
    let county: SmallCounty;
    let lead: Client;
    let co: Client;

    beforeAll(async () => {
      county = await buildSmallCounty(api());
      await api().ok(`mutation($input: UserInput!) { createUser(input: $input) { id } }`, {
        input: {
          username: 'officer2',
          displayName: '乙水乡政协干部',
          role: 'TOWNSHIP_OFFICER',
          townshipId: county.townships.other,
          password: DEMO_PASSWORD,
        },
      });
      lead = await api().as('unit');
      co = await signedInUnitUser(api(), county.units[1], 'unit2', '县教育局');
    });

    /** An accepted proposal assigned to the first unit as lead and the second as co-unit. */
    async function assigned(marker: string, assign: Record<string, unknown> = {}): Promise<Proposal> {
      const p = await submit(api(), {
        title: `关于${marker}的建议`,
        content: '建议有关部门统筹推进。',
        category: 'URBAN_RURAL',
        proposerKind: 'MEMBER',
        leadMemberId: county.members.own[0],
        submittedOn: '2026-01-08',
      });
      await step(api(), 'review', p.id, { input: { decision: 'ACCEPT', reviewedOn: '2026-01-20' } });
      return step(api(), 'assign', p.id, {
        input: { leadUnitId: county.units[0], coUnitIds: [county.units[1]], assignedOn: '2026-02-01', ...assign },
      });
    }
    const reply = { input: { replyClass: 'A', text: '已统筹推进。', repliedOn: '2026-03-10' } };

    it('keeps the proposal ASSIGNED on a co-unit’s opinion, which the lead then reads, and lets the lead reply', async () => {
      const p = await assigned('会办意见');
      expect((await co.ok(READ, { id: p.id })).proposal.allowedActions).toEqual(['CO_UNIT_OPINION', 'UNIT_REQUEST']);
      expect((await lead.ok(READ, { id: p.id })).proposal.allowedActions).toEqual(['RECORD_CONTACT', 'UNIT_REQUEST']);
      const { submitCoUnitOpinion } = await co.ok(OPINION, {
        id: p.id,
        input: { text: '同意主办单位意见，我局负责校园周边部分。', on: '2026-02-20' },
      });
      expect(submitCoUnitOpinion.status).toBe('ASSIGNED');
      const coPart = submitCoUnitOpinion.units.find((u: { role: string }) => u.role === 'CO');
      expect(coPart).toMatchObject({
        opinionText: '同意主办单位意见，我局负责校园周边部分。',
        opinionOn: '2026-02-20',
      });
      expect(coPart.opinionByName).toBe('县教育局');
      expect(submitCoUnitOpinion.history.at(-1)).toEqual({
        action: 'CO_UNIT_OPINION',
        note: '县教育局会办意见：同意主办单位意见，我局负责校园周边部分。',
      });
      const seen = (await lead.ok(READ, { id: p.id })).proposal;
      expect(seen.units.find((u: { role: string }) => u.role === 'CO').opinionText).toContain('校园周边');
      expect(seen.allowedActions).toEqual(['REPLY', 'RECORD_CONTACT', 'UNIT_REQUEST']);
      expect((await step(lead, 'reply', p.id, reply)).status).toBe('REPLIED');
    });

    it('refuses a co-unit’s reply, and the lead’s while a co-unit is missing, changing nothing', async () => {
      const p = await assigned('会办缺失');
      const before = await trail(api(), p.id);
      expectError(await tryStep(co, 'reply', p.id, reply), 'FORBIDDEN');
      const early = await tryStep(lead, 'reply', p.id, reply);
      expectError(early, 'INVALID_TRANSITION');
      expect(early.errors?.[0].message).toContain('县教育局');
      // The county on the unit's behalf is held back the same way.
      expectError(await tryStep(api(), 'reply', p.id, reply), 'INVALID_TRANSITION');
      expect(await trail(api(), p.id)).toEqual(before);
      // The lead unit sends no 会办意见 of its own.
      const own = await lead.gql(OPINION, { id: p.id, input: { text: '主办单位的意见' } });
      expect(own.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('lets the county waive a missing co-unit with a reason, and then the lead reply', async () => {
      const p = await assigned('免除会办');
      expect((await api().ok(READ, { id: p.id })).proposal.allowedActions).toEqual(
        expect.arrayContaining(['CO_UNIT_OPINION', 'WAIVE_CO_UNIT']),
      );
      const noReason = await api().gql(WAIVE, { id: p.id, input: { unitId: county.units[1], note: ' ' } });
      expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
      const notCo = await api().gql(WAIVE, { id: p.id, input: { unitId: county.units[0], note: '理由' } });
      expect(notCo.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitId' });
      expect(
        (await co.gql(WAIVE, { id: p.id, input: { unitId: county.units[1], note: '理由' } })).errors?.[0].extensions
          ?.code,
      ).toBe('FORBIDDEN');
      const { waiveCoUnitOpinion } = await api().ok(WAIVE, {
        id: p.id,
        input: { unitId: county.units[1], note: '该事项已划归主办单位' },
      });
      expect(waiveCoUnitOpinion.status).toBe('ASSIGNED');
      expect(waiveCoUnitOpinion.units.find((u: { role: string }) => u.role === 'CO').waiverNote).toBe(
        '该事项已划归主办单位',
      );
      expect((await step(lead, 'reply', p.id, reply)).status).toBe('REPLIED');
      // Replied: no more opinions.
      const late = await co.gql(OPINION, { id: p.id, input: { text: '迟到的意见' } });
      expect(late.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    });

    it('lets the lead reply at once when the county allowed it on assignment', async () => {
      const p = await assigned('先行答复', { replyBeforeCoUnits: true });
      expect((await lead.ok(READ, { id: p.id })).proposal.allowedActions).toEqual([
        'REPLY',
        'RECORD_CONTACT',
        'UNIT_REQUEST',
      ]);
      expect((await step(lead, 'reply', p.id, reply)).status).toBe('REPLIED');
    });

    it('keeps every reply round as a letter, each with its rating', async () => {
      const p = await assigned('两轮答复', { replyBeforeCoUnits: true });
      const letter = {
        docNo: '县交通运输局函〔2026〕12号',
        signer: '李局长',
        contactPerson: '赵联系',
        contactPhone: '0556-5123456',
      };
      const bad = await tryStep(lead, 'reply', p.id, { input: { ...reply.input, ...letter, contactPhone: '电话' } });
      expectError(bad, 'BAD_USER_INPUT', 'input.contactPhone');
      await step(lead, 'reply', p.id, { input: { ...reply.input, ...letter } });
      await step(api(), 'feedback', p.id, {
        input: { satisfaction: 'DISSATISFIED', note: '未见具体措施', on: '2026-03-20' },
      });
      await step(lead, 'reply', p.id, {
        input: {
          replyClass: 'B',
          text: '已制定分年度实施计划。',
          repliedOn: '2026-04-15',
          ...letter,
          docNo: '县交通运输局函〔2026〕30号',
        },
      });
      await step(api(), 'feedback', p.id, { input: { satisfaction: 'SATISFIED', on: '2026-04-25' } });
      const { proposal } = await lead.ok(
        `query($id: ID!) { proposal(id: $id) { replyClass replyText satisfaction replies {
          round repliedOn replyClass text docNo signer contactPerson contactPhone satisfaction feedbackOn feedbackNote unit { name } } } }`,
        { id: p.id },
      );
      expect(proposal.replies).toEqual([
        {
          round: 1,
          repliedOn: '2026-03-10',
          replyClass: 'A',
          text: '已统筹推进。',
          ...letter,
          satisfaction: 'DISSATISFIED',
          feedbackOn: '2026-03-20',
          feedbackNote: '未见具体措施',
          unit: { name: '县交通运输局' },
        },
        {
          round: 2,
          repliedOn: '2026-04-15',
          replyClass: 'B',
          text: '已制定分年度实施计划。',
          ...letter,
          docNo: '县交通运输局函〔2026〕30号',
          satisfaction: 'SATISFIED',
          feedbackOn: '2026-04-25',
          feedbackNote: null,
          unit: { name: '县交通运输局' },
        },
      ]);
      // The proposal's own reply is the latest round's (what the analytics count).
      expect(proposal).toMatchObject({
        replyClass: 'B',
        replyText: '已制定分年度实施计划。',
        satisfaction: 'SATISFIED',
      });
    });

    it('keeps the reply letter’s scan and the co-unit’s papers, for readers of the proposal only', async () => {
      const p = await assigned('附件答复');
      const pdf = Buffer.from('%PDF-1.4\n%答复函扫描件\n');
      const coFile = await uploadFile<{ id: string }>(
        api().url,
        await loginToken(api().url, 'unit2'),
        pdf,
        '会办意见.pdf',
      );
      await co.ok(OPINION, { id: p.id, input: { text: '同意', attachmentIds: [coFile.body.id] } });
      const letter = await uploadFile<{ id: string }>(
        api().url,
        await loginToken(api().url, 'unit'),
        pdf,
        '答复函.pdf',
      );
      // Someone else's upload is refused, naming the field.
      const stolen = await tryStep(lead, 'reply', p.id, { input: { ...reply.input, attachmentIds: [coFile.body.id] } });
      expectError(stolen, 'BAD_USER_INPUT', 'input.attachmentIds[0]');
      await step(lead, 'reply', p.id, { input: { ...reply.input, attachmentIds: [letter.body.id] } });
      const { proposal } = await lead.ok(`query($id: ID!) { proposal(id: $id) { replies { id } units { id role } } }`, {
        id: p.id,
      });
      const FILES = `query($t: String!, $o: ID!) { attachments(ownerType: $t, ownerId: $o) { fileName } }`;
      const replyId = proposal.replies[0].id;
      const coPartId = proposal.units.find((u: { role: string }) => u.role === 'CO').id;
      expect((await lead.ok(FILES, { t: 'ProposalReply', o: replyId })).attachments).toEqual([
        { fileName: '答复函.pdf' },
      ]);
      expect((await lead.ok(FILES, { t: 'ProposalUnit', o: coPartId })).attachments).toEqual([
        { fileName: '会办意见.pdf' },
      ]);
      // An officer of another township reads neither.
      const outsider = client(api().url, await loginToken(api().url, 'officer2'));
      expect((await outsider.ok(FILES, { t: 'ProposalReply', o: replyId })).attachments).toBeNull();
    });

    it('takes a county admin’s opinion on the co-unit’s behalf only for a named co-unit', async () => {
      const p = await assigned('代录会办');
      const unnamed = await api().gql(OPINION, { id: p.id, input: { text: '代录' } });
      expect(unnamed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitId' });
      const empty = await api().gql(OPINION, { id: p.id, input: { text: ' ', unitId: county.units[1] } });
      expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
      const { submitCoUnitOpinion } = await api().ok(OPINION, {
        id: p.id,
        input: { text: '电话确认同意', unitId: county.units[1] },
      });
      expect(submitCoUnitOpinion.units.find((u: { role: string }) => u.role === 'CO').opinionText).toBe('电话确认同意');
    });
  },
  { demo: false },
);
