/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SetAttendance($activityId: ID!, $memberId: ID!, $attendance: Attendance!) {\n    setActivityAttendance(activityId: $activityId, memberId: $memberId, attendance: $attendance) {\n      id\n      version\n      presentCount\n      participantCount\n    }\n  }\n": typeof types.SetAttendanceDocument,
    "\n  query AnnualSummary($townshipId: ID!, $year: Int!) {\n    annualSummary(townshipId: $townshipId, year: $year) {\n      townshipId\n      townshipName\n      year\n      figures {\n        key\n        label\n        text\n        value\n      }\n      sentences\n      text\n    }\n  }\n": typeof types.AnnualSummaryDocument,
    "\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    role\n    townshipId\n    handlingUnitId\n    township {\n      id\n      name\n    }\n    handlingUnit {\n      id\n      name\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Session {\n    me {\n      ...SessionUser\n    }\n    myPermissions {\n      operations\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation ConfirmClaim($id: ID!, $input: ClaimDecisionInput, $expectedVersion: Int) {\n    confirmClaim(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      review\n    }\n  }\n": typeof types.ConfirmClaimDocument,
    "\n  mutation RefuseClaim($id: ID!, $input: ClaimDecisionInput!, $expectedVersion: Int) {\n    refuseClaim(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      review\n    }\n  }\n": typeof types.RefuseClaimDocument,
    "\n  query Attachments($ownerType: String!, $ownerId: ID!) {\n    attachments(ownerType: $ownerType, ownerId: $ownerId) {\n      id\n      fileName\n      mimeType\n      size\n      url\n    }\n  }\n": typeof types.AttachmentsDocument,
    "\n  query CountyAnnualReport($year: Int!) {\n    countyAnnualReport(year: $year) {\n      year\n      townshipCount\n      closedAt\n      snapshotHash\n      sentences\n      figures {\n        key\n        label\n        kind\n        unit\n        total\n        mean\n        median\n        previousTotal\n        change\n      }\n      movers {\n        key\n        label\n        kind\n        unit\n        rises {\n          townshipId\n          townshipName\n          change\n        }\n        falls {\n          townshipId\n          townshipName\n          change\n        }\n      }\n      townships {\n        townshipId\n        townshipName\n        rank\n        score\n        figures {\n          key\n          value\n        }\n        planCompletionRate\n        members\n        membersMeetingAllRules\n        dutyComplianceRate\n      }\n    }\n  }\n": typeof types.CountyAnnualReportDocument,
    "\n  query TownshipComparison($year: Int!, $metrics: [String!], $perMember: Boolean!) {\n    townshipComparison(year: $year, metrics: $metrics, perMember: $perMember) {\n      year\n      perMember\n      metrics {\n        key\n        label\n        kind\n        group\n        total\n        mean\n        median\n      }\n      rows {\n        townshipId\n        townshipName\n        values {\n          key\n          value\n          rank\n          previous\n          change\n          changeRate\n        }\n      }\n    }\n  }\n": typeof types.TownshipComparisonDocument,
    "\n  query TownshipMetrics($townshipId: ID!, $fromYear: Int!, $toYear: Int!) {\n    townshipMetrics(townshipId: $townshipId, fromYear: $fromYear, toYear: $toYear) {\n      year\n      closedAt\n      values {\n        key\n        value\n        perMember\n      }\n    }\n  }\n": typeof types.TownshipMetricsDocument,
    "\n  query Assessment($year: Int!) {\n    assessment(year: $year) {\n      year\n      scheme {\n        key\n        label\n        weight\n        perMember\n      }\n      rows {\n        townshipId\n        townshipName\n        score\n        rank\n        metrics {\n          key\n          value\n          scaled\n        }\n      }\n    }\n  }\n": typeof types.AssessmentDocument,
    "\n  query AssessmentScheme($year: Int!) {\n    assessmentScheme(year: $year) {\n      key\n      label\n      weight\n      perMember\n    }\n  }\n": typeof types.AssessmentSchemeDocument,
    "\n  mutation SetAssessmentScheme($year: Int!, $items: [AssessmentItemInput!]!) {\n    setAssessmentScheme(year: $year, items: $items) {\n      key\n      label\n      weight\n      perMember\n    }\n  }\n": typeof types.SetAssessmentSchemeDocument,
    "\n  query AllZeroMetrics($year: Int!) {\n    townshipComparison(year: $year) {\n      metrics {\n        key\n        allZero\n      }\n    }\n  }\n": typeof types.AllZeroMetricsDocument,
    "\n  query MetricRecords(\n    $metric: String!\n    $year: Int!\n    $townshipId: ID\n    $memberId: ID\n    $part: MetricRecordPart!\n    $page: PageInput\n  ) {\n    metricRecords(\n      metric: $metric\n      year: $year\n      townshipId: $townshipId\n      memberId: $memberId\n      part: $part\n      page: $page\n    ) {\n      totalCount\n      valueSum\n      nodes {\n        recordType\n        id\n        title\n        date\n        memberId\n        memberName\n        parentType\n        parentId\n        value\n      }\n    }\n  }\n": typeof types.MetricRecordsDocument,
    "\n  query DutyRuleSet($year: Int!) {\n    dutyRuleSet(year: $year) {\n      year\n      isDefault\n      proposalBasis\n      rules {\n        key\n        label\n        minCount\n        points\n        proposalBasis\n        description\n      }\n    }\n  }\n": typeof types.DutyRuleSetDocument,
    "\n  mutation SetDutyRules($year: Int!, $rules: [DutyRuleSpecInput!]!) {\n    setDutyRules(year: $year, rules: $rules) {\n      year\n      isDefault\n      proposalBasis\n      rules {\n        key\n        label\n        minCount\n        points\n        proposalBasis\n        description\n      }\n    }\n  }\n": typeof types.SetDutyRulesDocument,
    "\n  query MemberDuty($year: Int!, $townshipId: ID) {\n    memberDuty(year: $year, townshipId: $townshipId) {\n      memberId\n      memberName\n      townshipId\n      allMet\n      missed\n      points\n      rules {\n        key\n        label\n        actual\n        minCount\n        met\n        points\n      }\n    }\n  }\n": typeof types.MemberDutyDocument,
    "\n  fragment MemberHistoryResult on Member {\n    id\n    version\n    townshipId\n    status\n    term\n  }\n": typeof types.MemberHistoryResultFragmentDoc,
    "\n  mutation TransferMember($id: ID!, $input: TransferMemberInput!, $expectedVersion: Int) {\n    transferMember(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...MemberHistoryResult\n    }\n  }\n": typeof types.TransferMemberDocument,
    "\n  mutation ChangeMemberStatus($id: ID!, $input: MemberStatusChangeInput!, $expectedVersion: Int) {\n    changeMemberStatus(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...MemberHistoryResult\n    }\n  }\n": typeof types.ChangeMemberStatusDocument,
    "\n  mutation ReappointMember($id: ID!, $input: ReappointMemberInput!, $expectedVersion: Int) {\n    reappointMember(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...MemberHistoryResult\n    }\n  }\n": typeof types.ReappointMemberDocument,
    "\n  mutation AcceptObjection($id: ID!, $input: ObjectionAnswerInput, $expectedVersion: Int) {\n    acceptObjection(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.AcceptObjectionDocument,
    "\n  mutation RefuseObjection($id: ID!, $input: ObjectionAnswerInput!, $expectedVersion: Int) {\n    refuseObjection(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.RefuseObjectionDocument,
    "\n  fragment ProposalHandlingFields on Proposal {\n    proposerContacts {\n      memberId\n      name\n      sectorName\n      phone\n      isLead\n    }\n    contacts {\n      id\n      contactedOn\n      form\n      participants\n      proposerView\n      recordedByName\n      unitId\n    }\n    unitRequests {\n      id\n      kind\n      status\n      reason\n      suggestion\n      requestedOn\n      requestedByName\n      previousDeadline\n      requestedDeadline\n      decidedOn\n      decidedByName\n      decisionNote\n      grantedDeadline\n      unitId\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProposalHandlingFieldsFragmentDoc,
    "\n  mutation RequestUnitChange($id: ID!, $input: UnitRequestInput!, $expectedVersion: Int) {\n    requestUnitChange(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.RequestUnitChangeDocument,
    "\n  mutation DecideUnitRequest($id: ID!, $input: DecideUnitRequestInput!, $expectedVersion: Int) {\n    decideUnitRequest(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.DecideUnitRequestDocument,
    "\n  mutation RecordProposalContact($id: ID!, $input: ProposalContactInput!, $expectedVersion: Int) {\n    recordProposalContact(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.RecordProposalContactDocument,
    "\n  fragment ProposalStepResult on Proposal {\n    id\n    version\n    status\n    allowedActions\n  }\n": typeof types.ProposalStepResultFragmentDoc,
    "\n  mutation ReviewProposal($id: ID!, $input: ReviewProposalInput!, $expectedVersion: Int) {\n    reviewProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n": typeof types.ReviewProposalDocument,
    "\n  mutation AssignProposal($id: ID!, $input: AssignProposalInput!, $expectedVersion: Int) {\n    assignProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n": typeof types.AssignProposalDocument,
    "\n  mutation ReplyProposal($id: ID!, $input: ReplyProposalInput!, $expectedVersion: Int) {\n    replyProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n": typeof types.ReplyProposalDocument,
    "\n  mutation SubmitCoUnitOpinion($id: ID!, $input: CoUnitOpinionInput!, $expectedVersion: Int) {\n    submitCoUnitOpinion(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n": typeof types.SubmitCoUnitOpinionDocument,
    "\n  mutation WaiveCoUnitOpinion($id: ID!, $input: WaiveCoUnitInput!, $expectedVersion: Int) {\n    waiveCoUnitOpinion(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n": typeof types.WaiveCoUnitOpinionDocument,
    "\n  mutation RecordProposalFeedback($id: ID!, $input: ProposalFeedbackInput!, $expectedVersion: Int) {\n    recordProposalFeedback(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n": typeof types.RecordProposalFeedbackDocument,
    "\n  mutation SetProposalImplementation($id: ID!, $status: ImplementationStatus!, $expectedVersion: Int) {\n    setProposalImplementation(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n": typeof types.SetProposalImplementationDocument,
    "\n  mutation CloseProposal($id: ID!, $input: CloseProposalInput, $expectedVersion: Int) {\n    closeProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n": typeof types.CloseProposalDocument,
    "\n  mutation SetProposalKey($id: ID!, $input: ProposalKeyInput!, $expectedVersion: Int) {\n    setProposalKey(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n      isKey\n      supervisingChair\n    }\n  }\n": typeof types.SetProposalKeyDocument,
    "\n  fragment TownshipFields on Township {\n    id\n    version\n    name\n    code\n    kind\n    bodyName\n    bodyKind\n    director\n    phone\n    address\n    sortOrder\n    memberCount\n    createdAt\n    updatedAt\n  }\n": typeof types.TownshipFieldsFragmentDoc,
    "\n  fragment SectorFields on Sector {\n    id\n    version\n    name\n    category\n    sortOrder\n    memberCount\n    createdAt\n    updatedAt\n  }\n": typeof types.SectorFieldsFragmentDoc,
    "\n  fragment CommitteeFields on Committee {\n    id\n    version\n    name\n    description\n    sortOrder\n    memberCount\n    createdAt\n    updatedAt\n  }\n": typeof types.CommitteeFieldsFragmentDoc,
    "\n  fragment MemberFields on Member {\n    id\n    version\n    name\n    gender\n    ethnicity\n    birthDate\n    affiliation\n    sectorId\n    sector {\n      id\n      name\n    }\n    townshipId\n    township {\n      id\n      name\n    }\n    kind\n    term\n    status\n    workUnit\n    title\n    phone\n    birthYear\n    personalDataMasked\n    joinedOn\n    leftOn\n    leaveReason\n    needsDetails\n    archivedAt\n    createdAt\n    updatedAt\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  fragment MemberOneFields on Member {\n    ...MemberFields\n    tenures {\n      townshipId\n      startsOn\n      endsOn\n      endReason\n      endNote\n      estimated\n    }\n    terms {\n      term\n      startsOn\n    }\n  }\n": typeof types.MemberOneFieldsFragmentDoc,
    "\n  fragment HandlingUnitFields on HandlingUnit {\n    id\n    version\n    name\n    shortName\n    kind\n    contactPerson\n    contactPhone\n    archivedAt\n    createdAt\n    updatedAt\n  }\n": typeof types.HandlingUnitFieldsFragmentDoc,
    "\n  fragment ProposalFields on Proposal {\n    id\n    version\n    serialNo\n    title\n    year\n    session\n    category\n    status\n    proposerKind\n    proposerOrgName\n    leadMemberId\n    leadMember {\n      id\n      name\n    }\n    townshipId\n    township {\n      id\n      name\n    }\n    submittedOn\n    isKey\n    supervisingChair\n    assignedOn\n    deadline\n    overdueDays\n    leadUnitId\n    leadUnit {\n      id\n      name\n      shortName\n    }\n    firstReplyOn\n    replyClass\n    satisfaction\n    implementation\n    allowedActions\n    updatedAt\n  }\n": typeof types.ProposalFieldsFragmentDoc,
    "\n  fragment ProposalOneFields on Proposal {\n    ...ProposalFields\n    content\n    coSigners {\n      id\n      name\n      township {\n        id\n        name\n      }\n    }\n    reviewDecision\n    reviewNote\n    reviewedOn\n    mergedIntoId\n    mergedInto {\n      id\n      serialNo\n      title\n      year\n      status\n    }\n    mergedProposals {\n      id\n      serialNo\n      title\n      year\n      status\n    }\n    units {\n      id\n      role\n      unitId\n      unit {\n        id\n        name\n      }\n      opinionText\n      opinionOn\n      opinionByName\n      waivedOn\n      waiverNote\n    }\n    leadUnit {\n      id\n      contactPerson\n      contactPhone\n    }\n    replyBeforeCoUnits\n    replies {\n      id\n      round\n      repliedOn\n      replyClass\n      text\n      docNo\n      signer\n      contactPerson\n      contactPhone\n      satisfaction\n      feedbackOn\n      feedbackNote\n    }\n    lastReplyOn\n    replyText\n    feedbackOn\n    closedOn\n    createdAt\n    history {\n      id\n      action\n      actorName\n      at\n      fromStatus\n      toStatus\n      note\n    }\n    ...ProposalHandlingFields\n  }\n": typeof types.ProposalOneFieldsFragmentDoc,
    "\n  fragment ActivityFields on Activity {\n    id\n    version\n    title\n    kind\n    heldOn\n    year\n    location\n    townshipId\n    township {\n      id\n      name\n    }\n    meetingKind\n    consultationScale\n    topic\n    reportTitle\n    submittedTo\n    suggestionsMade\n    suggestionsAdopted\n    peopleReached\n    opinionsCollected\n    donationYuan\n    beneficiaries\n    outletLevel\n    piecesSubmitted\n    participantCount\n    presentCount\n    createdAt\n    updatedAt\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  fragment OpinionReportFields on OpinionReport {\n    id\n    version\n    title\n    submittedOn\n    year\n    status\n    adoptionLevel\n    adoptedOn\n    leaderInstruction\n    instructionLevel\n    instructionLeader\n    instructedOn\n    adoptionReview\n    instructionReview\n    publishedIssue\n    townshipId\n    township {\n      id\n      name\n    }\n    submitterIds\n    submitters {\n      id\n      name\n      township {\n        id\n        name\n      }\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.OpinionReportFieldsFragmentDoc,
    "\n  fragment WorkPlanFields on WorkPlan {\n    id\n    version\n    title\n    year\n    townshipId\n    township {\n      id\n      name\n    }\n    notes\n    completionRate\n    items {\n      id\n      metricKey\n      metricLabel\n      kind\n      quarter\n      target\n      description\n      progress {\n        actual\n        target\n        completed\n      }\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.WorkPlanFieldsFragmentDoc,
    "\n  fragment DutyReportFields on DutyReport {\n    id\n    version\n    memberId\n    member {\n      id\n      name\n      township {\n        id\n        name\n      }\n    }\n    year\n    submittedOn\n    title\n    createdAt\n    updatedAt\n  }\n": typeof types.DutyReportFieldsFragmentDoc,
    "\n  fragment SupervisionTargetFields on SupervisionTarget {\n    id\n    version\n    topic\n    kind\n    year\n    unitId\n    unit {\n      id\n      name\n    }\n    phases\n    nextPhases\n    complete\n    planCheckOn\n    midYearOn\n    evaluationOn\n    lookBackOn\n    questionnairesIssued\n    questionnairesReturned\n    score\n    grade\n    recommendationCount\n    createdAt\n    updatedAt\n  }\n": typeof types.SupervisionTargetFieldsFragmentDoc,
    "\n  fragment SupervisionTargetOneFields on SupervisionTarget {\n    ...SupervisionTargetFields\n    planCheckNotes\n    midYearNotes\n    evaluationNotes\n    lookBackNotes\n    findings\n    rectificationItems {\n      id\n      version\n      text\n      dueOn\n      status\n      targetId\n    }\n  }\n": typeof types.SupervisionTargetOneFieldsFragmentDoc,
    "\n  fragment RectificationItemFields on RectificationItem {\n    id\n    version\n    text\n    dueOn\n    status\n    targetId\n    target {\n      id\n      topic\n      year\n      unit {\n        id\n        name\n      }\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.RectificationItemFieldsFragmentDoc,
    "\n  fragment UserFields on User {\n    id\n    version\n    username\n    displayName\n    role\n    townshipId\n    township {\n      id\n      name\n    }\n    handlingUnitId\n    handlingUnit {\n      id\n      name\n    }\n    disabledAt\n    loginBlockedUntil\n    createdAt\n    updatedAt\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    role\n    townshipId\n    handlingUnitId\n    readOnly\n    personalData\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    action\n    actorKind\n    actorId\n    actorName\n    entityType\n    entityId\n    requestId\n    clientAddress\n  }\n": typeof types.AuditEntryFieldsFragmentDoc,
    "\n  fragment ClaimFields on Claim {\n    id\n    version\n    kind\n    recordType\n    recordId\n    townshipId\n    township {\n      id\n      name\n    }\n    year\n    title\n    claimed\n    evidence\n    review\n    claimedByName\n    createdAt\n    decidedByName\n    decidedAt\n    decisionNote\n    supersededAt\n  }\n": typeof types.ClaimFieldsFragmentDoc,
    "\n  fragment ObjectionFields on Objection {\n    id\n    version\n    year\n    townshipId\n    township {\n      id\n      name\n    }\n    metric\n    figure\n    reason\n    evidence\n    status\n    raisedByName\n    createdAt\n    answer\n    answeredByName\n    answeredAt\n  }\n": typeof types.ObjectionFieldsFragmentDoc,
    "\n  fragment CommitteeOneFields on Committee {\n    ...CommitteeFields\n    members {\n      memberId\n      role\n      member {\n        id\n        name\n        township {\n          id\n          name\n        }\n        sector {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CommitteeOneFieldsFragmentDoc,
    "\n  fragment ActivityOneFields on Activity {\n    ...ActivityFields\n    notes\n    participants {\n      memberId\n      attendance\n      member {\n        id\n        name\n        township {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ActivityOneFieldsFragmentDoc,
    "\n  fragment OpinionReportOneFields on OpinionReport {\n    ...OpinionReportFields\n    content\n  }\n": typeof types.OpinionReportOneFieldsFragmentDoc,
    "\n  fragment AuditEntryOneFields on AuditEntry {\n    ...AuditEntryFields\n    before\n    after\n  }\n": typeof types.AuditEntryOneFieldsFragmentDoc,
    "\n  mutation RecordPhase($id: ID!, $phase: SupervisionPhase!, $on: Date!, $notes: String) {\n    recordSupervisionPhase(id: $id, phase: $phase, on: $on, notes: $notes) {\n      id\n      version\n      phases\n      nextPhases\n      complete\n    }\n  }\n": typeof types.RecordPhaseDocument,
    "\n  mutation RecordEvaluation($id: ID!, $input: SupervisionEvaluationInput!) {\n    recordSupervisionEvaluation(id: $id, input: $input) {\n      id\n      version\n      score\n      grade\n    }\n  }\n": typeof types.RecordEvaluationDocument,
    "\n  mutation SetRectificationStatus($id: ID!, $status: RectificationStatus!) {\n    setRectificationStatus(id: $id, status: $status) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.SetRectificationStatusDocument,
    "\n  mutation CreateRectificationItem($input: RectificationItemInput!) {\n    createRectificationItem(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateRectificationItemDocument,
    "\n  mutation DeleteRectificationItem($id: ID!) {\n    deleteRectificationItem(id: $id)\n  }\n": typeof types.DeleteRectificationItemDocument,
    "\n  query HandlingUnitStats($year: Int!) {\n    handlingUnitStats(year: $year) {\n      unitId\n      unitName\n      assignedLead\n      assignedCo\n      replied\n      repliedOnTime\n      onTimeRate\n      overdueNow\n      averageDaysToReply\n      classA\n      classB\n      classC\n      classAShare\n      classBShare\n      classCShare\n      rated\n      satisfactionRate\n      rehandled\n      contacted\n      contactRate\n      coOpinionsPending\n      coOpinionsSent\n      returnsAsked\n      extensionsAsked\n    }\n  }\n": typeof types.HandlingUnitStatsDocument,
    "\n  fragment WorklistProposal on Proposal {\n    id\n    year\n    serialNo\n    title\n    status\n    isKey\n    deadline\n    overdueDays\n    firstReplyOn\n  }\n": typeof types.WorklistProposalFragmentDoc,
    "\n  query UnitWorklist {\n    unitWorklist {\n      unitId\n      dueSoonDays\n      toReply {\n        ...WorklistProposal\n      }\n      dueSoon {\n        ...WorklistProposal\n      }\n      overdue {\n        ...WorklistProposal\n      }\n      coOpinionsDue {\n        ...WorklistProposal\n      }\n      requestsPending {\n        ...WorklistRequest\n      }\n      requestsDecided {\n        ...WorklistRequest\n      }\n    }\n  }\n  fragment WorklistRequest on UnitRequest {\n    id\n    kind\n    status\n    reason\n    requestedOn\n    requestedDeadline\n    decidedOn\n    decisionNote\n    grantedDeadline\n    proposalId\n    proposal {\n      ...WorklistProposal\n    }\n  }\n": typeof types.UnitWorklistDocument,
    "\n  query HandlingRules {\n    handlingRules {\n      returnWindowWorkingDays\n      dueSoonDays\n    }\n  }\n": typeof types.HandlingRulesDocument,
    "\n  mutation SetHandlingRules($input: HandlingRulesInput!) {\n    setHandlingRules(input: $input) {\n      returnWindowWorkingDays\n      dueSoonDays\n    }\n  }\n": typeof types.SetHandlingRulesDocument,
    "\n  mutation UnlockLogin($username: String!) {\n    unlockLogin(username: $username)\n  }\n": typeof types.UnlockLoginDocument,
    "\n  query YearClose($year: Int!) {\n    yearClose(year: $year) {\n      year\n      state\n      editions {\n        id\n        version\n        edition\n        state\n        reviewOpenedAt\n        reviewOpenedByName\n        closedAt\n        closedByName\n        closeNote\n        snapshotHash\n        reopenedAt\n        reopenedByName\n        reopenReason\n      }\n    }\n  }\n": typeof types.YearCloseDocument,
    "\n  query YearAudit($year: Int!) {\n    yearCorrections(year: $year) {\n      id\n      edition\n      entityType\n      entityId\n      action\n      reason\n      byName\n      at\n    }\n    yearDrift(year: $year) {\n      townshipId\n      townshipName\n      metric\n      sealed\n      current\n      difference\n    }\n  }\n": typeof types.YearAuditDocument,
    "\n  query YearSnapshot($year: Int!, $edition: Int) {\n    yearSnapshot(year: $year, edition: $edition) {\n      edition\n      hash\n      snapshot\n    }\n  }\n": typeof types.YearSnapshotDocument,
    "\n  mutation OpenYearReview($year: Int!) {\n    openYearReview(year: $year) {\n      id\n      state\n    }\n  }\n": typeof types.OpenYearReviewDocument,
    "\n  mutation CloseYear($year: Int!, $note: String, $overObjections: Boolean) {\n    closeYear(year: $year, note: $note, overObjections: $overObjections) {\n      id\n      state\n      snapshotHash\n    }\n  }\n": typeof types.CloseYearDocument,
    "\n  mutation ReopenYear($year: Int!, $reason: String!) {\n    reopenYear(year: $year, reason: $reason) {\n      id\n      state\n    }\n  }\n": typeof types.ReopenYearDocument,
};
const documents: Documents = {
    "\n  mutation SetAttendance($activityId: ID!, $memberId: ID!, $attendance: Attendance!) {\n    setActivityAttendance(activityId: $activityId, memberId: $memberId, attendance: $attendance) {\n      id\n      version\n      presentCount\n      participantCount\n    }\n  }\n": types.SetAttendanceDocument,
    "\n  query AnnualSummary($townshipId: ID!, $year: Int!) {\n    annualSummary(townshipId: $townshipId, year: $year) {\n      townshipId\n      townshipName\n      year\n      figures {\n        key\n        label\n        text\n        value\n      }\n      sentences\n      text\n    }\n  }\n": types.AnnualSummaryDocument,
    "\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    role\n    townshipId\n    handlingUnitId\n    township {\n      id\n      name\n    }\n    handlingUnit {\n      id\n      name\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n": types.LoginDocument,
    "\n  query Session {\n    me {\n      ...SessionUser\n    }\n    myPermissions {\n      operations\n    }\n  }\n": types.SessionDocument,
    "\n  mutation ConfirmClaim($id: ID!, $input: ClaimDecisionInput, $expectedVersion: Int) {\n    confirmClaim(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      review\n    }\n  }\n": types.ConfirmClaimDocument,
    "\n  mutation RefuseClaim($id: ID!, $input: ClaimDecisionInput!, $expectedVersion: Int) {\n    refuseClaim(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      review\n    }\n  }\n": types.RefuseClaimDocument,
    "\n  query Attachments($ownerType: String!, $ownerId: ID!) {\n    attachments(ownerType: $ownerType, ownerId: $ownerId) {\n      id\n      fileName\n      mimeType\n      size\n      url\n    }\n  }\n": types.AttachmentsDocument,
    "\n  query CountyAnnualReport($year: Int!) {\n    countyAnnualReport(year: $year) {\n      year\n      townshipCount\n      closedAt\n      snapshotHash\n      sentences\n      figures {\n        key\n        label\n        kind\n        unit\n        total\n        mean\n        median\n        previousTotal\n        change\n      }\n      movers {\n        key\n        label\n        kind\n        unit\n        rises {\n          townshipId\n          townshipName\n          change\n        }\n        falls {\n          townshipId\n          townshipName\n          change\n        }\n      }\n      townships {\n        townshipId\n        townshipName\n        rank\n        score\n        figures {\n          key\n          value\n        }\n        planCompletionRate\n        members\n        membersMeetingAllRules\n        dutyComplianceRate\n      }\n    }\n  }\n": types.CountyAnnualReportDocument,
    "\n  query TownshipComparison($year: Int!, $metrics: [String!], $perMember: Boolean!) {\n    townshipComparison(year: $year, metrics: $metrics, perMember: $perMember) {\n      year\n      perMember\n      metrics {\n        key\n        label\n        kind\n        group\n        total\n        mean\n        median\n      }\n      rows {\n        townshipId\n        townshipName\n        values {\n          key\n          value\n          rank\n          previous\n          change\n          changeRate\n        }\n      }\n    }\n  }\n": types.TownshipComparisonDocument,
    "\n  query TownshipMetrics($townshipId: ID!, $fromYear: Int!, $toYear: Int!) {\n    townshipMetrics(townshipId: $townshipId, fromYear: $fromYear, toYear: $toYear) {\n      year\n      closedAt\n      values {\n        key\n        value\n        perMember\n      }\n    }\n  }\n": types.TownshipMetricsDocument,
    "\n  query Assessment($year: Int!) {\n    assessment(year: $year) {\n      year\n      scheme {\n        key\n        label\n        weight\n        perMember\n      }\n      rows {\n        townshipId\n        townshipName\n        score\n        rank\n        metrics {\n          key\n          value\n          scaled\n        }\n      }\n    }\n  }\n": types.AssessmentDocument,
    "\n  query AssessmentScheme($year: Int!) {\n    assessmentScheme(year: $year) {\n      key\n      label\n      weight\n      perMember\n    }\n  }\n": types.AssessmentSchemeDocument,
    "\n  mutation SetAssessmentScheme($year: Int!, $items: [AssessmentItemInput!]!) {\n    setAssessmentScheme(year: $year, items: $items) {\n      key\n      label\n      weight\n      perMember\n    }\n  }\n": types.SetAssessmentSchemeDocument,
    "\n  query AllZeroMetrics($year: Int!) {\n    townshipComparison(year: $year) {\n      metrics {\n        key\n        allZero\n      }\n    }\n  }\n": types.AllZeroMetricsDocument,
    "\n  query MetricRecords(\n    $metric: String!\n    $year: Int!\n    $townshipId: ID\n    $memberId: ID\n    $part: MetricRecordPart!\n    $page: PageInput\n  ) {\n    metricRecords(\n      metric: $metric\n      year: $year\n      townshipId: $townshipId\n      memberId: $memberId\n      part: $part\n      page: $page\n    ) {\n      totalCount\n      valueSum\n      nodes {\n        recordType\n        id\n        title\n        date\n        memberId\n        memberName\n        parentType\n        parentId\n        value\n      }\n    }\n  }\n": types.MetricRecordsDocument,
    "\n  query DutyRuleSet($year: Int!) {\n    dutyRuleSet(year: $year) {\n      year\n      isDefault\n      proposalBasis\n      rules {\n        key\n        label\n        minCount\n        points\n        proposalBasis\n        description\n      }\n    }\n  }\n": types.DutyRuleSetDocument,
    "\n  mutation SetDutyRules($year: Int!, $rules: [DutyRuleSpecInput!]!) {\n    setDutyRules(year: $year, rules: $rules) {\n      year\n      isDefault\n      proposalBasis\n      rules {\n        key\n        label\n        minCount\n        points\n        proposalBasis\n        description\n      }\n    }\n  }\n": types.SetDutyRulesDocument,
    "\n  query MemberDuty($year: Int!, $townshipId: ID) {\n    memberDuty(year: $year, townshipId: $townshipId) {\n      memberId\n      memberName\n      townshipId\n      allMet\n      missed\n      points\n      rules {\n        key\n        label\n        actual\n        minCount\n        met\n        points\n      }\n    }\n  }\n": types.MemberDutyDocument,
    "\n  fragment MemberHistoryResult on Member {\n    id\n    version\n    townshipId\n    status\n    term\n  }\n": types.MemberHistoryResultFragmentDoc,
    "\n  mutation TransferMember($id: ID!, $input: TransferMemberInput!, $expectedVersion: Int) {\n    transferMember(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...MemberHistoryResult\n    }\n  }\n": types.TransferMemberDocument,
    "\n  mutation ChangeMemberStatus($id: ID!, $input: MemberStatusChangeInput!, $expectedVersion: Int) {\n    changeMemberStatus(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...MemberHistoryResult\n    }\n  }\n": types.ChangeMemberStatusDocument,
    "\n  mutation ReappointMember($id: ID!, $input: ReappointMemberInput!, $expectedVersion: Int) {\n    reappointMember(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...MemberHistoryResult\n    }\n  }\n": types.ReappointMemberDocument,
    "\n  mutation AcceptObjection($id: ID!, $input: ObjectionAnswerInput, $expectedVersion: Int) {\n    acceptObjection(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n": types.AcceptObjectionDocument,
    "\n  mutation RefuseObjection($id: ID!, $input: ObjectionAnswerInput!, $expectedVersion: Int) {\n    refuseObjection(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n": types.RefuseObjectionDocument,
    "\n  fragment ProposalHandlingFields on Proposal {\n    proposerContacts {\n      memberId\n      name\n      sectorName\n      phone\n      isLead\n    }\n    contacts {\n      id\n      contactedOn\n      form\n      participants\n      proposerView\n      recordedByName\n      unitId\n    }\n    unitRequests {\n      id\n      kind\n      status\n      reason\n      suggestion\n      requestedOn\n      requestedByName\n      previousDeadline\n      requestedDeadline\n      decidedOn\n      decidedByName\n      decisionNote\n      grantedDeadline\n      unitId\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.ProposalHandlingFieldsFragmentDoc,
    "\n  mutation RequestUnitChange($id: ID!, $input: UnitRequestInput!, $expectedVersion: Int) {\n    requestUnitChange(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.RequestUnitChangeDocument,
    "\n  mutation DecideUnitRequest($id: ID!, $input: DecideUnitRequestInput!, $expectedVersion: Int) {\n    decideUnitRequest(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.DecideUnitRequestDocument,
    "\n  mutation RecordProposalContact($id: ID!, $input: ProposalContactInput!, $expectedVersion: Int) {\n    recordProposalContact(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.RecordProposalContactDocument,
    "\n  fragment ProposalStepResult on Proposal {\n    id\n    version\n    status\n    allowedActions\n  }\n": types.ProposalStepResultFragmentDoc,
    "\n  mutation ReviewProposal($id: ID!, $input: ReviewProposalInput!, $expectedVersion: Int) {\n    reviewProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n": types.ReviewProposalDocument,
    "\n  mutation AssignProposal($id: ID!, $input: AssignProposalInput!, $expectedVersion: Int) {\n    assignProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n": types.AssignProposalDocument,
    "\n  mutation ReplyProposal($id: ID!, $input: ReplyProposalInput!, $expectedVersion: Int) {\n    replyProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n": types.ReplyProposalDocument,
    "\n  mutation SubmitCoUnitOpinion($id: ID!, $input: CoUnitOpinionInput!, $expectedVersion: Int) {\n    submitCoUnitOpinion(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n": types.SubmitCoUnitOpinionDocument,
    "\n  mutation WaiveCoUnitOpinion($id: ID!, $input: WaiveCoUnitInput!, $expectedVersion: Int) {\n    waiveCoUnitOpinion(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n": types.WaiveCoUnitOpinionDocument,
    "\n  mutation RecordProposalFeedback($id: ID!, $input: ProposalFeedbackInput!, $expectedVersion: Int) {\n    recordProposalFeedback(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n": types.RecordProposalFeedbackDocument,
    "\n  mutation SetProposalImplementation($id: ID!, $status: ImplementationStatus!, $expectedVersion: Int) {\n    setProposalImplementation(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n": types.SetProposalImplementationDocument,
    "\n  mutation CloseProposal($id: ID!, $input: CloseProposalInput, $expectedVersion: Int) {\n    closeProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n": types.CloseProposalDocument,
    "\n  mutation SetProposalKey($id: ID!, $input: ProposalKeyInput!, $expectedVersion: Int) {\n    setProposalKey(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n      isKey\n      supervisingChair\n    }\n  }\n": types.SetProposalKeyDocument,
    "\n  fragment TownshipFields on Township {\n    id\n    version\n    name\n    code\n    kind\n    bodyName\n    bodyKind\n    director\n    phone\n    address\n    sortOrder\n    memberCount\n    createdAt\n    updatedAt\n  }\n": types.TownshipFieldsFragmentDoc,
    "\n  fragment SectorFields on Sector {\n    id\n    version\n    name\n    category\n    sortOrder\n    memberCount\n    createdAt\n    updatedAt\n  }\n": types.SectorFieldsFragmentDoc,
    "\n  fragment CommitteeFields on Committee {\n    id\n    version\n    name\n    description\n    sortOrder\n    memberCount\n    createdAt\n    updatedAt\n  }\n": types.CommitteeFieldsFragmentDoc,
    "\n  fragment MemberFields on Member {\n    id\n    version\n    name\n    gender\n    ethnicity\n    birthDate\n    affiliation\n    sectorId\n    sector {\n      id\n      name\n    }\n    townshipId\n    township {\n      id\n      name\n    }\n    kind\n    term\n    status\n    workUnit\n    title\n    phone\n    birthYear\n    personalDataMasked\n    joinedOn\n    leftOn\n    leaveReason\n    needsDetails\n    archivedAt\n    createdAt\n    updatedAt\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  fragment MemberOneFields on Member {\n    ...MemberFields\n    tenures {\n      townshipId\n      startsOn\n      endsOn\n      endReason\n      endNote\n      estimated\n    }\n    terms {\n      term\n      startsOn\n    }\n  }\n": types.MemberOneFieldsFragmentDoc,
    "\n  fragment HandlingUnitFields on HandlingUnit {\n    id\n    version\n    name\n    shortName\n    kind\n    contactPerson\n    contactPhone\n    archivedAt\n    createdAt\n    updatedAt\n  }\n": types.HandlingUnitFieldsFragmentDoc,
    "\n  fragment ProposalFields on Proposal {\n    id\n    version\n    serialNo\n    title\n    year\n    session\n    category\n    status\n    proposerKind\n    proposerOrgName\n    leadMemberId\n    leadMember {\n      id\n      name\n    }\n    townshipId\n    township {\n      id\n      name\n    }\n    submittedOn\n    isKey\n    supervisingChair\n    assignedOn\n    deadline\n    overdueDays\n    leadUnitId\n    leadUnit {\n      id\n      name\n      shortName\n    }\n    firstReplyOn\n    replyClass\n    satisfaction\n    implementation\n    allowedActions\n    updatedAt\n  }\n": types.ProposalFieldsFragmentDoc,
    "\n  fragment ProposalOneFields on Proposal {\n    ...ProposalFields\n    content\n    coSigners {\n      id\n      name\n      township {\n        id\n        name\n      }\n    }\n    reviewDecision\n    reviewNote\n    reviewedOn\n    mergedIntoId\n    mergedInto {\n      id\n      serialNo\n      title\n      year\n      status\n    }\n    mergedProposals {\n      id\n      serialNo\n      title\n      year\n      status\n    }\n    units {\n      id\n      role\n      unitId\n      unit {\n        id\n        name\n      }\n      opinionText\n      opinionOn\n      opinionByName\n      waivedOn\n      waiverNote\n    }\n    leadUnit {\n      id\n      contactPerson\n      contactPhone\n    }\n    replyBeforeCoUnits\n    replies {\n      id\n      round\n      repliedOn\n      replyClass\n      text\n      docNo\n      signer\n      contactPerson\n      contactPhone\n      satisfaction\n      feedbackOn\n      feedbackNote\n    }\n    lastReplyOn\n    replyText\n    feedbackOn\n    closedOn\n    createdAt\n    history {\n      id\n      action\n      actorName\n      at\n      fromStatus\n      toStatus\n      note\n    }\n    ...ProposalHandlingFields\n  }\n": types.ProposalOneFieldsFragmentDoc,
    "\n  fragment ActivityFields on Activity {\n    id\n    version\n    title\n    kind\n    heldOn\n    year\n    location\n    townshipId\n    township {\n      id\n      name\n    }\n    meetingKind\n    consultationScale\n    topic\n    reportTitle\n    submittedTo\n    suggestionsMade\n    suggestionsAdopted\n    peopleReached\n    opinionsCollected\n    donationYuan\n    beneficiaries\n    outletLevel\n    piecesSubmitted\n    participantCount\n    presentCount\n    createdAt\n    updatedAt\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  fragment OpinionReportFields on OpinionReport {\n    id\n    version\n    title\n    submittedOn\n    year\n    status\n    adoptionLevel\n    adoptedOn\n    leaderInstruction\n    instructionLevel\n    instructionLeader\n    instructedOn\n    adoptionReview\n    instructionReview\n    publishedIssue\n    townshipId\n    township {\n      id\n      name\n    }\n    submitterIds\n    submitters {\n      id\n      name\n      township {\n        id\n        name\n      }\n    }\n    createdAt\n    updatedAt\n  }\n": types.OpinionReportFieldsFragmentDoc,
    "\n  fragment WorkPlanFields on WorkPlan {\n    id\n    version\n    title\n    year\n    townshipId\n    township {\n      id\n      name\n    }\n    notes\n    completionRate\n    items {\n      id\n      metricKey\n      metricLabel\n      kind\n      quarter\n      target\n      description\n      progress {\n        actual\n        target\n        completed\n      }\n    }\n    createdAt\n    updatedAt\n  }\n": types.WorkPlanFieldsFragmentDoc,
    "\n  fragment DutyReportFields on DutyReport {\n    id\n    version\n    memberId\n    member {\n      id\n      name\n      township {\n        id\n        name\n      }\n    }\n    year\n    submittedOn\n    title\n    createdAt\n    updatedAt\n  }\n": types.DutyReportFieldsFragmentDoc,
    "\n  fragment SupervisionTargetFields on SupervisionTarget {\n    id\n    version\n    topic\n    kind\n    year\n    unitId\n    unit {\n      id\n      name\n    }\n    phases\n    nextPhases\n    complete\n    planCheckOn\n    midYearOn\n    evaluationOn\n    lookBackOn\n    questionnairesIssued\n    questionnairesReturned\n    score\n    grade\n    recommendationCount\n    createdAt\n    updatedAt\n  }\n": types.SupervisionTargetFieldsFragmentDoc,
    "\n  fragment SupervisionTargetOneFields on SupervisionTarget {\n    ...SupervisionTargetFields\n    planCheckNotes\n    midYearNotes\n    evaluationNotes\n    lookBackNotes\n    findings\n    rectificationItems {\n      id\n      version\n      text\n      dueOn\n      status\n      targetId\n    }\n  }\n": types.SupervisionTargetOneFieldsFragmentDoc,
    "\n  fragment RectificationItemFields on RectificationItem {\n    id\n    version\n    text\n    dueOn\n    status\n    targetId\n    target {\n      id\n      topic\n      year\n      unit {\n        id\n        name\n      }\n    }\n    createdAt\n    updatedAt\n  }\n": types.RectificationItemFieldsFragmentDoc,
    "\n  fragment UserFields on User {\n    id\n    version\n    username\n    displayName\n    role\n    townshipId\n    township {\n      id\n      name\n    }\n    handlingUnitId\n    handlingUnit {\n      id\n      name\n    }\n    disabledAt\n    loginBlockedUntil\n    createdAt\n    updatedAt\n  }\n": types.UserFieldsFragmentDoc,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    role\n    townshipId\n    handlingUnitId\n    readOnly\n    personalData\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    action\n    actorKind\n    actorId\n    actorName\n    entityType\n    entityId\n    requestId\n    clientAddress\n  }\n": types.AuditEntryFieldsFragmentDoc,
    "\n  fragment ClaimFields on Claim {\n    id\n    version\n    kind\n    recordType\n    recordId\n    townshipId\n    township {\n      id\n      name\n    }\n    year\n    title\n    claimed\n    evidence\n    review\n    claimedByName\n    createdAt\n    decidedByName\n    decidedAt\n    decisionNote\n    supersededAt\n  }\n": types.ClaimFieldsFragmentDoc,
    "\n  fragment ObjectionFields on Objection {\n    id\n    version\n    year\n    townshipId\n    township {\n      id\n      name\n    }\n    metric\n    figure\n    reason\n    evidence\n    status\n    raisedByName\n    createdAt\n    answer\n    answeredByName\n    answeredAt\n  }\n": types.ObjectionFieldsFragmentDoc,
    "\n  fragment CommitteeOneFields on Committee {\n    ...CommitteeFields\n    members {\n      memberId\n      role\n      member {\n        id\n        name\n        township {\n          id\n          name\n        }\n        sector {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CommitteeOneFieldsFragmentDoc,
    "\n  fragment ActivityOneFields on Activity {\n    ...ActivityFields\n    notes\n    participants {\n      memberId\n      attendance\n      member {\n        id\n        name\n        township {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ActivityOneFieldsFragmentDoc,
    "\n  fragment OpinionReportOneFields on OpinionReport {\n    ...OpinionReportFields\n    content\n  }\n": types.OpinionReportOneFieldsFragmentDoc,
    "\n  fragment AuditEntryOneFields on AuditEntry {\n    ...AuditEntryFields\n    before\n    after\n  }\n": types.AuditEntryOneFieldsFragmentDoc,
    "\n  mutation RecordPhase($id: ID!, $phase: SupervisionPhase!, $on: Date!, $notes: String) {\n    recordSupervisionPhase(id: $id, phase: $phase, on: $on, notes: $notes) {\n      id\n      version\n      phases\n      nextPhases\n      complete\n    }\n  }\n": types.RecordPhaseDocument,
    "\n  mutation RecordEvaluation($id: ID!, $input: SupervisionEvaluationInput!) {\n    recordSupervisionEvaluation(id: $id, input: $input) {\n      id\n      version\n      score\n      grade\n    }\n  }\n": types.RecordEvaluationDocument,
    "\n  mutation SetRectificationStatus($id: ID!, $status: RectificationStatus!) {\n    setRectificationStatus(id: $id, status: $status) {\n      id\n      version\n      status\n    }\n  }\n": types.SetRectificationStatusDocument,
    "\n  mutation CreateRectificationItem($input: RectificationItemInput!) {\n    createRectificationItem(input: $input) {\n      id\n    }\n  }\n": types.CreateRectificationItemDocument,
    "\n  mutation DeleteRectificationItem($id: ID!) {\n    deleteRectificationItem(id: $id)\n  }\n": types.DeleteRectificationItemDocument,
    "\n  query HandlingUnitStats($year: Int!) {\n    handlingUnitStats(year: $year) {\n      unitId\n      unitName\n      assignedLead\n      assignedCo\n      replied\n      repliedOnTime\n      onTimeRate\n      overdueNow\n      averageDaysToReply\n      classA\n      classB\n      classC\n      classAShare\n      classBShare\n      classCShare\n      rated\n      satisfactionRate\n      rehandled\n      contacted\n      contactRate\n      coOpinionsPending\n      coOpinionsSent\n      returnsAsked\n      extensionsAsked\n    }\n  }\n": types.HandlingUnitStatsDocument,
    "\n  fragment WorklistProposal on Proposal {\n    id\n    year\n    serialNo\n    title\n    status\n    isKey\n    deadline\n    overdueDays\n    firstReplyOn\n  }\n": types.WorklistProposalFragmentDoc,
    "\n  query UnitWorklist {\n    unitWorklist {\n      unitId\n      dueSoonDays\n      toReply {\n        ...WorklistProposal\n      }\n      dueSoon {\n        ...WorklistProposal\n      }\n      overdue {\n        ...WorklistProposal\n      }\n      coOpinionsDue {\n        ...WorklistProposal\n      }\n      requestsPending {\n        ...WorklistRequest\n      }\n      requestsDecided {\n        ...WorklistRequest\n      }\n    }\n  }\n  fragment WorklistRequest on UnitRequest {\n    id\n    kind\n    status\n    reason\n    requestedOn\n    requestedDeadline\n    decidedOn\n    decisionNote\n    grantedDeadline\n    proposalId\n    proposal {\n      ...WorklistProposal\n    }\n  }\n": types.UnitWorklistDocument,
    "\n  query HandlingRules {\n    handlingRules {\n      returnWindowWorkingDays\n      dueSoonDays\n    }\n  }\n": types.HandlingRulesDocument,
    "\n  mutation SetHandlingRules($input: HandlingRulesInput!) {\n    setHandlingRules(input: $input) {\n      returnWindowWorkingDays\n      dueSoonDays\n    }\n  }\n": types.SetHandlingRulesDocument,
    "\n  mutation UnlockLogin($username: String!) {\n    unlockLogin(username: $username)\n  }\n": types.UnlockLoginDocument,
    "\n  query YearClose($year: Int!) {\n    yearClose(year: $year) {\n      year\n      state\n      editions {\n        id\n        version\n        edition\n        state\n        reviewOpenedAt\n        reviewOpenedByName\n        closedAt\n        closedByName\n        closeNote\n        snapshotHash\n        reopenedAt\n        reopenedByName\n        reopenReason\n      }\n    }\n  }\n": types.YearCloseDocument,
    "\n  query YearAudit($year: Int!) {\n    yearCorrections(year: $year) {\n      id\n      edition\n      entityType\n      entityId\n      action\n      reason\n      byName\n      at\n    }\n    yearDrift(year: $year) {\n      townshipId\n      townshipName\n      metric\n      sealed\n      current\n      difference\n    }\n  }\n": types.YearAuditDocument,
    "\n  query YearSnapshot($year: Int!, $edition: Int) {\n    yearSnapshot(year: $year, edition: $edition) {\n      edition\n      hash\n      snapshot\n    }\n  }\n": types.YearSnapshotDocument,
    "\n  mutation OpenYearReview($year: Int!) {\n    openYearReview(year: $year) {\n      id\n      state\n    }\n  }\n": types.OpenYearReviewDocument,
    "\n  mutation CloseYear($year: Int!, $note: String, $overObjections: Boolean) {\n    closeYear(year: $year, note: $note, overObjections: $overObjections) {\n      id\n      state\n      snapshotHash\n    }\n  }\n": types.CloseYearDocument,
    "\n  mutation ReopenYear($year: Int!, $reason: String!) {\n    reopenYear(year: $year, reason: $reason) {\n      id\n      state\n    }\n  }\n": types.ReopenYearDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAttendance($activityId: ID!, $memberId: ID!, $attendance: Attendance!) {\n    setActivityAttendance(activityId: $activityId, memberId: $memberId, attendance: $attendance) {\n      id\n      version\n      presentCount\n      participantCount\n    }\n  }\n"): typeof import('./graphql').SetAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualSummary($townshipId: ID!, $year: Int!) {\n    annualSummary(townshipId: $townshipId, year: $year) {\n      townshipId\n      townshipName\n      year\n      figures {\n        key\n        label\n        text\n        value\n      }\n      sentences\n      text\n    }\n  }\n"): typeof import('./graphql').AnnualSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    role\n    townshipId\n    handlingUnitId\n    township {\n      id\n      name\n    }\n    handlingUnit {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').SessionUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      ...SessionUser\n    }\n    myPermissions {\n      operations\n    }\n  }\n"): typeof import('./graphql').SessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmClaim($id: ID!, $input: ClaimDecisionInput, $expectedVersion: Int) {\n    confirmClaim(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      review\n    }\n  }\n"): typeof import('./graphql').ConfirmClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseClaim($id: ID!, $input: ClaimDecisionInput!, $expectedVersion: Int) {\n    refuseClaim(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      review\n    }\n  }\n"): typeof import('./graphql').RefuseClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Attachments($ownerType: String!, $ownerId: ID!) {\n    attachments(ownerType: $ownerType, ownerId: $ownerId) {\n      id\n      fileName\n      mimeType\n      size\n      url\n    }\n  }\n"): typeof import('./graphql').AttachmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountyAnnualReport($year: Int!) {\n    countyAnnualReport(year: $year) {\n      year\n      townshipCount\n      closedAt\n      snapshotHash\n      sentences\n      figures {\n        key\n        label\n        kind\n        unit\n        total\n        mean\n        median\n        previousTotal\n        change\n      }\n      movers {\n        key\n        label\n        kind\n        unit\n        rises {\n          townshipId\n          townshipName\n          change\n        }\n        falls {\n          townshipId\n          townshipName\n          change\n        }\n      }\n      townships {\n        townshipId\n        townshipName\n        rank\n        score\n        figures {\n          key\n          value\n        }\n        planCompletionRate\n        members\n        membersMeetingAllRules\n        dutyComplianceRate\n      }\n    }\n  }\n"): typeof import('./graphql').CountyAnnualReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownshipComparison($year: Int!, $metrics: [String!], $perMember: Boolean!) {\n    townshipComparison(year: $year, metrics: $metrics, perMember: $perMember) {\n      year\n      perMember\n      metrics {\n        key\n        label\n        kind\n        group\n        total\n        mean\n        median\n      }\n      rows {\n        townshipId\n        townshipName\n        values {\n          key\n          value\n          rank\n          previous\n          change\n          changeRate\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TownshipComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownshipMetrics($townshipId: ID!, $fromYear: Int!, $toYear: Int!) {\n    townshipMetrics(townshipId: $townshipId, fromYear: $fromYear, toYear: $toYear) {\n      year\n      closedAt\n      values {\n        key\n        value\n        perMember\n      }\n    }\n  }\n"): typeof import('./graphql').TownshipMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assessment($year: Int!) {\n    assessment(year: $year) {\n      year\n      scheme {\n        key\n        label\n        weight\n        perMember\n      }\n      rows {\n        townshipId\n        townshipName\n        score\n        rank\n        metrics {\n          key\n          value\n          scaled\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentScheme($year: Int!) {\n    assessmentScheme(year: $year) {\n      key\n      label\n      weight\n      perMember\n    }\n  }\n"): typeof import('./graphql').AssessmentSchemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAssessmentScheme($year: Int!, $items: [AssessmentItemInput!]!) {\n    setAssessmentScheme(year: $year, items: $items) {\n      key\n      label\n      weight\n      perMember\n    }\n  }\n"): typeof import('./graphql').SetAssessmentSchemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllZeroMetrics($year: Int!) {\n    townshipComparison(year: $year) {\n      metrics {\n        key\n        allZero\n      }\n    }\n  }\n"): typeof import('./graphql').AllZeroMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricRecords(\n    $metric: String!\n    $year: Int!\n    $townshipId: ID\n    $memberId: ID\n    $part: MetricRecordPart!\n    $page: PageInput\n  ) {\n    metricRecords(\n      metric: $metric\n      year: $year\n      townshipId: $townshipId\n      memberId: $memberId\n      part: $part\n      page: $page\n    ) {\n      totalCount\n      valueSum\n      nodes {\n        recordType\n        id\n        title\n        date\n        memberId\n        memberName\n        parentType\n        parentId\n        value\n      }\n    }\n  }\n"): typeof import('./graphql').MetricRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyRuleSet($year: Int!) {\n    dutyRuleSet(year: $year) {\n      year\n      isDefault\n      proposalBasis\n      rules {\n        key\n        label\n        minCount\n        points\n        proposalBasis\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').DutyRuleSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDutyRules($year: Int!, $rules: [DutyRuleSpecInput!]!) {\n    setDutyRules(year: $year, rules: $rules) {\n      year\n      isDefault\n      proposalBasis\n      rules {\n        key\n        label\n        minCount\n        points\n        proposalBasis\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').SetDutyRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberDuty($year: Int!, $townshipId: ID) {\n    memberDuty(year: $year, townshipId: $townshipId) {\n      memberId\n      memberName\n      townshipId\n      allMet\n      missed\n      points\n      rules {\n        key\n        label\n        actual\n        minCount\n        met\n        points\n      }\n    }\n  }\n"): typeof import('./graphql').MemberDutyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberHistoryResult on Member {\n    id\n    version\n    townshipId\n    status\n    term\n  }\n"): typeof import('./graphql').MemberHistoryResultFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferMember($id: ID!, $input: TransferMemberInput!, $expectedVersion: Int) {\n    transferMember(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...MemberHistoryResult\n    }\n  }\n"): typeof import('./graphql').TransferMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberStatus($id: ID!, $input: MemberStatusChangeInput!, $expectedVersion: Int) {\n    changeMemberStatus(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...MemberHistoryResult\n    }\n  }\n"): typeof import('./graphql').ChangeMemberStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReappointMember($id: ID!, $input: ReappointMemberInput!, $expectedVersion: Int) {\n    reappointMember(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...MemberHistoryResult\n    }\n  }\n"): typeof import('./graphql').ReappointMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptObjection($id: ID!, $input: ObjectionAnswerInput, $expectedVersion: Int) {\n    acceptObjection(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').AcceptObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseObjection($id: ID!, $input: ObjectionAnswerInput!, $expectedVersion: Int) {\n    refuseObjection(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').RefuseObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalHandlingFields on Proposal {\n    proposerContacts {\n      memberId\n      name\n      sectorName\n      phone\n      isLead\n    }\n    contacts {\n      id\n      contactedOn\n      form\n      participants\n      proposerView\n      recordedByName\n      unitId\n    }\n    unitRequests {\n      id\n      kind\n      status\n      reason\n      suggestion\n      requestedOn\n      requestedByName\n      previousDeadline\n      requestedDeadline\n      decidedOn\n      decidedByName\n      decisionNote\n      grantedDeadline\n      unitId\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalHandlingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestUnitChange($id: ID!, $input: UnitRequestInput!, $expectedVersion: Int) {\n    requestUnitChange(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').RequestUnitChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideUnitRequest($id: ID!, $input: DecideUnitRequestInput!, $expectedVersion: Int) {\n    decideUnitRequest(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').DecideUnitRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordProposalContact($id: ID!, $input: ProposalContactInput!, $expectedVersion: Int) {\n    recordProposalContact(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').RecordProposalContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalStepResult on Proposal {\n    id\n    version\n    status\n    allowedActions\n  }\n"): typeof import('./graphql').ProposalStepResultFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewProposal($id: ID!, $input: ReviewProposalInput!, $expectedVersion: Int) {\n    reviewProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n"): typeof import('./graphql').ReviewProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignProposal($id: ID!, $input: AssignProposalInput!, $expectedVersion: Int) {\n    assignProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n"): typeof import('./graphql').AssignProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyProposal($id: ID!, $input: ReplyProposalInput!, $expectedVersion: Int) {\n    replyProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n"): typeof import('./graphql').ReplyProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCoUnitOpinion($id: ID!, $input: CoUnitOpinionInput!, $expectedVersion: Int) {\n    submitCoUnitOpinion(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n"): typeof import('./graphql').SubmitCoUnitOpinionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WaiveCoUnitOpinion($id: ID!, $input: WaiveCoUnitInput!, $expectedVersion: Int) {\n    waiveCoUnitOpinion(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n"): typeof import('./graphql').WaiveCoUnitOpinionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordProposalFeedback($id: ID!, $input: ProposalFeedbackInput!, $expectedVersion: Int) {\n    recordProposalFeedback(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n"): typeof import('./graphql').RecordProposalFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProposalImplementation($id: ID!, $status: ImplementationStatus!, $expectedVersion: Int) {\n    setProposalImplementation(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n"): typeof import('./graphql').SetProposalImplementationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseProposal($id: ID!, $input: CloseProposalInput, $expectedVersion: Int) {\n    closeProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n    }\n  }\n"): typeof import('./graphql').CloseProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProposalKey($id: ID!, $input: ProposalKeyInput!, $expectedVersion: Int) {\n    setProposalKey(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProposalStepResult\n      isKey\n      supervisingChair\n    }\n  }\n"): typeof import('./graphql').SetProposalKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TownshipFields on Township {\n    id\n    version\n    name\n    code\n    kind\n    bodyName\n    bodyKind\n    director\n    phone\n    address\n    sortOrder\n    memberCount\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').TownshipFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectorFields on Sector {\n    id\n    version\n    name\n    category\n    sortOrder\n    memberCount\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').SectorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitteeFields on Committee {\n    id\n    version\n    name\n    description\n    sortOrder\n    memberCount\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').CommitteeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Member {\n    id\n    version\n    name\n    gender\n    ethnicity\n    birthDate\n    affiliation\n    sectorId\n    sector {\n      id\n      name\n    }\n    townshipId\n    township {\n      id\n      name\n    }\n    kind\n    term\n    status\n    workUnit\n    title\n    phone\n    birthYear\n    personalDataMasked\n    joinedOn\n    leftOn\n    leaveReason\n    needsDetails\n    archivedAt\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').MemberFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberOneFields on Member {\n    ...MemberFields\n    tenures {\n      townshipId\n      startsOn\n      endsOn\n      endReason\n      endNote\n      estimated\n    }\n    terms {\n      term\n      startsOn\n    }\n  }\n"): typeof import('./graphql').MemberOneFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HandlingUnitFields on HandlingUnit {\n    id\n    version\n    name\n    shortName\n    kind\n    contactPerson\n    contactPhone\n    archivedAt\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').HandlingUnitFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalFields on Proposal {\n    id\n    version\n    serialNo\n    title\n    year\n    session\n    category\n    status\n    proposerKind\n    proposerOrgName\n    leadMemberId\n    leadMember {\n      id\n      name\n    }\n    townshipId\n    township {\n      id\n      name\n    }\n    submittedOn\n    isKey\n    supervisingChair\n    assignedOn\n    deadline\n    overdueDays\n    leadUnitId\n    leadUnit {\n      id\n      name\n      shortName\n    }\n    firstReplyOn\n    replyClass\n    satisfaction\n    implementation\n    allowedActions\n    updatedAt\n  }\n"): typeof import('./graphql').ProposalFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalOneFields on Proposal {\n    ...ProposalFields\n    content\n    coSigners {\n      id\n      name\n      township {\n        id\n        name\n      }\n    }\n    reviewDecision\n    reviewNote\n    reviewedOn\n    mergedIntoId\n    mergedInto {\n      id\n      serialNo\n      title\n      year\n      status\n    }\n    mergedProposals {\n      id\n      serialNo\n      title\n      year\n      status\n    }\n    units {\n      id\n      role\n      unitId\n      unit {\n        id\n        name\n      }\n      opinionText\n      opinionOn\n      opinionByName\n      waivedOn\n      waiverNote\n    }\n    leadUnit {\n      id\n      contactPerson\n      contactPhone\n    }\n    replyBeforeCoUnits\n    replies {\n      id\n      round\n      repliedOn\n      replyClass\n      text\n      docNo\n      signer\n      contactPerson\n      contactPhone\n      satisfaction\n      feedbackOn\n      feedbackNote\n    }\n    lastReplyOn\n    replyText\n    feedbackOn\n    closedOn\n    createdAt\n    history {\n      id\n      action\n      actorName\n      at\n      fromStatus\n      toStatus\n      note\n    }\n    ...ProposalHandlingFields\n  }\n"): typeof import('./graphql').ProposalOneFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFields on Activity {\n    id\n    version\n    title\n    kind\n    heldOn\n    year\n    location\n    townshipId\n    township {\n      id\n      name\n    }\n    meetingKind\n    consultationScale\n    topic\n    reportTitle\n    submittedTo\n    suggestionsMade\n    suggestionsAdopted\n    peopleReached\n    opinionsCollected\n    donationYuan\n    beneficiaries\n    outletLevel\n    piecesSubmitted\n    participantCount\n    presentCount\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').ActivityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpinionReportFields on OpinionReport {\n    id\n    version\n    title\n    submittedOn\n    year\n    status\n    adoptionLevel\n    adoptedOn\n    leaderInstruction\n    instructionLevel\n    instructionLeader\n    instructedOn\n    adoptionReview\n    instructionReview\n    publishedIssue\n    townshipId\n    township {\n      id\n      name\n    }\n    submitterIds\n    submitters {\n      id\n      name\n      township {\n        id\n        name\n      }\n    }\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').OpinionReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkPlanFields on WorkPlan {\n    id\n    version\n    title\n    year\n    townshipId\n    township {\n      id\n      name\n    }\n    notes\n    completionRate\n    items {\n      id\n      metricKey\n      metricLabel\n      kind\n      quarter\n      target\n      description\n      progress {\n        actual\n        target\n        completed\n      }\n    }\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').WorkPlanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DutyReportFields on DutyReport {\n    id\n    version\n    memberId\n    member {\n      id\n      name\n      township {\n        id\n        name\n      }\n    }\n    year\n    submittedOn\n    title\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').DutyReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionTargetFields on SupervisionTarget {\n    id\n    version\n    topic\n    kind\n    year\n    unitId\n    unit {\n      id\n      name\n    }\n    phases\n    nextPhases\n    complete\n    planCheckOn\n    midYearOn\n    evaluationOn\n    lookBackOn\n    questionnairesIssued\n    questionnairesReturned\n    score\n    grade\n    recommendationCount\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').SupervisionTargetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionTargetOneFields on SupervisionTarget {\n    ...SupervisionTargetFields\n    planCheckNotes\n    midYearNotes\n    evaluationNotes\n    lookBackNotes\n    findings\n    rectificationItems {\n      id\n      version\n      text\n      dueOn\n      status\n      targetId\n    }\n  }\n"): typeof import('./graphql').SupervisionTargetOneFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RectificationItemFields on RectificationItem {\n    id\n    version\n    text\n    dueOn\n    status\n    targetId\n    target {\n      id\n      topic\n      year\n      unit {\n        id\n        name\n      }\n    }\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').RectificationItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    version\n    username\n    displayName\n    role\n    townshipId\n    township {\n      id\n      name\n    }\n    handlingUnitId\n    handlingUnit {\n      id\n      name\n    }\n    disabledAt\n    loginBlockedUntil\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    role\n    townshipId\n    handlingUnitId\n    readOnly\n    personalData\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').ApiTokenFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    action\n    actorKind\n    actorId\n    actorName\n    entityType\n    entityId\n    requestId\n    clientAddress\n  }\n"): typeof import('./graphql').AuditEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimFields on Claim {\n    id\n    version\n    kind\n    recordType\n    recordId\n    townshipId\n    township {\n      id\n      name\n    }\n    year\n    title\n    claimed\n    evidence\n    review\n    claimedByName\n    createdAt\n    decidedByName\n    decidedAt\n    decisionNote\n    supersededAt\n  }\n"): typeof import('./graphql').ClaimFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ObjectionFields on Objection {\n    id\n    version\n    year\n    townshipId\n    township {\n      id\n      name\n    }\n    metric\n    figure\n    reason\n    evidence\n    status\n    raisedByName\n    createdAt\n    answer\n    answeredByName\n    answeredAt\n  }\n"): typeof import('./graphql').ObjectionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitteeOneFields on Committee {\n    ...CommitteeFields\n    members {\n      memberId\n      role\n      member {\n        id\n        name\n        township {\n          id\n          name\n        }\n        sector {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CommitteeOneFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityOneFields on Activity {\n    ...ActivityFields\n    notes\n    participants {\n      memberId\n      attendance\n      member {\n        id\n        name\n        township {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ActivityOneFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpinionReportOneFields on OpinionReport {\n    ...OpinionReportFields\n    content\n  }\n"): typeof import('./graphql').OpinionReportOneFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryOneFields on AuditEntry {\n    ...AuditEntryFields\n    before\n    after\n  }\n"): typeof import('./graphql').AuditEntryOneFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPhase($id: ID!, $phase: SupervisionPhase!, $on: Date!, $notes: String) {\n    recordSupervisionPhase(id: $id, phase: $phase, on: $on, notes: $notes) {\n      id\n      version\n      phases\n      nextPhases\n      complete\n    }\n  }\n"): typeof import('./graphql').RecordPhaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEvaluation($id: ID!, $input: SupervisionEvaluationInput!) {\n    recordSupervisionEvaluation(id: $id, input: $input) {\n      id\n      version\n      score\n      grade\n    }\n  }\n"): typeof import('./graphql').RecordEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRectificationStatus($id: ID!, $status: RectificationStatus!) {\n    setRectificationStatus(id: $id, status: $status) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').SetRectificationStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRectificationItem($input: RectificationItemInput!) {\n    createRectificationItem(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateRectificationItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRectificationItem($id: ID!) {\n    deleteRectificationItem(id: $id)\n  }\n"): typeof import('./graphql').DeleteRectificationItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandlingUnitStats($year: Int!) {\n    handlingUnitStats(year: $year) {\n      unitId\n      unitName\n      assignedLead\n      assignedCo\n      replied\n      repliedOnTime\n      onTimeRate\n      overdueNow\n      averageDaysToReply\n      classA\n      classB\n      classC\n      classAShare\n      classBShare\n      classCShare\n      rated\n      satisfactionRate\n      rehandled\n      contacted\n      contactRate\n      coOpinionsPending\n      coOpinionsSent\n      returnsAsked\n      extensionsAsked\n    }\n  }\n"): typeof import('./graphql').HandlingUnitStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorklistProposal on Proposal {\n    id\n    year\n    serialNo\n    title\n    status\n    isKey\n    deadline\n    overdueDays\n    firstReplyOn\n  }\n"): typeof import('./graphql').WorklistProposalFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitWorklist {\n    unitWorklist {\n      unitId\n      dueSoonDays\n      toReply {\n        ...WorklistProposal\n      }\n      dueSoon {\n        ...WorklistProposal\n      }\n      overdue {\n        ...WorklistProposal\n      }\n      coOpinionsDue {\n        ...WorklistProposal\n      }\n      requestsPending {\n        ...WorklistRequest\n      }\n      requestsDecided {\n        ...WorklistRequest\n      }\n    }\n  }\n  fragment WorklistRequest on UnitRequest {\n    id\n    kind\n    status\n    reason\n    requestedOn\n    requestedDeadline\n    decidedOn\n    decisionNote\n    grantedDeadline\n    proposalId\n    proposal {\n      ...WorklistProposal\n    }\n  }\n"): typeof import('./graphql').UnitWorklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandlingRules {\n    handlingRules {\n      returnWindowWorkingDays\n      dueSoonDays\n    }\n  }\n"): typeof import('./graphql').HandlingRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHandlingRules($input: HandlingRulesInput!) {\n    setHandlingRules(input: $input) {\n      returnWindowWorkingDays\n      dueSoonDays\n    }\n  }\n"): typeof import('./graphql').SetHandlingRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockLogin($username: String!) {\n    unlockLogin(username: $username)\n  }\n"): typeof import('./graphql').UnlockLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearClose($year: Int!) {\n    yearClose(year: $year) {\n      year\n      state\n      editions {\n        id\n        version\n        edition\n        state\n        reviewOpenedAt\n        reviewOpenedByName\n        closedAt\n        closedByName\n        closeNote\n        snapshotHash\n        reopenedAt\n        reopenedByName\n        reopenReason\n      }\n    }\n  }\n"): typeof import('./graphql').YearCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearAudit($year: Int!) {\n    yearCorrections(year: $year) {\n      id\n      edition\n      entityType\n      entityId\n      action\n      reason\n      byName\n      at\n    }\n    yearDrift(year: $year) {\n      townshipId\n      townshipName\n      metric\n      sealed\n      current\n      difference\n    }\n  }\n"): typeof import('./graphql').YearAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearSnapshot($year: Int!, $edition: Int) {\n    yearSnapshot(year: $year, edition: $edition) {\n      edition\n      hash\n      snapshot\n    }\n  }\n"): typeof import('./graphql').YearSnapshotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenYearReview($year: Int!) {\n    openYearReview(year: $year) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').OpenYearReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseYear($year: Int!, $note: String, $overObjections: Boolean) {\n    closeYear(year: $year, note: $note, overObjections: $overObjections) {\n      id\n      state\n      snapshotHash\n    }\n  }\n"): typeof import('./graphql').CloseYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenYear($year: Int!, $reason: String!) {\n    reopenYear(year: $year, reason: $reason) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ReopenYearDocument;


export function graphql(source: string) {
  return (documents as Record<string, unknown>)[source] ?? {};
}
