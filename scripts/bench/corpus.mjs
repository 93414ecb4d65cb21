// Builds the benchmark corpus: realistic HTML pages at several sizes, the same bytes on every run.
//
// Every page comes from one seeded PRNG (mulberry32), so the corpus is deterministic: the same
// seed gives the same files on every machine, and `manifest.json` records their SHA-256 so a run
// can show it measured the same pages as another. Pages look like real site pages — header
// navigation, articles with headings, paragraphs and links, figures with images, a form with
// labels, data tables, an aside and a footer — and carry a realistic sprinkle of the problems the
// checkers look for (missing alt text, an unlabelled field, a skipped heading level, a duplicate
// id, vague link text, a missing description or language), so rules do real work, not only the
// happy path.
//
// Run alone: `node scripts/bench/corpus.mjs [outDir]` (default .bench/corpus).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Page sizes (KB, 1 KB = 1024 bytes) and how many pages of each: 60 pages, about 4.2 MB. */
export const corpusPlan = [
  { label: '5 KB', bytes: 5 * 1024, pages: 14 },
  { label: '20 KB', bytes: 20 * 1024, pages: 14 },
  { label: '50 KB', bytes: 50 * 1024, pages: 12 },
  { label: '100 KB', bytes: 100 * 1024, pages: 12 },
  { label: '250 KB', bytes: 250 * 1024, pages: 8 },
];

export const corpusSeed = 0x5eed2026;

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (
  'the a of and to in for on with by from about our your their this that these new local public ' +
  'council community service services library park parks school schools student students family families ' +
  'health care support program programs event events meeting meetings budget report plan plans project ' +
  'projects housing transport road roads water energy climate waste recycling permit permits license ' +
  'application applications form forms fee fees payment payments online office hours contact team staff ' +
  'volunteer volunteers grant grants funding research data results survey feedback residents business ' +
  'businesses economy jobs training course courses workshop workshops guide guides policy policies review ' +
  'update updates news story stories season summer winter spring autumn weekend morning evening city town ' +
  'district region neighbourhood centre center street building buildings open closed available required ' +
  'important easy simple quick free safe accessible digital better more most every each many several ' +
  'first last next year years month months week weeks day days time people person children adults older ' +
  'apply read learn find check book visit join share plan improve help make take give keep start ' +
  'café résumé naïve coöperate façade — “quoted” ‘single’ 2026 12 48 3.5 100%'
).split(' ');

const topics = [
  'Parking permits', 'Library opening hours', 'Recycling collection', 'Community grants', 'Road works',
  'School enrolment', 'Planning applications', 'Summer events', 'Council meetings', 'Housing support',
  'Bus timetables', 'Climate action plan', 'Volunteer programme', 'Business rates', 'Park bookings',
];

const navItems = ['Home', 'Services', 'News', 'Events', 'Your council', 'Jobs', 'Contact us', 'Accessibility'];
const vagueLinkTexts = ['click here', 'read more', 'here', 'more', 'link'];
const inputKinds = [
  ['text', 'Full name', 'name'],
  ['email', 'Email address', 'email'],
  ['tel', 'Phone number', 'tel'],
  ['text', 'Postcode', 'postal-code'],
  ['date', 'Preferred date', ''],
  ['number', 'Number of people', ''],
];

/**
 * What both corpus generators draw with: seeded numbers, choices, runs of words, and the page written so far.
 * The HTML and Markdown corpora share it, so the same seed always makes the same bytes.
 */
export class SeededPageWriter {
  constructor(random, index, vocabulary) {
    this.random = random;
    this.index = index;
    this.vocabulary = vocabulary;
    this.parts = [];
    this.bytes = 0;
  }

  int(min, max) {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  chance(p) {
    return this.random() < p;
  }

  pick(list) {
    return list[Math.floor(this.random() * list.length)];
  }

  emit(text) {
    this.parts.push(text);
    this.bytes += Buffer.byteLength(text);
  }

  words(min, max) {
    const n = this.int(min, max);
    const out = [];
    for (let i = 0; i < n; i++) out.push(this.pick(this.vocabulary));
    return out.join(' ');
  }
}

class PageWriter extends SeededPageWriter {
  constructor(random, index) {
    super(random, index, words);
    this.ids = 0;
    this.headingLevel = 1;
  }

