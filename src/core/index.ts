/** The engine's public surface, shared by the extension, the CLI and the tests. */
export { check, ruleFailureId, type CheckOptions } from './check';
export { allRules, ruleById } from './rules';
export type { Rule } from './rules';
export { LineIndex, type Position, type Range } from './text/lineIndex';
export type { CheckConfig, Finding, Fix, RuleCategory, RuleEquivalents, RuleMeta, RuleSetting, Severity, TextEdit } from './types';
export { buildItRequest, type ItRequest, type ItRequestInput, type ItRequestProblem } from './itRequest/buildItRequest';
export { newIssueUrl, parseGitRemote, type IssueTracker } from './itRequest/tracker';
export { preparePreviewHtml, type PreviewAddresses } from './preview/preparePreviewHtml';
export { formatDraft, parseDraft } from './itRequest/draftText';
