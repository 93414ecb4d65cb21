import type { Http, TrackerClient, TrackerConfig } from './types';

export * from './types';

/** A client for the configured tracker. */
export function createTrackerClient(config: TrackerConfig, http: Http): TrackerClient {
  void config;
  void http;
  throw new Error('Tracker clients are not available yet.');
}
