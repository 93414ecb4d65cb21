import { checkCrossPage, type PageFacts } from '../core/site/siteCheck';
import { packFindings, type CrossPageRequest, type CrossPageResponse } from '../shared/checkWorkerProtocol';

/**
 * The facts of every page of each site, kept where the pages are checked (the worker), so the checks across pages
 * run there too: the extension sends only the list of pages, not 10,000 pages' facts, and its main thread stays
 * free while they run. A facts object is kept until its page is checked again, so the cross-page checks reuse what
 * did not change (see SiteModel).
 */
export class SiteFactsStore {
  private readonly sites = new Map<string, Map<string, PageFacts>>();

  keep(site: string, facts: PageFacts): void {
    let pages = this.sites.get(site);
    if (!pages) this.sites.set(site, (pages = new Map()));
    pages.set(facts.path, facts);
  }

  /** Runs the checks across the site's pages; asks for the facts of pages it does not have (never guesses). */
  crossPage(request: CrossPageRequest): CrossPageResponse {
    const started = performance.now();
    try {
      for (const facts of request.facts ?? []) this.keep(request.site, facts);
      const known = this.sites.get(request.site) ?? new Map<string, PageFacts>();
      const listed = new Set(request.pages);
      // Pages deleted or left out since are forgotten.
      for (const path of [...known.keys()]) if (!listed.has(path)) known.delete(path);
      const missing = request.pages.filter((path) => !known.has(path));
      if (missing.length > 0) return { type: 'crossPageMissing', id: request.id, missing };
      const findings = checkCrossPage({
        pages: request.pages.map((path) => known.get(path)!),
        files: this.filesOf(request.site, request.files),
        generator: request.generator,
        ...(request.config ? { config: request.config } : {}),
        ...(request.siteUrl ? { siteUrl: request.siteUrl } : {}),
        ...(request.settings ? { settings: request.settings } : {}),
      });
      const paths = [...findings.keys()];
      return {
        type: 'crossPageChecked',
        id: request.id,
        paths,
        findings: paths.map((path) => packFindings(findings.get(path)!)),
        elapsedMs: performance.now() - started,
      };
    } catch (error) {
      return { type: 'crossPageFailed', id: request.id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
  }

  private readonly files = new Map<string, readonly string[]>();

  /** The same array while the list is the same, so the cross-page checks keep the site's addresses between runs. */
  private filesOf(site: string, files: readonly string[]): readonly string[] {
    const before = this.files.get(site);
    if (before && before.length === files.length && before.every((file, index) => file === files[index])) return before;
    this.files.set(site, files);
    return files;
  }
}
