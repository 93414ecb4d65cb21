import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { check, checkDocument } from '../../../src/core';
import {
  insertBlockById,
  insertBlocks,
  questionsToAsk,
  readImageSize,
  relativePath,
  type Answers,
  type InsertFormat,
  type TextQuestion,
} from '../../../src/core/inserts';
import { repositoryRoot } from '../fixtureExpectations';

const image = (name: string) => new Uint8Array(readFileSync(path.join(repositoryRoot, 'test', 'fixtures', 'images', name)));

/** A page that passes every check, with the block in its body. */
function htmlPage(block: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Spring fair at Riverside Library</title>',
    '<meta name="description" content="Games, books and cake on the library lawn: everything you need to know about this year\'s spring fair.">',
    '<meta property="og:title" content="Spring fair at Riverside Library">',
    '<meta property="og:description" content="Games, books and cake on the library lawn: everything you need to know about this year\'s spring fair.">',
    '<meta property="og:image" content="https://www.riverside-council.org/images/fair.jpg">',
    '<meta name="twitter:card" content="summary_large_image">',
    '</head>',
    '<body>',
    '<main>',
    '<h1>Spring fair</h1>',
    block,
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}

const markdownPage = (block: string) =>
  [
    '---',
    'title: "Spring fair at Riverside Library"',
    'description: "Games, books and cake on the library lawn: everything you need to know about this year\'s spring fair."',
    'image: "/images/fair.jpg"',
    '---',
    '',
    'The fair is on Saturday.',
    '',
    block,
    '',
  ].join('\n');

function findingsIn(format: InsertFormat, block: string): string[] {
  const findings = format === 'html' ? check(htmlPage(block)) : checkDocument(markdownPage(block), { kind: 'markdown', path: 'content/news/spring-fair.md' });
  return findings.map((finding) => `${finding.ruleId}: ${finding.message}`);
}

/** Realistic answers for every block, with a quote and an ampersand where a writer would type them. */
const realAnswers: Record<string, Answers> = {
  image: { image: '../images/fair stall.jpg', imageWidth: '1200', imageHeight: '800', purpose: 'informative', alt: 'Children at the "Books & Cake" stall' },
  figure: {
    image: '../images/fair.jpg',
    imageWidth: '1200',
    imageHeight: '800',
    purpose: 'informative',
    alt: 'The library lawn full of stalls',
    caption: 'Photo: Sam Lee & the Riverside Camera Club',
  },
  link: { href: '/events/spring-fair.html', text: 'Programme of the "spring fair" & its stalls' },
  'button-link': { href: 'https://www.riverside-council.org/volunteer', text: 'Volunteer at the fair' },
  heading: { level: '2', text: 'Food & drink' },
  quote: { quote: 'It is the "best" day of the year for our readers.', who: 'Amira Haddad, head librarian' },
  table: { caption: 'Opening hours over the fair weekend', columns: 'Day, Opens, Closes', rows: '2' },
  video: { video: '../media/fair.mp4', captions: '../media/fair.en.vtt', language: 'en', label: 'English' },
  'call-to-action': {
    heading: 'Volunteer at the spring fair',
    sentence: 'We need 20 people on Saturday to run the stalls.',
    href: '/volunteer.html',
    text: 'Sign up to volunteer',
  },
  'contact-card': { name: 'Press office', role: 'Media & press enquiries', email: 'press@riverside-council.org', phone: '+44 20 7946 0000' },
  event: {
    name: 'Spring fair at Riverside Library',
    date: '2026-05-14',
    time: '14:30',
    place: 'Riverside Library',
    address: '12 Mill Lane, Riverside',
    description: 'Games, books & cake for all ages.',
  },
  faq: { q1: 'Can I bring my dog?', a1: 'Yes, on a lead.', q2: 'Is it free?', a2: 'Entry is free; stalls charge for food & drink.', q3: '' },
  'page-head': {
    title: 'Spring fair & book sale',
    description: "Games, books and cake on the library lawn: everything you need to know about this year's spring fair.",
    url: 'https://www.riverside-council.org/news/spring-fair.html',
    image: 'https://www.riverside-council.org/images/fair.jpg',
  },
};

