import type * as vscode from 'vscode';
import { historyLength, type HistoryPoint } from '../../core';

const key = 'contentBridge.siteReport.history';

/** The problem count of the last whole-site checks, kept in the workspace's state for the report's trend chart. */
export class SiteHistory {
  constructor(private readonly state: vscode.Memento) {}

  /** Earlier checks, oldest first. Entries a different version wrote wrongly are left out. */
  points(): HistoryPoint[] {
    const stored = this.state.get<unknown>(key, []);
    return Array.isArray(stored) ? stored.filter(isHistoryPoint) : [];
  }

  async record(point: HistoryPoint): Promise<void> {
    await this.state.update(key, [...this.points(), point].slice(-historyLength));
  }

  async clear(): Promise<void> {
    await this.state.update(key, undefined);
  }
}

function isHistoryPoint(value: unknown): value is HistoryPoint {
  if (typeof value !== 'object' || value === null) return false;
  const point = value as Record<string, unknown>;
  return typeof point.time === 'string' && typeof point.problems === 'number' && typeof point.pages === 'number';
}
