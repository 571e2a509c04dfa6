/**
 * Which opinion reports the figures count (SQL on a report alias). A report created by converting
 * a proposal (转为社情民意, sourceProposalId set) is the same piece of work as that proposal, which
 * is already counted — among the proposals submitted, and for its proposers' PROPOSAL duty rule —
 * so it is counted once, as the proposal: opinion-report metrics, the OPINION_REPORT duty rule and
 * plan items of opinion reports leave it out. It is still listed, edited and adopted like any report.
 */
export function countedOpinionReport(alias: string): string {
  return `${alias}.sourceProposalId IS NULL`;
}
