import type { FrontMatter } from './frontMatter/frontMatter';
import type { FileRole } from './site/fileRole';
import type { SiteGenerator } from './site/generator';
import type { TemplateCode } from './templates/templateCode';

/** What the rules know about the file beyond its parsed HTML. */
export interface SourceInfo {
  /** `markdown` when the HTML the rules see was produced from Markdown. */
  readonly kind: 'html' | 'markdown';
  readonly frontMatter?: FrontMatter;
  readonly generator: SiteGenerator;
  readonly role: FileRole;
  /** Site-relative path with forward slashes, when known. */
  readonly path?: string;
  /**
   * The file as written, which for Markdown is not the HTML the rules see: rules that edit the front matter need
   * its exact characters (quotes, line breaks).
   */
  readonly text?: string;
  /** Template code in the file (Liquid, Go templates, Handlebars…): never content; see templates/templateCode.ts. */
  readonly templates?: TemplateCode;
}
