/**
 * Plain-language explanations of the HTML elements and attributes communicators meet most, shown when the
 * pointer rests on one. `check` names the check whose page explains more, where there is one.
 */
export interface HoverText {
  readonly text: string;
  readonly check?: string;
}

export const elementHovers: Readonly<Record<string, HoverText>> = {
  html: { text: 'The whole page. Its `lang` attribute tells screen readers which language to read it in.', check: 'html-has-lang' },
  head: { text: 'Information about the page that readers do not see on it: the title, the description for search results, sharing tags, links to styles.' },
  body: { text: 'Everything readers see on the page.' },
  title: {
    text: 'The page title: shown in the browser tab and as the link in search results. Keep it short (10–60 characters), most specific words first.',
    check: 'document-title',
  },
  meta: {
    text: 'A piece of information about the page, such as its description for search results (`name="description"`) or what shows when it is shared (`property="og:…"`).',
    check: 'meta-description',
  },
  link: {
    text: 'Connects the page to another file, such as a stylesheet or its canonical address (`rel="canonical"`). Not a link readers click: that is `<a>`.',
    check: 'canonical',
  },
  script: {
    text: 'Program code that runs in the reader\'s browser, or data for search engines (`type="application/ld+json"`). This is site code: ask IT before changing it.',
    check: 'structured-data',
  },
  style: { text: "The page's look, written in CSS. This is site code: ask IT before changing it." },
  main: { text: 'The main content of the page, apart from menus, headers and footers. Screen reader users can jump straight to it; one per page.' },
  header: { text: 'The top part of the page or of a section: usually the logo, site name and menu.' },
  footer: { text: 'The bottom part of the page or of a section: contact details, copyright, secondary links.' },
  nav: { text: 'A group of menu links. Screen readers list these as "navigation", so readers can find or skip the menu.' },
  section: { text: 'A part of the page about one topic, usually starting with a heading.' },
  article: { text: 'A complete piece that makes sense on its own, such as a news story or a blog post.' },
  aside: { text: 'Content beside the main text, such as a related-links box or a fact panel.' },
  div: {
    text: 'A box with no meaning of its own, used to group things for the layout. Screen readers say nothing about it: use a heading, list or paragraph when the content is one.',
  },
  span: { text: 'A piece of text with no meaning of its own, usually to style it. Use `<strong>` or `<em>` when the words need emphasis.' },
  h1: {
    text: 'The main heading of the page: one per page, saying what the page is about. Screen reader users and search engines read it first.',
    check: 'page-has-heading-one',
  },
  h2: {
    text: "A section heading. Headings go in order: `<h2>` for sections under the page's `<h1>`, then `<h3>` inside them. Choose the level by structure, not by size.",
    check: 'heading-order',
  },
  h3: { text: 'A heading for a part of an `<h2>` section. Do not skip levels (from `<h2>` straight to `<h4>`).', check: 'heading-order' },
  h4: { text: 'A heading for a part of an `<h3>` part. Do not skip levels.', check: 'heading-order' },
  h5: { text: 'A fifth-level heading, inside an `<h4>` part. Pages rarely need it.', check: 'heading-order' },
  h6: { text: 'The smallest heading level, inside an `<h5>` part. Pages rarely need it.', check: 'heading-order' },
  p: { text: 'A paragraph of text.' },
  br: { text: 'A line break inside a paragraph, e.g. in an address. Do not use it to make space between paragraphs: that belongs to the stylesheet.' },
  hr: { text: 'A change of topic between paragraphs, usually shown as a line.' },
  a: {
    text: 'A link. Its words should say where it goes ("Opening hours", not "click here"): screen reader users often hear only the links.',
    check: 'link-text',
  },
  img: {
    text: 'An image. It needs `alt` text that says what it shows (or `alt=""` if it is only decoration), and `width` and `height` so the page does not jump while it loads.',
    check: 'image-alt',
  },
  figure: { text: 'An image, table or quote together with its caption (`<figcaption>`).' },
  figcaption: {
    text: "The caption of a `<figure>`, visible to everyone. It adds context (a credit, what to notice); it does not replace the image's alt text.",
  },
  picture: { text: 'An image offered in several sizes or formats; the browser picks the best. The `alt` text goes on the `<img>` inside.', check: 'image-alt' },
  source: { text: 'One file a `<picture>`, `<video>` or `<audio>` can choose from.' },
  video: {
    text: 'A video player. It needs captions (a `<track kind="captions">`) for people who cannot hear it, and `controls` so people can pause it.',
    check: 'video-caption',
  },
  audio: { text: 'A sound player. Offer a transcript on the page for people who cannot hear it.' },
  track: {
    text: 'Captions or subtitles for a video (a .vtt file). `kind="captions"` also describes sounds, for deaf and hard-of-hearing viewers.',
    check: 'video-caption',
  },
  iframe: {
    text: 'Another web page shown inside this one, such as a map or an embedded video. It needs a `title` that says what it is.',
    check: 'frame-title',
  },
  ul: { text: 'A bulleted list. Screen readers announce how many items there are. Each item is an `<li>`.', check: 'list' },
  ol: { text: 'A numbered list, for steps or rankings where the order matters. Each item is an `<li>`.', check: 'list' },
  li: { text: 'One item of a list (`<ul>` or `<ol>`).', check: 'listitem' },
  dl: { text: 'A list of terms and their explanations (`<dt>` and `<dd>`), such as a glossary or opening hours.', check: 'definition-list' },
  dt: { text: 'A term in a `<dl>` list.', check: 'dlitem' },
  dd: { text: 'The explanation of the `<dt>` term before it.', check: 'dlitem' },
  table: {
    text: 'A table of data, such as prices or opening hours. Give it a `<caption>` and header cells (`<th>`); do not use tables for page layout.',
    check: 'th-has-data-cells',
  },
  caption: { text: 'The title of a table, read out before it.' },
  thead: { text: 'The header row(s) of a table.' },
  tbody: { text: 'The body rows of a table.' },
  tr: { text: 'One row of a table, holding its cells.' },
  th: { text: 'A header cell: the heading of a column or row. Screen readers read it with every cell under it.', check: 'scope-attr-valid' },
  td: { text: 'One data cell of a table.', check: 'td-headers-attr' },
  blockquote: { text: 'A quotation of a paragraph or more. Say who said it, e.g. in a `<figcaption>`.' },
  q: { text: 'A short quotation within a sentence; browsers add the quotation marks.' },
  cite: { text: 'The title of a work (a book, a report, a film) that is referred to.' },
  strong: { text: 'Important words. Screen readers may stress them; use it for warnings and key facts, not for headings.' },
  em: { text: 'Words stressed as you would when speaking ("I did *not* say that").' },
  b: { text: 'Bold text with no extra importance. Prefer `<strong>` when the words are important.' },
  i: { text: 'Italic text with no extra stress, e.g. a foreign word. Prefer `<em>` for stress.' },
  small: { text: 'Side comments and small print, such as a copyright line.' },
  abbr: { text: 'An abbreviation. Its `title` gives the full words, e.g. `<abbr title="Frequently asked questions">FAQ</abbr>`.' },
  time: { text: 'A date or time. Its `datetime` attribute writes it for machines (2026-05-14), so calendars and search engines understand it.' },
  address: { text: "Contact details for the page's author or organisation." },
  button: {
    text: 'A button for an action on this page (send a form, open a menu). Its words should say what it does. To go to another page, use a link (`<a>`).',
    check: 'button-name',
  },
  form: { text: 'A form readers fill in. Each field needs a label. This is often site code: ask IT before changing what it sends.' },
  label: { text: 'The words that name a form field. Clicking them puts the cursor in the field, and screen readers read them out.', check: 'label' },
  input: { text: 'A form field. It needs a label (a `<label>` or `aria-label`) so everyone knows what to type.', check: 'label' },
  select: { text: 'A drop-down list in a form. It needs a label.', check: 'select-name' },
  option: { text: 'One choice of a drop-down list.' },
  textarea: { text: 'A multi-line text field in a form. It needs a label.', check: 'label' },
  details: { text: 'A section readers can open and close, such as an answer under a question. The `<summary>` is what they click.' },
  summary: { text: 'The always-visible line of a `<details>` section; clicking it opens the rest.' },
  code: { text: 'A piece of computer code or a file name, shown in a fixed-width font.' },
  pre: { text: 'Text shown exactly as typed, spaces and line breaks included, usually code.' },
  sup: { text: 'Raised text, such as a footnote number.' },
  sub: { text: 'Lowered text, such as the 2 in H₂O.' },
  marquee: { text: 'Scrolling text: outdated, hard to read, and distracting. Remove it and write the text plainly.', check: 'marquee' },
  blink: { text: 'Blinking text: outdated and can be harmful to some readers. Remove it.', check: 'blink' },
};

