import type { RuleCases } from '../caseTypes';
import type { Random } from '../random';
import { hide, phrase } from './vocabulary';

function page(htmlAttributes: string, head: string, body: string, bodyAttributes = ''): string {
  return `<!doctype html>\n<html${htmlAttributes}>\n<head>\n<meta charset="utf-8">\n${head}\n</head>\n<body${bodyAttributes}>\n${body}\n</body>\n</html>\n`;
}

const title = '<title>Opening hours</title>';
const languageValues = [
  'en',
  'en-GB',
  'fr',
  'cy',
  'de-AT',
  'EN',
  'english',
  'en_GB',
  'xx',
  'zz',
  '',
  ' ',
  'x-pirate',
  'i-klingon',
  'qaa',
  'fr-',
  'tlh',
  'en-US-x-twain',
];

export const htmlHasLang: RuleCases = {
  axeRule: 'html-has-lang',
  scope: 'page',
  generate(random) {
    const lang = random.pick([
      { a: '', k: 'no lang' },
      { a: ' lang="en"', k: 'lang' },
      { a: ' lang=""', k: 'empty lang' },
      { a: ' lang=" "', k: 'spaces lang' },
      { a: ' xml:lang="en"', k: 'xml:lang only' },
      { a: ' lang="" xml:lang="en"', k: 'empty lang, xml:lang' },
      { a: ' lang="english"', k: 'invalid lang' },
    ]);
    return { kind: lang.k, html: page(lang.a, title, `<h1>${phrase(random)}</h1>`) };
  },
};

export const htmlLangValid: RuleCases = {
  axeRule: 'html-lang-valid',
  scope: 'page',
  generate(random) {
    const value = random.pick(languageValues);
    const attribute = random.pick(['lang', 'lang', 'xml:lang']);
    return { kind: `${attribute}="${value}"`, html: page(` ${attribute}="${value}"`, title, `<h1>${phrase(random)}</h1>`) };
  },
};

export const htmlXmlLangMismatch: RuleCases = {
  axeRule: 'html-xml-lang-mismatch',
  scope: 'page',
  generate(random) {
    const lang = random.pick(['en', 'en-GB', 'fr', 'EN', 'english']);
    const xmlLang = random.pick(['en', 'en-US', 'fr', 'en-GB', 'En', 'de', 'english', '']);
    return { kind: `lang="${lang}" xml:lang="${xmlLang}"`, html: page(` lang="${lang}" xml:lang="${xmlLang}"`, title, `<h1>${phrase(random)}</h1>`) };
  },
};

export const documentTitle: RuleCases = {
  axeRule: 'document-title',
  scope: 'page',
  comparePageOnly: true,
  generate(random) {
    const head = random.pick([
      { h: title, k: 'title' },
      { h: '', k: 'no title' },
      { h: '<title></title>', k: 'empty title' },
      { h: '<title>   </title>', k: 'spaces title' },
      { h: '<title>&nbsp;</title>', k: 'nbsp title' },
      { h: `${title}<title></title>`, k: 'two titles, second empty' },
      { h: `<title></title>${title}`, k: 'two titles, first empty' },
    ]);
    return { kind: head.k, html: page(' lang="en"', head.h, `<h1>${phrase(random)}</h1>`) };
  },
};

export const metaViewport: RuleCases = {
  axeRule: 'meta-viewport',
  scope: 'page',
  generate(random) {
    const content = random.pick([
      'width=device-width, initial-scale=1',
      'width=device-width, initial-scale=1, user-scalable=no',
      'width=device-width, user-scalable=0',
      'width=device-width, user-scalable=yes',
      'width=device-width, maximum-scale=1',
      'width=device-width, maximum-scale=1.0',
      'width=device-width, maximum-scale=2',
      'width=device-width, maximum-scale=5',
      'width=device-width, maximum-scale=10',
      'width=device-width,maximum-scale=1.5',
      'width=device-width; user-scalable=no',
      'width=device-width, initial-scale=1, maximum-scale=yes',
      'width=device-width, user-scalable=1',
      'width=device-width, USER-SCALABLE=NO',
      'width=device-width, maximum-scale=-1',
    ]);
    return { kind: content, html: page(' lang="en"', `${title}\n<meta name="viewport" content="${content}">`, `<h1>${phrase(random)}</h1>`) };
  },
};

