/** The engine's public surface, shared by the extension, the CLI and the tests. */
export { check, checkTimeBudget, notTextId, ruleFailureId, tooDeepId, tooSlowId, type CheckOptions, type CheckTimeBudget } from './check';
export { allRules, configurableRules, ruleById } from './rules';
export type { Rule } from './rules';
export { askFix, escapeAnswer, escapeAttribute, escapeText } from './rules/rule';
export { LineIndex, type Position, type Range } from './text/lineIndex';
export { decodeBytes } from './text/decodeBytes';
export { previewContentSecurityPolicy, previewRemoteSources, siteOriginOf, trackerSendingBlockedReason } from './trust/restrictedMode';
export type {
  CheckConfig,
  Finding,
  Fix,
  OptionValue,
  RuleCategory,
  RuleEntry,
  RuleEquivalents,
  RuleMeta,
  RuleOptionSpec,
  RuleSetting,
  Severity,
  TextEdit,
  TextRequest,
} from './types';
export { mergeConfigs, resolveRule } from './config/resolve';
export {
  configNotAFileMessage,
  parseProjectConfig,
  projectConfigFileName,
  readRuleEntries,
  type ConfigProblem,
  type ProjectConfig,
} from './config/projectConfig';
export { projectConfigSchema, rulesSchema } from './config/schema';
export { disableForFileEdit, disableForLineEdit, safeFixEdits } from './fixes';
export { disableComment, disableNextLineComment } from './suppressions';
export * from './itRequest';
export { preparePreviewHtml, sourceAttribute, type PreviewAddresses } from './preview/preparePreviewHtml';
export { markdownPreview, type MarkdownPreview, type MarkdownPreviewOptions, type PageSettingsCard } from './preview/markdownPreview';
export { siteStylesheetCandidates } from './preview/siteStylesheet';
export { pageMetaOf, type PageMeta } from './preview/pageMeta';
export { searchResultPreview, searchLimits, displayAddress, type SearchResultPreview } from './preview/searchResult';
export { socialCardPreview, type SocialCardPreview } from './preview/socialCard';
export { cutToWidth, textWidth } from './preview/textWidth';
export { builtModeLabel, builtPageAddress, builtPageAddressFromSettings, defaultDevServerPorts, devServerFor, type DevServer } from './preview/builtPages';
export { configuredDevServerPort, jekyllSitePermalink, portInCommand, serverPortInOutput, type DevServerSettings } from './preview/devServerPort';
export { checkDocument, documentKindOf, type DocumentKind } from './checkDocument';
export { checkMarkdown } from './markdown/checkMarkdown';
export { disableEditsForMarkdown, type MarkdownDisableEdits } from './markdown/disableEdits';
export { markdownlintRules } from './markdown/markdownlint/readerRules';
export { markdownlintConfigFileNames, parseMarkdownlintConfig, type MarkdownlintConfigResult } from './markdown/markdownlint/markdownlintConfig';
export { MarkdownlintSettings, type PageSettings, type SettingsFiles, type SettingsNote } from './markdown/markdownlint/markdownlintSettings';
export { isAbsoluteSettingsPath } from './markdown/markdownlint/settingsPaths';
export { detectSiteGenerator, isSiteGenerator, siteGeneratorNames, siteGenerators, type SiteGenerator } from './site/generator';
export { fileRoleOf, type FileRole } from './site/fileRole';
export { maskTemplates, templateMarker, type MaskedText, type TemplateSpan } from './templates/mask';
export { chooseMarkdownlintConfigFile, isJavaScriptConfig, javaScriptConfigNote, markdownlintConfigSearchOrder } from './config/markdownlintConfigFiles';
export {
  checkCrossPage,
  pageFacts,
  type FactSpan,
  type PageFacts,
  type ReferenceFact,
  type SiteFindings,
  type SiteIndex,
  type TextFact,
} from './site/siteCheck';
export { pageScore, scoreExplanation, scoreWeights, severityCounts, type SeverityCounts } from './site/pageScore';
export {
  buildSiteReport,
  describeCounts,
  formatCheckedAt,
  historyLength,
  reportPageName,
  severityLabels,
  type HistoryPoint,
  type ReportCheck,
  type ReportPage,
  type ReportProblem,
  type SiteReport,
  type SiteReportInput,
} from './site/reportModel';
export { historyChartSvg } from './site/reportChart';
export { alwaysIgnored, SiteIgnore } from './site/siteIgnore';
export { siteReportMarkdown } from './site/reportMarkdown';
export { siteReportHtml } from './site/reportHtml';
export { siteRules } from './site/rules';
export type { SiteRule } from './site/siteRule';
export { addressKey, fileAddress, pageAddresses } from './site/addresses';
export { siteUrlConfigFiles, siteUrlFromConfig } from './site/siteUrl';
export { readSiteSetup, siteSetupFilesOf, type SiteSetup } from './site/siteSetup';
export type { SiteSettings } from './site/siteSettings';
