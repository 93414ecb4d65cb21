// Builds the Markdown benchmark corpus: a site of about 1,000 Markdown pages, the same bytes on every run.
//
// One seeded PRNG (mulberry32, as the HTML corpus) writes every page, so the same seed gives the same files on
// every machine; the manifest records their SHA-256. Pages look like a real site's posts and pages: YAML front
// matter (title, description, date, tags, image; a few empty, missing or too long), sections with ## and ###
// headings, paragraphs with inline and reference links, images, GFM tables, lists, quotes, fenced code and raw
// HTML (figures, details, callouts, video frames). A realistic sprinkle of problems (an image without alt text,
// "click here", a skipped heading level, a bare address) makes the checks do real work.
//
// Run alone: `node scripts/bench/markdownCorpus.mjs [outDir]` (default .bench/markdown).
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32, SeededPageWriter } from './corpus.mjs';

export const markdownCorpusSeed = 0x3d5eed26;

/** How many pages of each size: about 1,000 pages, 4.5 MB; the 100 KB pages give the per-page median. */
export const markdownCorpusPlan = [
  { label: 'post', minBytes: 1200, maxBytes: 4500, pages: 900, folder: 'posts' },
  { label: 'guide', minBytes: 8000, maxBytes: 16_000, pages: 90, folder: 'guides' },
  { label: '100 KB', minBytes: 100 * 1024, maxBytes: 100 * 1024, pages: 10, folder: 'long' },
];

const words = (
  'the a of and to in for on with by from about our your their this that new local public community library park ' +
  'school student family health care support program event meeting budget report plan project housing transport ' +
  'road water energy climate waste recycling permit license application form fee payment online office hours ' +
  'contact team staff volunteer grant funding research data results survey feedback residents business economy ' +
  'jobs training course workshop guide policy review update news story season summer winter spring autumn weekend ' +
  'morning evening city town district neighbourhood centre street building open closed available important easy ' +
  'simple quick free safe accessible digital better more every many first last next year month week day time ' +
  'people children adults apply read learn find check book visit join share improve help make take give keep ' +
  'café résumé — “quoted” 2026 12 48 3.5 100%'
).split(' ');

const vagueLinkTexts = ['click here', 'read more', 'here', 'more'];
const languages = ['js', 'python', 'yaml', 'json', 'sh', 'html'];

class MarkdownPageWriter extends SeededPageWriter {
  constructor(random, index) {
    super(random, index, words);
  }