const build = (id: string, format: InsertFormat) => insertBlockById(id)!.build(realAnswers[id], { format });

describe('Guided inserts', () => {
  it('offers the thirteen blocks, each with questions', () => {
    assert.deepEqual(
      insertBlocks.map((block) => block.id),
      ['image', 'figure', 'link', 'button-link', 'heading', 'quote', 'table', 'video', 'call-to-action', 'contact-card', 'event', 'faq', 'page-head'],
    );
    for (const block of insertBlocks) assert.ok(block.questions.length > 0 && realAnswers[block.id], block.id);
  });

  describe('output', () => {
    it('image: HTML with alt text escaped for the attribute, the real size and an encoded path', () => {
      assert.equal(
        build('image', 'html'),
        '<img src="../images/fair stall.jpg" alt="Children at the &quot;Books & Cake&quot; stall" width="1200" height="800">',
      );
    });

    it('image: decorative images get an empty alt, in Markdown too (Markdown cannot write one)', () => {
      const answers = { ...realAnswers['image'], purpose: 'decorative', alt: 'ignored' };
      assert.equal(insertBlockById('image')!.build(answers, { format: 'markdown' }), '<img src="../images/fair stall.jpg" alt="" width="1200" height="800">');
    });

    it('image: Markdown syntax when no size is known', () => {
      const answers = { image: '../images/fair stall.jpg', purpose: 'informative', alt: 'Stalls [left] & *cake*' };
      assert.equal(insertBlockById('image')!.build(answers, { format: 'markdown' }), '![Stalls \\[left\\] & \\*cake\\*](../images/fair%20stall.jpg)');
    });

    it('link: HTML leaves quotes and a lone & readable; Markdown escapes only its own syntax', () => {
      assert.equal(build('link', 'html'), '<a href="/events/spring-fair.html">Programme of the "spring fair" & its stalls</a>');
      assert.equal(build('link', 'markdown'), '[Programme of the "spring fair" & its stalls](/events/spring-fair.html)');
    });

    it('heading: # signs in Markdown, the chosen level in HTML', () => {
      assert.equal(build('heading', 'html'), '<h2>Food & drink</h2>');
      assert.equal(build('heading', 'markdown'), '## Food & drink');
      assert.equal(insertBlockById('heading')!.build({ level: '3', text: 'Learn C#' }, { format: 'markdown' }), '### Learn C\\#');
    });

    it('quote: a figure with its attribution in HTML, a block quote in Markdown', () => {
      assert.equal(
        build('quote', 'html'),
        '<figure>\n  <blockquote>\n    <p>It is the "best" day of the year for our readers.</p>\n  </blockquote>\n  <figcaption>— Amira Haddad, head librarian</figcaption>\n</figure>',
      );
      assert.equal(build('quote', 'markdown'), '> It is the "best" day of the year for our readers.\n>\n> — Amira Haddad, head librarian');
    });

    it('table: caption, one header cell per column, the rows asked for', () => {
      const table = build('table', 'html');
      assert.match(table, /<caption>Opening hours over the fair weekend<\/caption>/);
      assert.equal(table.match(/<th scope="col">/g)?.length, 3);
      assert.equal(table.match(/<td><\/td>/g)?.length, 6);
    });

    it('event: date in words, machine date, and schema.org Event JSON-LD that parses', () => {
      const html = build('event', 'html');
      assert.match(html, /<time datetime="2026-05-14T14:30">14 May 2026, 14:30<\/time>/);
      const json = JSON.parse(/<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(html)![1]) as Record<string, unknown>;
      assert.deepEqual(json, {
        '@context': 'https://schema.org',
        '@type': 'Event',
        name: 'Spring fair at Riverside Library',
        startDate: '2026-05-14T14:30',
        location: { '@type': 'Place', name: 'Riverside Library', address: '12 Mill Lane, Riverside' },
        description: 'Games, books & cake for all ages.',
      });
      assert.match(build('event', 'markdown'), /^## Spring fair at Riverside Library\n\n\*\*When:\*\* 14 May 2026, 14:30 {2}\n/);
    });

    it('event: JSON-LD cannot be ended early by what a writer types', () => {
      const html = insertBlockById('event')!.build({ ...realAnswers['event'], description: 'Bring </script><b>snacks</b>' }, { format: 'html' });
      assert.equal(html.split('</script>').length, 2, 'one </script>: the one that closes the block');
      assert.match(html, /Bring \\u003c\/script>\\u003cb>snacks\\u003c\/b>/);
    });

    it('FAQ: only the questions asked, and FAQPage JSON-LD with each answer', () => {
      const html = build('faq', 'html');
      assert.equal(html.match(/<h3>/g)?.length, 2);
      const json = JSON.parse(/<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(html)![1]) as {
        '@type': string;
        mainEntity: { name: string; acceptedAnswer: { text: string } }[];
      };
      assert.equal(json['@type'], 'FAQPage');
      assert.deepEqual(
        json.mainEntity.map((entry) => [entry.name, entry.acceptedAnswer.text]),
        [
          ['Can I bring my dog?', 'Yes, on a lead.'],
          ['Is it free?', 'Entry is free; stalls charge for food & drink.'],
        ],
      );
    });

    it('page head: tags for HTML, page settings with quoted strings for Markdown', () => {
      assert.match(build('page-head', 'html'), /^<title>Spring fair & book sale<\/title>\n<meta name="description" content="Games, books and cake/);
      assert.match(build('page-head', 'html'), /<link rel="canonical" href="https:\/\/www.riverside-council.org\/news\/spring-fair.html">/);
      assert.equal(build('page-head', 'markdown').split('\n')[1], 'title: "Spring fair & book sale"');
    });

    it('contact card: mailto and tel links, the number without spaces in the link', () => {
      const card = build('contact-card', 'html');
      assert.match(card, /<a href="mailto:press@riverside-council.org">press@riverside-council.org<\/a>/);
      assert.match(card, /<a href="tel:\+442079460000">\+44 20 7946 0000<\/a>/);
      assert.match(card, /<br>Media & press enquiries/);
    });
  });

  describe('every block, filled with real words, passes every check', () => {
    for (const block of insertBlocks) {
      for (const format of ['html', 'markdown'] as const) {
        if (block.id === 'page-head') continue; // checked below: it is the page's head, not body content
        it(`${block.id} (${format})`, () => assert.deepEqual(findingsIn(format, build(block.id, format)), []));
      }
    }

    it('page-head (html) makes a head that passes every check', () => {
      const page = [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        build('page-head', 'html'),
        '</head>',
        '<body><main><h1>Spring fair</h1><p>Join us.</p></main></body>',
        '</html>',
      ].join('\n');
      assert.deepEqual(
        check(page).map((finding) => `${finding.ruleId}: ${finding.message}`),
        [],
      );
    });

    it('page-head (markdown) makes page settings that pass every check', () => {
      const page = `${build('page-head', 'markdown')}\n\nThe fair is on Saturday.\n`;
      assert.deepEqual(
        checkDocument(page, { kind: 'markdown', path: 'content/news/spring-fair.md' }).map((finding) => `${finding.ruleId}: ${finding.message}`),
        [],
      );
    });
  });

  describe('questions', () => {
    const validate = (blockId: string, key: string, value: string) => {
      const question = insertBlockById(blockId)!.questions.find((candidate) => candidate.key === key) as TextQuestion;
      return question.validate?.(value, {});
    };

    it('asks for alt text only when the image carries information', () => {
      const block = insertBlockById('image')!;
      assert.deepEqual(
        questionsToAsk(block, { purpose: 'decorative' }).map((question) => question.key),
        ['image', 'purpose'],
      );
      assert.deepEqual(
        questionsToAsk(block, { purpose: 'informative' }).map((question) => question.key),
        ['image', 'purpose', 'alt'],
      );
    });

    it('requires alt text and explains it, and refuses file names and empty words', () => {
      assert.match(validate('image', 'alt', '  ')!, /screen reader says instead of the image/);
      assert.match(validate('image', 'alt', 'IMG_2041.JPG')!, /file name/);
      assert.match(validate('image', 'alt', 'Photo')!, /does not say what the image shows/);
      assert.equal(validate('image', 'alt', 'Volunteers planting trees in Riverside Park'), undefined);
    });

    it('refuses "click here"-style link text with the reason, in the languages the link check knows', () => {
      assert.match(validate('link', 'text', 'Click here')!, /does not say where the link goes/);
      assert.match(validate('link', 'text', 'read more')!, /does not say where the link goes/);
      assert.match(validate('link', 'text', 'Weiterlesen')!, /does not say where the link goes/);
      assert.equal(validate('link', 'text', 'Opening hours of the central library'), undefined);
    });

    it('refuses sample addresses and sample words', () => {
      assert.match(validate('link', 'href', 'https://example.org/page')!, /sample addresses/);
      assert.match(validate('link', 'href', 'mailto:press@www.example.com')!, /sample addresses/);
      assert.match(validate('page-head', 'url', 'https://news.example.net/')!, /sample addresses/);
      assert.match(validate('page-head', 'url', '/news/fair.html')!, /full address/);
      assert.equal(validate('page-head', 'url', 'https://www.riverside-council.org/news/fair.html'), undefined);
      assert.match(validate('link', 'text', 'Say where the link goes…')!, /sample text/);
      assert.match(validate('link', 'href', 'www.riverside-council.org')!, /https:\/\/www.riverside-council.org/);
      assert.equal(validate('link', 'href', 'mailto:press@riverside-council.org'), undefined);
    });

    it('takes dates as year-month-day that exist in the calendar', () => {
      assert.equal(validate('event', 'date', '2026-05-14'), undefined);
      assert.match(validate('event', 'date', '14/05/2026')!, /year-month-day/);
      assert.match(validate('event', 'date', '2026-02-30')!, /no 2026-02-30 in the calendar/);
      assert.match(validate('event', 'time', '25:00')!, /24-hour clock/);
    });

    it('asks the next FAQ question only after the one before was answered', () => {
      const keys = (answers: Answers) => questionsToAsk(insertBlockById('faq')!, answers).map((question) => question.key);
      assert.deepEqual(keys({ q1: 'Can I park?', q2: '' }), ['q1', 'a1', 'q2']);
      assert.deepEqual(keys({ q1: 'Can I park?', q2: 'Is it free?' }), ['q1', 'a1', 'q2', 'a2', 'q3']);
    });
  });

  describe('image size from the file', () => {
    it('reads PNG, JPEG, WebP and SVG made for these tests', () => {
      assert.deepEqual(readImageSize(image('sample.png')), { width: 12, height: 7 });
      assert.deepEqual(readImageSize(image('sample.jpg')), { width: 12, height: 7 });
      assert.deepEqual(readImageSize(image('sample.webp')), { width: 12, height: 7 });
      assert.deepEqual(readImageSize(image('sample.svg')), { width: 120, height: 45 });
      assert.deepEqual(readImageSize(image('viewbox-only.svg')), { width: 300, height: 150 });
    });

    it('says nothing (rather than failing) for bytes that are not an image', () => {
      assert.equal(readImageSize(new TextEncoder().encode('not an image at all')), undefined);
      assert.equal(readImageSize(new Uint8Array(0)), undefined);
      assert.equal(readImageSize(image('sample.png').slice(0, 10)), undefined);
    });
  });

  describe('paths relative to the page', () => {
    it("goes up from the page's folder and down to the file", () => {
      assert.equal(relativePath('news/2026/fair.html', 'images/fair.jpg'), '../../images/fair.jpg');
      assert.equal(relativePath('news/fair.html', 'news/images/fair.jpg'), 'images/fair.jpg');
      assert.equal(relativePath('index.html', 'images/fair.jpg'), 'images/fair.jpg');
      assert.equal(relativePath('news/fair.html', 'news/fair.jpg'), 'fair.jpg');
    });

    it('encodes what a link cannot hold, and keeps accents readable', () => {
      assert.equal(relativePath('about/team.html', 'images/Team photo (2026) #1.jpg'), '../images/Team%20photo%20%282026%29%20%231.jpg');
      assert.equal(relativePath('index.html', 'images/café.jpg'), 'images/café.jpg');
    });
  });
});