export const metaRefresh: RuleCases = {
  axeRule: 'meta-refresh',
  scope: 'page',
  generate(random) {
    const content = random.pick([
      '0; url=/new',
      '0',
      '5',
      '5; url=/new',
      '30',
      '72001',
      '72000',
      '0;url=https://example.org',
      ' 3 ',
      '1, url=/x',
      'url=/x',
      '',
      '0.5',
      '20; URL=/next',
    ]);
    return {
      kind: `content "${content}"`,
      html: page(' lang="en"', `${title}\n<meta http-equiv="refresh" content="${content}">`, `<h1>${phrase(random)}</h1>`),
    };
  },
};

function headingsBody(random: Random): { body: string; kind: string } {
  const parts: string[] = [];
  const kinds: string[] = [];
  for (let i = random.int(0, 4); i > 0; i--) {
    const form = random.pick([
      'h1',
      'h1',
      'h2',
      'h3',
      'h4',
      'h6',
      'role heading 1',
      'role heading 3',
      'role heading no level',
      'hidden h1',
      'aria-hidden h1',
      'h1 role none',
      'p',
    ]);
    kinds.push(form);
    const text = phrase(random);
    switch (form) {
      case 'role heading 1':
        parts.push(`<div role="heading" aria-level="1">${text}</div>`);
        break;
      case 'role heading 3':
        parts.push(`<div role="heading" aria-level="3">${text}</div>`);
        break;
      case 'role heading no level':
        parts.push(`<div role="heading">${text}</div>`);
        break;
      case 'hidden h1':
        parts.push(`<h1 hidden>${text}</h1>`);
        break;
      case 'aria-hidden h1':
        parts.push(`<h1 aria-hidden="true">${text}</h1>`);
        break;
      case 'h1 role none':
        parts.push(`<h1 role="none">${text}</h1>`);
        break;
      case 'p':
        parts.push(`<p>${text}</p>`);
        break;
      default:
        parts.push(`<${form}>${text}</${form}>`);
    }
  }
  return { body: parts.join('\n') || '<p>Welcome.</p>', kind: kinds.join(', ') || 'no headings' };
}

export const pageHasHeadingOne: RuleCases = {
  axeRule: 'page-has-heading-one',
  scope: 'page',
  generate(random) {
    const made = headingsBody(random);
    return { kind: made.kind, html: page(' lang="en"', title, made.body) };
  },
};

export const headingOrder: RuleCases = {
  axeRule: 'heading-order',
  scope: 'page',
  generate(random) {
    const made = headingsBody(random);
    return { kind: made.kind, html: page(' lang="en"', title, made.body) };
  },
};

export const ariaHiddenBody: RuleCases = {
  axeRule: 'aria-hidden-body',
  scope: 'page',
  generate(random) {
    const value = random.pick([
      { a: '', k: 'none' },
      { a: ' aria-hidden="true"', k: 'true' },
      { a: ' aria-hidden="false"', k: 'false' },
      { a: ' aria-hidden="TRUE"', k: 'TRUE' },
      { a: ' aria-hidden=""', k: 'empty' },
      { a: ' aria-hidden="yes"', k: 'yes' },
    ]);
    return { kind: value.k, html: page(' lang="en"', title, `<h1>${phrase(random)}</h1>${random.chance(0.3) ? hide(random, 'x') : ''}`, value.a) };
  },
};

export const accesskeys: RuleCases = {
  axeRule: 'accesskeys',
  scope: 'page',
  comparePageOnly: true,
  generate(random) {
    const keys: string[] = [];
    const parts: string[] = [];
    for (let i = random.int(1, 4); i > 0; i--) {
      const key = random.pick(['s', 's', 'S', 'h', '1', ' s', 'ss']);
      keys.push(key);
      parts.push(
        random.pick([
          `<a href="/x" accesskey="${key}">${phrase(random)}</a>`,
          `<button type="button" accesskey="${key}">Go</button>`,
          `<input accesskey="${key}" aria-label="Name">`,
          `<span accesskey="${key}" hidden>x</span>`,
        ]),
      );
    }
    return { kind: `keys ${keys.map((key) => `"${key}"`).join(' ')}`, html: page(' lang="en"', title, `<h1>Keys</h1>${parts.join('\n')}`) };
  },
};
