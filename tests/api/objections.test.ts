import { beforeAll, expect, it } from 'vitest';
import { client, describeOnDatabases, loginToken, type Client } from '../support/api';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';

// docs/domain.md, objections: in a year's review a township disputes its own figure; the county
// answers; open objections hold the close back unless the county closes over them with a note.
const YEAR = 2023;
const RAISE = `mutation($input: ObjectionInput!) { raiseObjection(input: $input) {
  id version status townshipId metric figure raisedByName } }`;
const LIST = `query($y: Int!) { objections(filter: { year: $y }) { totalCount nodes { id status townshipId answer } } }`;
const STATE = `query($y: Int!) { yearClose(year: $y) { state } }`;

describeOnDatabases(
  'objections to a year’s figures (数据异议)',
  (api) => {
    let county: SmallCounty;
    let officer: Client;
    let neighbour: Client;
    const objection = (extra: Record<string, unknown> = {}) => ({
      year: YEAR,
      metric: 'studySessions',
      reason: '4月的理论学习会在县政协系统中漏录，本镇实际开展学习1次',
      evidence: '甲山镇政协工委2023年4月学习会签到表',
      ...extra,
    });

    beforeAll(async () => {
      county = await buildSmallCounty(api());
      officer = await api().as('officer');
      await api().ok(
        `mutation($t: ID!) { createUser(input: { username: "objection.other", displayName: "乙水乡联络员", password: "other-pass-1", role: TOWNSHIP_OFFICER, townshipId: $t }) { id } }`,
        { t: county.townships.other },
      );
      neighbour = client(api().url, await loginToken(api().url, 'objection.other', 'other-pass-1'));
    });

    it('refuses an objection outside the review period, and writes nothing', async () => {
      const early = await officer.gql(RAISE, { input: objection() });
      expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.year' });
      expect((await api().ok(LIST, { y: YEAR })).objections.totalCount).toBe(0);
    });

    it('takes an officer’s objection to their own township’s figure in review, with the figure as disputed', async () => {
      await api().ok(`mutation { openYearReview(year: ${YEAR}) { state } }`);
      const unknown = await officer.gql(RAISE, { input: objection({ metric: 'noSuchMetric' }) });
      expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.metric' });
      const blank = await officer.gql(RAISE, { input: objection({ reason: '   ' }) });
      expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
      const leader = await api().as('leader');
      expect((await leader.gql(RAISE, { input: objection() })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

      const { raiseObjection } = await officer.ok(RAISE, { input: objection() });
      expect(raiseObjection).toMatchObject({
        version: 1,
        status: 'OPEN',
        townshipId: county.townships.own,
        metric: 'studySessions',
        figure: 0,
        raisedByName: expect.any(String),
      });
      // The neighbouring township sees none of it; the county sees it.
      expect((await neighbour.ok(LIST, { y: YEAR })).objections.totalCount).toBe(0);
      expect(
        (await neighbour.gql(`query($id: ID!) { objection(id: $id) { id } }`, { id: raiseObjection.id })).data
          ?.objection ?? null,
      ).toBeNull();
      expect((await api().ok(LIST, { y: YEAR })).objections.totalCount).toBe(1);
    });

    it('holds the close back while an objection is open, and accepts it once the records are fixed', async () => {
      const held = await api().gql(`mutation { closeYear(year: ${YEAR}, note: "核对结束") { state } }`);
      expect(held.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(held.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'overObjections' })]);
      expect((await api().ok(STATE, { y: YEAR })).yearClose.state).toBe('REVIEW');

      const [open] = (await api().ok(LIST, { y: YEAR })).objections.nodes;
      const answerless = await api().gql(`mutation($id: ID!) { refuseObjection(id: $id, input: {}) { id } }`, {
        id: open.id,
      });
      expect(answerless.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.answer' });
      expect(
        (await officer.gql(`mutation($id: ID!) { acceptObjection(id: $id) { id } }`, { id: open.id })).errors?.[0]
          .extensions?.code,
      ).toBe('FORBIDDEN');

      // The county adds the missing study session, then accepts.
      await api().ok(`mutation($input: ActivityInput!) { createActivity(input: $input) { id } }`, {
        input: {
          title: '2023年4月理论学习会（补录）',
          kind: 'STUDY',
          heldOn: `${YEAR}-04-12`,
          townshipId: county.townships.own,
          participants: county.members.own.slice(0, 2).map((memberId) => ({ memberId })),
        },
      });
      const { acceptObjection } = await api().ok(
        `mutation($id: ID!) { acceptObjection(id: $id, input: { answer: "已补录4月学习会" }) { status answer answeredByName version } }`,
        { id: open.id },
      );
      expect(acceptObjection).toMatchObject({ status: 'ACCEPTED', answer: '已补录4月学习会', version: 2 });
      const again = await api().gql(
        `mutation($id: ID!) { refuseObjection(id: $id, input: { answer: "重复" }) { id } }`,
        {
          id: open.id,
        },
      );
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect((await officer.ok(LIST, { y: YEAR })).objections.nodes[0]).toMatchObject({
        status: 'ACCEPTED',
        answer: '已补录4月学习会',
      });
    });

    it('closes over an open objection only with a note, and the county may still answer it after', async () => {
      const { raiseObjection } = await officer.ok(RAISE, {
        input: objection({ metric: 'proposalsSubmitted', reason: '两件联名提案应计入本镇' }),
      });
      const noteless = await api().gql(`mutation { closeYear(year: ${YEAR}, overObjections: true) { state } }`);
      expect(noteless.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'note' })]);
      const { closeYear } = await api().ok(
        `mutation { closeYear(year: ${YEAR}, overObjections: true, note: "联名提案按牵头人所在乡镇计，异议另行答复") { state closeNote } }`,
      );
      expect(closeYear.state).toBe('CLOSED');
      const late = await officer.gql(RAISE, { input: objection() });
      expect(late.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.year' });
      const { refuseObjection } = await api().ok(
        `mutation($id: ID!) { refuseObjection(id: $id, input: { answer: "联名提案计入牵头委员所在乡镇" }) { status } }`,
        { id: raiseObjection.id },
      );
      expect(refuseObjection.status).toBe('REFUSED');
    });
  },
  { demo: false },
);
