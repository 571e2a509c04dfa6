// The units' pages (承办单位办理情况, 我的待办, 提案办理规则): their queries and the one mutation.
import { graphql } from '../gql';

export const HANDLING_UNIT_STATS = graphql(`
  query HandlingUnitStats($year: Int!) {
    handlingUnitStats(year: $year) {
      unitId
      unitName
      assignedLead
      assignedCo
      replied
      repliedOnTime
      onTimeRate
      overdueNow
      averageDaysToReply
      classA
      classB
      classC
      classAShare
      classBShare
      classCShare
      rated
      satisfactionRate
      rehandled
      contacted
      contactRate
      coOpinionsPending
      coOpinionsSent
      returnsAsked
      extensionsAsked
    }
  }
`);

graphql(`
  fragment WorklistProposal on Proposal {
    id
    year
    serialNo
    title
    status
    isKey
    deadline
    overdueDays
    firstReplyOn
  }
`);

export const UNIT_WORKLIST = graphql(`
  query UnitWorklist {
    unitWorklist {
      unitId
      dueSoonDays
      toReply {
        ...WorklistProposal
      }
      dueSoon {
        ...WorklistProposal
      }
      overdue {
        ...WorklistProposal
      }
      coOpinionsDue {
        ...WorklistProposal
      }
      requestsPending {
        ...WorklistRequest
      }
      requestsDecided {
        ...WorklistRequest
      }
    }
  }
  fragment WorklistRequest on UnitRequest {
    id
    kind
    status
    reason
    requestedOn
    requestedDeadline
    decidedOn
    decisionNote
    grantedDeadline
    proposalId
    proposal {
      ...WorklistProposal
    }
  }
`);

export const HANDLING_RULES = graphql(`
  query HandlingRules {
    handlingRules {
      returnWindowWorkingDays
      dueSoonDays
    }
  }
`);

export const SET_HANDLING_RULES = graphql(`
  mutation SetHandlingRules($input: HandlingRulesInput!) {
    setHandlingRules(input: $input) {
      returnWindowWorkingDays
      dueSoonDays
    }
  }
`);
