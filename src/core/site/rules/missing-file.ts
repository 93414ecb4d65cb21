import { docPathFor, ruleMessage } from '../../rules/rule';
import { noPageCheck, type SiteRule } from '../siteRule';

const id = 'missing-file';

export const missingFile: SiteRule = {
  meta: {
    id,
    category: 'content',
    defaultSeverity: 'error',
    title: 'Images and files are in the site',
    description: 'Finds images, downloads (PDF, Word…), stylesheets and scripts whose file is not in the site where the page says it is.',
    whyItMatters:
      'Readers see a broken image or get an error instead of the document, and a missing stylesheet or script can break how the page looks or works.',
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      missingImage:
        'The image file "{address}" is not in the site, so readers would see a broken image. Check the file name and folder (capital letters count), or add the file.',
      missingFile:
        'The file "{address}" is not in the site, so readers would get an error instead of it. Check the file name and folder (capital letters count), or add the file.',
    },
  },
  check: noPageCheck,
  dependsOn: 'references',
  checkSitePage(context) {
    for (const { reference, to } of context.site.resolvedOf(context.page).missing) {
      if (to.kind !== 'missing') continue;
      if (reference.kind === 'image') {
        context.report({ at: reference, message: ruleMessage(missingFile.meta, 'missingImage', { address: reference.address }) });
      } else if (reference.kind === 'resource' || (reference.kind === 'link' && to.looksLikeFile)) {
        context.report({ at: reference, message: ruleMessage(missingFile.meta, 'missingFile', { address: reference.address }) });
      }
    }
  },
};
