// 年度封账 (docs/api.md "Year close"): the year's state and editions, its sealed snapshot, the
// county's post-close corrections and the drift between sealed and current figures.
import { graphql } from '../gql';

export const YEAR_CLOSE = graphql(`
  query YearClose($year: Int!) {
    yearClose(year: $year) {
      year
      state
      editions {
        id
        version
        edition
        state
        reviewOpenedAt
        reviewOpenedByName
        closedAt
        closedByName
        closeNote
        snapshotHash
        reopenedAt
        reopenedByName
        reopenReason
      }
    }
  }
`);

export const YEAR_AUDIT = graphql(`
  query YearAudit($year: Int!) {
    yearCorrections(year: $year) {
      id
      edition
      entityType
      entityId
      action
      reason
      byName
      at
    }
    yearDrift(year: $year) {
      townshipId
      townshipName
      metric
      sealed
      current
      difference
    }
  }
`);

export const YEAR_SNAPSHOT = graphql(`
  query YearSnapshot($year: Int!, $edition: Int) {
    yearSnapshot(year: $year, edition: $edition) {
      edition
      hash
      snapshot
    }
  }
`);

export const OPEN_REVIEW = graphql(`
  mutation OpenYearReview($year: Int!) {
    openYearReview(year: $year) {
      id
      state
    }
  }
`);

export const CLOSE_YEAR = graphql(`
  mutation CloseYear($year: Int!, $note: String, $overObjections: Boolean) {
    closeYear(year: $year, note: $note, overObjections: $overObjections) {
      id
      state
      snapshotHash
    }
  }
`);

export const REOPEN_YEAR = graphql(`
  mutation ReopenYear($year: Int!, $reason: String!) {
    reopenYear(year: $year, reason: $reason) {
      id
      state
    }
  }
`);