export const attributeHovers: Readonly<Record<string, HoverText>> = {
  alt: {
    text: 'The words a screen reader says instead of the image, and what shows if it does not load. Describe what it shows or means; `alt=""` tells screen readers to skip a decorative image.',
    check: 'image-alt',
  },
  href: {
    text: 'Where the link goes: a full address (https://…), a page of this site (/about/), an e-mail (mailto:…) or a place on this page (#…).',
    check: 'crawlable-anchors',
  },
  src: { text: 'The file shown or played: an image, video or script, as an address or a path relative to this page.' },
  title: {
    text: 'A tooltip shown when the pointer rests on the element. Screen readers often skip it and phones never show it: do not put important information only here. On an `<iframe>` it names the embedded content.',
    check: 'frame-title',
  },
  lang: {
    text: 'The language of the text (en, fr, de…). Screen readers choose their voice by it, and search engines show the page to the right readers.',
    check: 'valid-lang',
  },
  width: {
    text: 'The width of the image or video in pixels. With `height`, it keeps room for it while the page loads, so the text does not jump.',
    check: 'unsized-images',
  },
  height: { text: 'The height of the image or video in pixels. With `width`, it keeps room for it while the page loads.', check: 'unsized-images' },
  class: { text: 'Names the stylesheet uses to give the element its look (e.g. `class="button"`). Changing it changes the look, not the meaning.' },
  id: { text: 'A name for this one element, unique on the page. Links can jump to it (`href="#name"`), and forms and scripts use it.', check: 'duplicate-id' },
  style: { text: "The look of this one element, written in CSS. Prefer the site's classes, so every page looks the same." },
  target: {
    text: '`target="_blank"` opens the link in a new tab or window, which surprises readers: say so in the link text ("opens in a new tab") or leave it out.',
    check: 'link-new-window',
  },
  rel: { text: 'How the linked address relates to this page, e.g. `rel="canonical"` (the page\'s main address) or `rel="noopener"` (safety for new tabs).' },
  name: {
    text: 'In a `<meta>` tag, which information it holds (`description`, `viewport`); in a form field, the name its value is sent under.',
    check: 'meta-description',
  },
  content: { text: 'The value of a `<meta>` tag, such as the page description search engines show.', check: 'meta-description' },
  property: { text: 'Names a sharing tag (`og:title`, `og:image`…): what social media show when the page is shared.', check: 'social-tags' },
  charset: { text: 'The character set the file is written in. Keep `utf-8`, so accents and symbols show correctly.' },
  type: { text: "What kind of thing it is: a form field's kind (`email`, `date`…), a button's job (`submit`, `button`), or a script's or file's kind." },
  'aria-label': {
    text: 'A name read by screen readers instead of the visible text. Use it only when there is no visible text (an icon button); keep it in line with what sighted readers see.',
    check: 'aria-valid-attr',
  },
  'aria-hidden': {
    text: '`aria-hidden="true"` hides the element from screen readers while it stays visible. Only for decoration: never on links, buttons or important text.',
    check: 'aria-hidden-body',
  },
  'aria-describedby': {
    text: 'Points to the id of text that describes this element further (e.g. a hint under a form field); screen readers read it after the name.',
    check: 'aria-valid-attr',
  },
  'aria-labelledby': { text: 'Points to the id of visible text that names this element; screen readers read that text as its name.', check: 'aria-valid-attr' },
  role: {
    text: 'Tells screen readers what the element is when the HTML element does not (e.g. `role="button"`). A real element (`<button>`, `<nav>`) is always better.',
    check: 'aria-roles',
  },
  tabindex: {
    text: 'Changes the order in which the Tab key reaches elements. A number above 0 confuses keyboard users: leave it out or use 0.',
    check: 'tabindex',
  },
  accesskey: {
    text: 'A keyboard shortcut for the element. It can clash with the shortcuts of browsers and screen readers: better left out.',
    check: 'accesskeys',
  },
  hidden: { text: 'Hides the element from everyone until something (usually a script) shows it.' },
  controls: { text: "Shows the player's play, pause and volume buttons, so readers can stop a video or sound.", check: 'video-caption' },
  autoplay: { text: 'Starts the video or sound by itself, which startles readers and talks over screen readers. Leave it out, or add `muted`.' },
  kind: {
    text: 'What a `<track>` holds: `captions` (speech and sounds, for deaf viewers), `subtitles` (translation), or `descriptions`.',
    check: 'video-caption',
  },
  srclang: { text: "The language of a `<track>`'s captions or subtitles (en, fr…)." },
  datetime: { text: 'The date or time written for machines (2026-05-14 or 2026-05-14T18:30), so calendars and search engines understand it.' },
  scope: {
    text: 'On a header cell, whether it heads its column (`col`) or its row (`row`), so screen readers read the right heading with each cell.',
    check: 'scope-attr-valid',
  },
  colspan: { text: 'How many columns this cell spans.' },
  rowspan: { text: 'How many rows this cell spans.' },
  headers: { text: 'The ids of the header cells that belong to this data cell, for complex tables.', check: 'td-headers-attr' },
  for: { text: 'On a `<label>`, the id of the form field it names.', check: 'label' },
  placeholder: { text: 'Sample text shown in an empty form field. It disappears as people type, so it cannot replace a label.', check: 'label' },
  required: { text: 'The form cannot be sent without this field. Say so in the label too ("Email (required)").' },
  loading: { text: '`loading="lazy"` loads the image only when the reader scrolls near it, which makes long pages faster.' },
  download: { text: 'Downloads the linked file instead of opening it. Say the file type and size in the link text.', check: 'link-file-type' },
  hreflang: { text: 'The language of the page a link points to, for links to translations.', check: 'hreflang' },
  dir: { text: 'The direction of the text: `rtl` for right-to-left languages such as Arabic or Hebrew.' },
  srcset: { text: 'Several sizes of the same image; the browser picks the one that fits the screen. All of them share the `alt` text.' },
  sizes: { text: 'Tells the browser how wide the image is shown, so it can pick the right file from `srcset`.' },
  action: { text: 'Where a form sends what readers typed. This is site code: ask IT before changing it.' },
  method: { text: 'How a form sends its data (`get` or `post`). This is site code: ask IT before changing it.' },
  value: { text: 'The value of a form field or option, as sent with the form; on a button-like input, its visible words.' },
};

/** What a hover on template code says. */
export const templateCodeHover = 'This is site code that builds the page; changing it changes every page that uses it — ask IT.';
