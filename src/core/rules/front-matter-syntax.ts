import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';

const id = 'front-matter-syntax';

export const frontMatterSyntax: Rule = {
  meta: {
    id,
    category: 'content',
    defaultSeverity: 'error',
    title: 'Page settings must be written correctly',
    description:
      'Finds settings at the top of the file (front matter: YAML between `---` lines, TOML between `+++` lines, or JSON in `{ }`) that cannot be read, and points at the mistake: a missing quote or bracket, a line indented wrongly, a setting written twice, a block that is never closed.',
    whyItMatters:
      'When the settings cannot be read, the site generator stops building the site or publishes the page without its title, description and layout. The other checks cannot read them either, so nothing else about the settings is reported until this is fixed.',
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      unreadable: 'The page settings at the top of this file could not be read: {reason}',
    },
  },
  check({ source, report }) {
    const error = source.frontMatter?.error;
    if (!error) return;
    report({ message: ruleMessage(frontMatterSyntax.meta, 'unreadable', { reason: error.reason }), start: error.start, end: error.end, inSource: true });
  },
};
