import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { opinionReportColumns } from './opinion-report.service';

describe('opinion report input → columns', () => {
  it('derives the year from submittedOn and drops the submitter list', () => {
    expect(
      opinionReportColumns({ title: ' 标题 ', submittedOn: '2025-11-30', townshipId: '3', submitterIds: ['1'] }),
    ).toEqual({ title: '标题', submittedOn: '2025-11-30', year: 2025, townshipId: 3 });
  });
  it('reads a cleared leader instruction as none', () => {
    expect(opinionReportColumns({ leaderInstruction: null })).toEqual({ leaderInstruction: false });
  });
});
