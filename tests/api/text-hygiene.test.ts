import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
} from 'graphql';
import { beforeAll, expect, it } from 'vitest';
import { getSchema } from '@cppcc/server/src/index';
import { describeOnDatabases } from '../support/api';
import { dummyCall, rootOperations } from '../support/dummy-args';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';

const BAD = ['A\u0000B', '左\u202E右', 'x\ud800y', 'c1\u0085', 'esc\u001b[31m'];

/** Every String field of an input object, as paths (nested input objects included, lists as item 0). */
function stringPaths(type: GraphQLInputObjectType, prefix: string, depth = 0): string[][] {
  const out: string[][] = [];
  for (const field of Object.values(type.getFields())) {
    let t: GraphQLInputType = field.type;
    if (isNonNullType(t)) t = t.ofType;
    const named = getNamedType(t);
    if (isListType(t)) continue; // list items: covered by the item types' own fields elsewhere
    if (isScalarType(named) && named.name === 'String') out.push([...prefix.split('.').filter(Boolean), field.name]);
    else if (isInputObjectType(named) && depth < 2)
      out.push(...stringPaths(named, `${prefix}.${field.name}`, depth + 1));
  }
  return out;
}

function setPath(target: Record<string, any>, path: string[], value: unknown) {
  let node = target;
  for (const key of path.slice(0, -1)) node = node[key] ??= {};
  node[path[path.length - 1]] = value;
}

/** On a county the suite builds: the members it creates go into the small county's sector and township. */
describeOnDatabases(
  'text hygiene of every input',
  (api) => {
    let county: SmallCounty;
    beforeAll(async () => {
      county = await buildSmallCounty(api());
    });

    it('refuses NUL, U+202E, lone surrogates, C0/C1 controls in every text field of every create/update input, naming the field', async () => {
      const schema = await getSchema();
      const operations = rootOperations(schema).filter(
        (o) => o.kind === 'mutation' && /^(create|update)/.test(o.field.name),
      );
      expect(operations.length).toBeGreaterThan(10);
      let checked = 0;
      const failures: string[] = [];
      for (const { field } of operations) {
        const input = field.args.find((a) => a.name === 'input');
        const named = input && getNamedType(input.type);
        if (!input || !isInputObjectType(named)) continue;
        const call = dummyCall('mutation', field);
        if (!call.query.includes('$input'))
          call.query = call.query.replace(
            /^mutation(\((.*?)\))? \{ (\w+)(\((.*?)\))?/,
            (_m, _d, defs, name, _a, args) =>
              `mutation(${[defs, `$input: ${input.type}`].filter(Boolean).join(', ')}) { ${name}(${[args, 'input: $input'].filter(Boolean).join(', ')})`,
          );
        for (const path of stringPaths(named, 'input')) {
          const bad = BAD[checked % BAD.length];
          const variables = structuredClone(call.variables) as Record<string, any>;
          setPath(variables, path, bad);
          const res = await api().gql(call.query, variables);
          checked += 1;
          const error = res.errors?.[0];
          if (error?.extensions?.code !== 'BAD_USER_INPUT' || error.extensions.field !== path.join('.'))
            failures.push(
              `${field.name} ${path.join('.')} ${JSON.stringify(bad)} → ${JSON.stringify(error ?? res.data)}`,
            );
        }
      }
      expect(checked).toBeGreaterThan(50);
      expect(failures).toEqual([]);
    }, 120_000);

    it('stores text NFC-normalised, and accepts tab and newline in long text', async () => {
      // The member's other fields, inline: the second call sends its name as a literal, not a variable.
      const rest = `gender: MALE, affiliation: CPC, sectorId: "${county.sectors[0]}", townshipId: "${county.townships.other}", kind: COUNTY_MEMBER, term: "第十一届", joinedOn: "2022-01-10"`;
      const { createMember } = await api().ok(
        `mutation($n: String!) { createMember(input: { name: $n, ${rest} }) { id name } }`,
        { n: 'Jose\u0301' },
      );
      expect(createMember.name).toBe('Jos\u00e9');
      const literal = await api().ok(`mutation { createMember(input: { name: "Rene\u0301", ${rest} }) { name } }`);
      expect(literal.createMember.name).toBe('Ren\u00e9');
      const multi = await api().gql(`mutation($n: String!) { createMember(input: { name: $n, ${rest} }) { id } }`, {
        n: '甲\n乙',
      });
      expect(multi.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    });
  },
  { demo: false },
);