  title(min = 2, max = 6) {
    const s = this.words(min, max);
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  sentence() {
    const s = this.words(6, 18);
    return s.charAt(0).toUpperCase() + s.slice(1) + this.pick(['.', '.', '.', '?', '!']);
  }

  slug() {
    return this.words(1, 3).replace(/[^a-z0-9]+/gi, '-').toLowerCase().replace(/^-|-$/g, '') || 'page';
  }

  href() {
    const r = this.random();
    if (r < 0.65) return `/${this.slug()}/${this.slug()}/`;
    if (r < 0.85) return `https://www.example.org/${this.slug()}`;
    if (r < 0.93) return `#${this.slug()}`;
    return `../${this.slug()}.md`;
  }

  link() {
    const r = this.random();
    if (r < 0.04) return `[${this.pick(vagueLinkTexts)}](${this.href()})`;
    if (r < 0.1) return `[${this.words(2, 4)}][ref-${this.int(1, 3)}]`;
    if (r < 0.12) return `<https://www.example.org/${this.slug()}>`;
    if (r < 0.13) return `https://www.example.org/${this.slug()}`; // a bare address
    return `[${this.words(2, 5)}](${this.href()})`;
  }

  /** One paragraph, wrapped the way people write Markdown: some short lines, some one long line. */
  paragraph() {
    const sentences = [];
    const n = this.int(2, 6);
    for (let i = 0; i < n; i++) {
      let s = this.sentence();
      const r = this.random();
      if (r < 0.3) s = s.replace(/ (\w+) /, () => ` ${this.link()} `);
      else if (r < 0.4) s = s.replace(/ (\w+) /, ' **$1** ');
      else if (r < 0.48) s = s.replace(/ (\w+) /, ' _$1_ ');
      else if (r < 0.53) s = s.replace(/ (\w+) /, ' `$1` ');
      sentences.push(s);
    }
    if (this.chance(0.5)) return `${sentences.join(' ')}\n\n`;
    const lines = [];
    let line = '';
    for (const word of sentences.join(' ').split(' ')) {
      if (line.length + word.length > 78 && line) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
    return `${lines.join('\n')}\n\n`;
  }

  heading(level) {
    // One heading in about twenty-five skips a level.
    const shown = level < 6 && this.chance(0.04) ? level + 1 : level;
    return `${'#'.repeat(shown)} ${this.title()}\n\n`;
  }

  image() {
    const src = `/images/${this.slug()}-${this.int(1, 999)}.${this.pick(['jpg', 'png', 'webp'])}`;
    const r = this.random();
    const alt = r < 0.06 ? '' : r < 0.08 ? src.split('/').pop() : this.title(3, 9);
    const title = this.chance(0.2) ? ` "${this.title(2, 5)}"` : '';
    return `![${alt}](${src}${title})\n\n`;
  }

  rawHtml() {
    const r = this.random();
    if (r < 0.35) {
      const alt = this.chance(0.06) ? '' : ` alt="${this.title(3, 8)}"`;
      return `<figure>\n  <img src="/images/${this.slug()}.jpg"${alt} width="800" height="450">\n  <figcaption>${this.sentence()}</figcaption>\n</figure>\n\n`;
    }
    if (r < 0.6) return `<details>\n<summary>${this.title(2, 5)}</summary>\n\n${this.paragraph()}</details>\n\n`;
    if (r < 0.85) return `<div class="callout">\n  <p><strong>${this.title(1, 3)}:</strong> ${this.sentence()} <a href="${this.href()}">${this.words(2, 4)}</a></p>\n</div>\n\n`;
    const title = this.chance(0.85) ? ` title="${this.title(2, 5)}"` : '';
    return `<iframe src="https://www.youtube-nocookie.com/embed/${this.slug()}"${title} width="560" height="315" allowfullscreen></iframe>\n\n`;
  }

  list() {
    const ordered = this.chance(0.3);
    const n = this.int(3, 8);
    const items = [];
    for (let i = 0; i < n; i++) {
      const marker = ordered ? `${i + 1}.` : '-';
      items.push(`${marker} ${this.chance(0.4) ? this.link() : this.title(3, 10)}`);
      if (this.chance(0.1)) items.push(`${ordered ? '   ' : '  '}- ${this.title(2, 6)}`);
    }
    return `${items.join('\n')}\n\n`;
  }

  table() {
    const cols = this.int(2, 5);
    const rows = this.int(3, 12);
    const head = [];
    for (let c = 0; c < cols; c++) head.push(this.title(1, 3));
    const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
    for (let r = 0; r < rows; r++) {
      const cells = [this.title(1, 3)];
      for (let c = 1; c < cols; c++) cells.push(this.chance(0.6) ? String(this.int(0, 99999)) : this.words(1, 3));
      lines.push(`| ${cells.join(' | ')} |`);
    }
    return `${lines.join('\n')}\n\n`;
  }

  code() {
    const lines = [];
    for (let i = this.int(2, 8); i > 0; i--) lines.push(`${this.slug().replace(/-/g, '_')} = "${this.words(1, 4)}"`);
    return `\`\`\`${this.pick(languages)}\n${lines.join('\n')}\n\`\`\`\n\n`;
  }

  block() {
    const r = this.random();
    if (r < 0.45) return this.paragraph();
    if (r < 0.55) return this.heading(3) + this.paragraph();
    if (r < 0.65) return this.image();
    if (r < 0.75) return this.list();
    if (r < 0.82) return this.table();
    if (r < 0.89) return this.rawHtml();
    if (r < 0.94) return `> ${this.sentence()}\n>\n> — ${this.title(2, 3)}\n\n`;
    return this.code();
  }

  section() {
    const parts = [this.heading(2)];
    for (let i = this.int(2, 6); i > 0; i--) parts.push(this.block());
    return parts.join('');
  }

  frontMatter(date) {
    const r = this.random();
    const title = r < 0.02 ? 'title: ""\n' : r < 0.04 ? '' : r < 0.06 ? `title: "${this.title(14, 20)}"\n` : `title: "${this.title(3, 7)}"\n`;
    const d = this.random();
    const text = d < 0.08 ? undefined : d < 0.12 ? this.title(2, 4) : `${this.sentence()} ${this.sentence()}`.slice(0, 150).trim();
    const description = text === undefined ? '' : `description: "${text}"\n`;
    const tags = `tags: [${Array.from({ length: this.int(1, 3) }, () => this.pick(['news', 'events', 'library', 'parks', 'council'])).join(', ')}]\n`;
    const image = this.chance(0.6) ? `image: /images/${this.slug()}.jpg\n` : '';
    const draft = this.chance(0.05) ? 'draft: true\n' : '';
    return `---\nlayout: post\n${title}${description}date: ${date}\n${tags}${image}${draft}---\n\n`;
  }

  build(targetBytes, date) {
    this.emit(this.frontMatter(date));
    this.emit(`${this.paragraph()}`);
    while (this.bytes < targetBytes) {
      const room = targetBytes - this.bytes;
      this.emit(room > 2500 ? this.section() : room > 400 ? this.block() : this.paragraph());
    }
    this.emit('[ref-1]: https://www.example.org/one\n[ref-2]: https://www.example.org/two\n[ref-3]: /three/\n');
    return this.parts.join('');
  }
}

/** The corpus as `{ file, sizeLabel, text }` entries, generated in memory. */
export function generateMarkdownCorpus(seed = markdownCorpusSeed, plan = markdownCorpusPlan) {
  const random = mulberry32(seed);
  const pages = [];
  let day = 0;
  for (const size of plan) {
    for (let i = 0; i < size.pages; i++) {
      const date = new Date(Date.UTC(2020, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);
      const writer = new MarkdownPageWriter(random, i);
      const target = size.minBytes + Math.floor(random() * (size.maxBytes - size.minBytes + 1));
      const text = writer.build(target, date);
      pages.push({ file: `${size.folder}/${date}-${String(i + 1).padStart(4, '0')}.md`, sizeLabel: size.label, text });
    }
  }
  return pages;
}

/** Writes the corpus to `outDir` (emptied first) with a manifest of sizes and hashes beside it. */
export function writeMarkdownCorpus(outDir, seed = markdownCorpusSeed, plan = markdownCorpusPlan) {
  const pages = generateMarkdownCorpus(seed, plan);
  rmSync(outDir, { recursive: true, force: true });
  const hash = createHash('sha256');
  const manifest = { seed, pages: [] };
  for (const page of pages) {
    const file = path.join(outDir, page.file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, page.text);
    const sha256 = createHash('sha256').update(page.text).digest('hex');
    hash.update(sha256);
    manifest.pages.push({ file: page.file, size: page.sizeLabel, bytes: Buffer.byteLength(page.text), sha256 });
  }
  manifest.corpusSha256 = hash.digest('hex');
  manifest.totalBytes = manifest.pages.reduce((sum, p) => sum + p.bytes, 0);
  writeFileSync(path.join(path.dirname(outDir), 'markdown-manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return { pages, manifest };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? '.bench/markdown');
  const { manifest } = writeMarkdownCorpus(outDir);
  console.log(`Wrote ${manifest.pages.length} Markdown pages, ${(manifest.totalBytes / 1048576).toFixed(2)} MB, to ${outDir} (corpus sha256 ${manifest.corpusSha256.slice(0, 16)}…)`);
}