  sentence() {
    const s = this.words(6, 18);
    return s.charAt(0).toUpperCase() + s.slice(1) + this.pick(['.', '.', '.', '?', '!']);
  }

  title(min = 2, max = 6) {
    const s = this.words(min, max);
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  slug() {
    return this.words(1, 3).replace(/[^a-z0-9]+/gi, '-').toLowerCase().replace(/^-|-$/g, '') || 'page';
  }

  href() {
    const r = this.random();
    if (r < 0.7) return `/${this.slug()}/${this.slug()}.html`;
    if (r < 0.85) return `https://www.example.org/${this.slug()}`;
    if (r < 0.92) return `#section-${this.int(1, 20)}`;
    return `mailto:${this.slug()}@example.org`;
  }

  link() {
    // Most links say where they go; a few are vague or empty, as on real sites.
    const r = this.random();
    if (r < 0.04) return `<a href="${this.href()}">${this.pick(vagueLinkTexts)}</a>`;
    if (r < 0.05) return `<a href="${this.href()}"><span class="icon"></span></a>`;
    const external = this.chance(0.1) ? ' target="_blank" rel="noopener"' : '';
    return `<a href="${this.href()}"${external}>${this.words(2, 5)}</a>`;
  }

  paragraph() {
    const sentences = [];
    const n = this.int(2, 6);
    for (let i = 0; i < n; i++) {
      let s = this.sentence();
      const r = this.random();
      if (r < 0.3) s = s.replace(/ (\w+) /, (m, w) => ` ${this.link()} `);
      else if (r < 0.4) s = s.replace(/ (\w+) /, ' <strong>$1</strong> ');
      else if (r < 0.48) s = s.replace(/ (\w+) /, ' <em>$1</em> ');
      else if (r < 0.52) s = s.replace(/ and /, ' &amp; ');
      else if (r < 0.55) s = s.replace(/ (\d+)/, '&nbsp;$1');
      sentences.push(s);
    }
    return `<p>${sentences.join(' ')}</p>\n`;
  }

  nextId(prefix) {
    this.ids++;
    // Now and then an id repeats, a classic copy-and-paste problem.
    if (this.ids > 3 && this.chance(0.01)) return `${prefix}-${this.ids - 1}`;
    return `${prefix}-${this.ids}`;
  }

  heading(level) {
    // One heading in about twenty-five skips a level.
    const shown = level < 6 && this.chance(0.04) ? level + 1 : level;
    return `<h${shown} id="${this.nextId('section')}">${this.title()}</h${shown}>\n`;
  }

  figure() {
    const w = this.pick([320, 480, 640, 800, 1200]);
    const h = Math.round((w * this.pick([9, 10, 12])) / 16);
    const src = `/images/${this.slug()}-${this.int(1, 999)}.${this.pick(['jpg', 'png', 'webp'])}`;
    const r = this.random();
    let alt;
    if (r < 0.08) alt = ''; // missing alt entirely
    else if (r < 0.12) alt = ' alt=""'; // decorative (or a mistake)
    else if (r < 0.14) alt = ` alt="${src.split('/').pop()}"`; // file name as alt
    else alt = ` alt="${this.title(3, 9)}"`;
    const img = `<img src="${src}"${alt} width="${w}" height="${h}" loading="lazy">`;
    if (this.chance(0.5)) return `<figure>\n  ${img}\n  <figcaption>${this.sentence()}</figcaption>\n</figure>\n`;
    return `<p>${img}</p>\n`;
  }

  list() {
    const tag = this.chance(0.7) ? 'ul' : 'ol';
    const items = [];
    const n = this.int(3, 8);
    for (let i = 0; i < n; i++) items.push(`  <li>${this.chance(0.4) ? this.link() : this.title(3, 10)}</li>`);
    return `<${tag}>\n${items.join('\n')}\n</${tag}>\n`;
  }

  table() {
    const cols = this.int(3, 6);
    const rows = this.int(4, 14);
    const goodHeaders = this.chance(0.85);
    const lines = ['<table class="data">'];
    if (this.chance(0.7)) lines.push(`  <caption>${this.title(3, 7)}</caption>`);
    const head = [];
    for (let c = 0; c < cols; c++) head.push(goodHeaders ? `<th scope="col">${this.title(1, 3)}</th>` : `<td><b>${this.title(1, 3)}</b></td>`);
    lines.push('  <thead>', `    <tr>${head.join('')}</tr>`, '  </thead>', '  <tbody>');
    for (let r = 0; r < rows; r++) {
      const cells = [goodHeaders ? `<th scope="row">${this.title(1, 3)}</th>` : `<td>${this.title(1, 3)}</td>`];
      for (let c = 1; c < cols; c++) cells.push(`<td>${this.chance(0.6) ? String(this.int(0, 99999)).replace(/\B(?=(\d{3})+$)/g, ',') : this.words(1, 3)}</td>`);
      lines.push(`    <tr>${cells.join('')}</tr>`);
    }
    lines.push('  </tbody>', '</table>');
    return lines.join('\n') + '\n';
  }

  form() {
    const formId = this.nextId('form');
    const lines = [`<form id="${formId}" action="/${this.slug()}/submit" method="post">`];
    lines.push(`  <h3>${this.title()}</h3>`);
    const n = this.int(2, 6);
    for (let i = 0; i < n; i++) {
      const [type, label, autocomplete] = this.pick(inputKinds);
      const id = this.nextId('field');
      const auto = autocomplete && this.chance(0.7) ? ` autocomplete="${autocomplete}"` : '';
      const required = this.chance(0.4) ? ' required' : '';
      const r = this.random();
      if (r < 0.08) lines.push(`  <input type="${type}" name="${id}" placeholder="${label}"${auto}>`); // no label
      else if (r < 0.2) lines.push(`  <label>${label} <input type="${type}" name="${id}"${auto}${required}></label>`);
      else lines.push(`  <div class="field">\n    <label for="${id}">${label}</label>\n    <input type="${type}" id="${id}" name="${id}"${auto}${required}>\n  </div>`);
    }
    if (this.chance(0.5)) {
      const id = this.nextId('field');
      lines.push(`  <div class="field">\n    <label for="${id}">Topic</label>\n    <select id="${id}" name="topic">`);
      for (const t of ['General', 'Billing', 'Accessibility', 'Other']) lines.push(`      <option>${t}</option>`);
      lines.push('    </select>\n  </div>');
    }
    if (this.chance(0.5)) {
      const id = this.nextId('field');
      lines.push(`  <div class="field">\n    <label for="${id}">Message</label>\n    <textarea id="${id}" name="message" rows="5"></textarea>\n  </div>`);
    }
    lines.push(this.chance(0.9) ? '  <button type="submit">Send</button>' : '  <button type="submit"></button>');
    lines.push('</form>');
    return lines.join('\n') + '\n';
  }

  section() {
    const parts = [`<section aria-labelledby="section-${this.ids + 1}">\n`, this.heading(2)];
    const blocks = this.int(3, 8);
    for (let i = 0; i < blocks; i++) parts.push(this.block());
    parts.push('</section>\n');
    return parts.join('');
  }

  block() {
    const r = this.random();
    if (r < 0.5) return this.paragraph();
    if (r < 0.62) return this.heading(3) + this.paragraph();
    if (r < 0.74) return this.figure();
    if (r < 0.84) return this.list();
    if (r < 0.92) return this.table();
    if (r < 0.96) return `<blockquote><p>${this.sentence()}</p></blockquote>\n`;
    return this.form();
  }

  build(targetBytes) {
    const topic = this.pick(topics);
    const lang = this.chance(0.93) ? ' lang="en"' : '';
    const description = this.chance(0.85) ? `\n  <meta name="description" content="${this.sentence()} ${this.sentence()}">` : '';
    const title = this.chance(0.95) ? `\n  <title>${topic} – ${this.title(2, 4)} | Example Council</title>` : '';
    const head =
      `<!DOCTYPE html>\n<html${lang}>\n<head>\n  <meta charset="utf-8">\n  <meta name="viewport" content="width=device-width, initial-scale=1">` +
      `${title}${description}\n  <link rel="stylesheet" href="/assets/site.css">\n  <link rel="canonical" href="https://www.example.org/${this.slug()}/">\n` +
      `  <script src="/assets/site.js" defer></script>\n</head>\n<body>\n`;
    const nav = [
      '<a class="skip-link" href="#main">Skip to content</a>',
      '<header class="site-header">',
      '  <a class="logo" href="/"><img src="/assets/logo.svg" alt="Example Council home"></a>',
      '  <nav aria-label="Main">',
      '    <ul>',
      ...navItems.map((item) => `      <li><a href="/${item.toLowerCase().replace(/ /g, '-')}/">${item}</a></li>`),
      '    </ul>',
      '  </nav>',
      '  <form role="search" action="/search"><label for="q">Search</label> <input id="q" type="search" name="q"><button>Search</button></form>',
      '</header>',
      `<nav aria-label="Breadcrumb" class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/services/">Services</a></li><li aria-current="page">${topic}</li></ol></nav>`,
      '<main id="main">',
      '<article>',
      `<h1>${topic}</h1>`,
      `<p class="lead">${this.sentence()} ${this.sentence()}</p>`,
      '',
    ].join('\n');
    const footerAside =
      `</article>\n<aside aria-label="Related">\n<h2>Related pages</h2>\n${this.list()}</aside>\n</main>\n`;
    const footer = [
      '<footer class="site-footer">',
      '  <ul class="footer-links">',
      '    <li><a href="/privacy/">Privacy</a></li><li><a href="/cookies/">Cookies</a></li><li><a href="/accessibility/">Accessibility statement</a></li>',
      '  </ul>',
      `  <p>&copy; 2026 Example Council. ${this.sentence()}</p>`,
      '</footer>',
      '</body>',
      '</html>',
      '',
    ].join('\n');

    this.emit(head);
    this.emit(nav);
    const tail = footerAside + footer;
    const tailBytes = Buffer.byteLength(tail);
    // Add sections until the page reaches its size; near the end (and on small pages, where a whole
    // section would overshoot) single blocks — paragraphs, figures, lists, tables, forms — fill up.
    while (this.bytes + tailBytes < targetBytes) {
      const room = targetBytes - tailBytes - this.bytes;
      this.emit(room > 4000 ? this.section() : room > 600 ? this.block() : this.paragraph());
    }
    this.emit(tail);
    return this.parts.join('');
  }
}

/** The corpus as `{ file, sizeLabel, text }` entries, generated in memory. */
export function generateCorpus(seed = corpusSeed, plan = corpusPlan) {
  const random = mulberry32(seed);
  const pages = [];
  plan.forEach((size, sizeIndex) => {
    for (let i = 0; i < size.pages; i++) {
      const text = new PageWriter(random, i).build(size.bytes);
      const file = `${String(sizeIndex + 1).padStart(2, '0')}-${size.label.replace(' ', '').toLowerCase()}-${String(i + 1).padStart(2, '0')}.html`;
      pages.push({ file, sizeLabel: size.label, targetBytes: size.bytes, text });
    }
  });
  return pages;
}

/** Writes the corpus to `outDir` (emptied first) with a manifest of sizes and hashes. */
export function writeCorpus(outDir, seed = corpusSeed, plan = corpusPlan) {
  const pages = generateCorpus(seed, plan);
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(outDir)) rmSync(path.join(outDir, name), { recursive: true, force: true });
  const hash = createHash('sha256');
  const manifest = { seed, pages: [] };
  for (const page of pages) {
    writeFileSync(path.join(outDir, page.file), page.text);
    const bytes = Buffer.byteLength(page.text);
    const sha256 = createHash('sha256').update(page.text).digest('hex');
    hash.update(sha256);
    manifest.pages.push({ file: page.file, size: page.sizeLabel, bytes, sha256 });
  }
  manifest.corpusSha256 = hash.digest('hex');
  manifest.totalBytes = manifest.pages.reduce((sum, p) => sum + p.bytes, 0);
  writeFileSync(path.join(path.dirname(outDir), 'corpus-manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return { pages, manifest };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? '.bench/corpus');
  const { manifest } = writeCorpus(outDir);
  console.log(`Wrote ${manifest.pages.length} pages, ${(manifest.totalBytes / 1048576).toFixed(2)} MB, to ${outDir} (corpus sha256 ${manifest.corpusSha256.slice(0, 16)}…)`);
}
