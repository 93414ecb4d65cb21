export { buildItRequest, type ItRequest, type ItRequestInput, type ItRequestProblem } from './buildItRequest';
export { composeItRequest, neededByText, type ComposableDraft, type ItRequestContext } from './compose';
export { formatDraft, parseDraft } from './draftText';
export * from './model';
export { redactSecrets, type HiddenSecret, type RedactedText } from './redaction/redact';
export { linkToLines, parseRemoteAddress, remoteWithoutCredentials, type RepositoryHostKind, type RepositoryOnWeb } from './remoteAddress';
export { newIssueUrl, parseGitRemote, type IssueTracker } from './tracker';
export * from './trackers';
export { dayNumber, readableDate, workingDaysUntil } from './workingDays';
