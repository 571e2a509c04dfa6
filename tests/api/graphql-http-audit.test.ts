import { serverAudits } from 'graphql-http';
import { expect, it } from 'vitest';
import { describeOnDatabases } from '../support/api';

/**
 * The GraphQL-over-HTTP specification's conformance audits (graphql-http's own list), run against
 * the real server: every MUST passes on both the fast JSON path and the express route.
 */
describeOnDatabases(
  'GraphQL over HTTP audit',
  (api) => {
    for (const endpoint of ['/graphql', '/graphql/']) {
      it(`passes every MUST of the GraphQL-over-HTTP audit at ${endpoint}`, async () => {
        const audits = serverAudits({ url: `${api().url}${endpoint}` });
        const failures: string[] = [];
        const warnings: string[] = [];
        for (const audit of audits) {
          const result = await audit.fn();
          if (result.status === 'ok') continue;
          const line = `${audit.name}: ${'reason' in result ? result.reason : ''}`;
          if (audit.name.startsWith('MUST')) failures.push(line);
          else warnings.push(line);
        }
        expect(audits.filter((a) => a.name.startsWith('MUST')).length).toBeGreaterThan(10);
        expect(failures).toEqual([]);
        if (warnings.length)
          console.info(`[graphql-http] ${endpoint}: ${warnings.length} SHOULD/MAY not met:\n${warnings.join('\n')}`);
      });
    }
  },
  { demo: false },
);
