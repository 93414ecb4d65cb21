import { createGitHubClient } from './github';
import { createGitLabClient } from './gitlab';
import { createJiraClient } from './jira';
import type { Http, TrackerClient, TrackerConfig } from './types';

export * from './types';
export { withTimeout } from './call';
export { adfToText, markdownToAdf, markdownToJiraWiki, type AdfDocument, type AdfNode } from './jiraFormat';

/** A client for the configured tracker. It never calls the network itself: every request goes through `http`. */
export function createTrackerClient(config: TrackerConfig, http: Http): TrackerClient {
  switch (config.kind) {
    case 'github':
      return createGitHubClient(config, http);
    case 'gitlab':
      return createGitLabClient(config, http);
    case 'jira':
      return createJiraClient(config, http);
  }
}
