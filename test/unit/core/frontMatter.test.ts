import * as assert from 'node:assert/strict';
import { stringify } from 'smol-toml';
import { readFrontMatter, type FrontMatter } from '../../../src/core/frontMatter/frontMatter';

/** The text of the file at a span, so assertions read as what the user wrote. */
function at(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}

function entry(frontMatter: FrontMatter | undefined, key: string) {
  const found = frontMatter?.entries.get(key);
  assert.ok(found, `no entry ${key}`);
  return found;
}

describe('readFrontMatter', () => {
  describe('YAML', () => {
    const text =
      '---\ntitle: "Summer reading"\ndescription: Books for everyone\nseo:\n  title: \'Reading\'\nimages: [a.jpg, b.jpg]\ndraft: true\n---\n# Hello\n';

    it('reads keys, values and spans (inside the quotes of a quoted string)', () => {
      const fm = readFrontMatter(text);
      assert.equal(fm?.format, 'yaml');
      assert.equal(fm?.error, undefined);
      assert.equal(at(text, fm!.span), text.slice(0, text.indexOf('\n# Hello')));
      assert.equal(at(text, fm!.contentSpan), text.slice(4, text.lastIndexOf('---')));
      const title = entry(fm, 'title');
      assert.equal(title.value, 'Summer reading');
      assert.equal(at(text, title.keySpan), 'title');
      assert.equal(at(text, title.valueSpan), 'Summer reading');
      assert.equal(at(text, entry(fm, 'description').valueSpan), 'Books for everyone');
      assert.equal(entry(fm, 'draft').value, true);
      assert.deepEqual(entry(fm, 'images').value, ['a.jpg', 'b.jpg']);
      assert.equal(at(text, entry(fm, 'images').valueSpan), '[a.jpg, b.jpg]');
    });

    it('flattens nested keys to dotted paths and keeps the parent', () => {
      const fm = readFrontMatter(text);
      assert.deepEqual([...fm!.entries.keys()], ['title', 'description', 'seo', 'seo.title', 'images', 'draft']);
      assert.deepEqual(entry(fm, 'seo').value, { title: 'Reading' });
      assert.equal(at(text, entry(fm, 'seo.title').keySpan), 'title');
      assert.equal(at(text, entry(fm, 'seo.title').valueSpan), 'Reading');
    });

    it('gives an empty value a span right after the colon', () => {
      const source = '---\ntitle:\nauthor: Sam\n---\n';
      const title = entry(readFrontMatter(source), 'title');
      assert.equal(title.value, null);
      assert.deepEqual(title.valueSpan, { start: 10, end: 10 });
    });

    it('leaves the last line break out of a block string', () => {
      const source = '---\ndescription: >-\n  One line\n  and another\nauthor: Sam\n---\n';
      const description = entry(readFrontMatter(source), 'description');
      assert.equal(description.value, 'One line and another');
      assert.equal(at(source, description.valueSpan), '>-\n  One line\n  and another');
    });

    it('closes with ... as well as ---, and allows spaces after a fence', () => {
      const source = '--- \ntitle: A\n... \nBody';
      const fm = readFrontMatter(source);
      assert.equal(entry(fm, 'title').value, 'A');
      assert.equal(at(source, fm!.span), '--- \ntitle: A\n... ');
    });

    it('handles CRLF line breaks and a byte order mark', () => {
      const source = '\uFEFF---\r\ntitle: "Caf\u00e9"\r\nseo:\r\n  description: x\r\n---\r\n<p>Hi</p>';
      const fm = readFrontMatter(source);
      assert.equal(fm?.span.start, 1);
      assert.equal(at(source, fm!.span), '---\r\ntitle: "Caf\u00e9"\r\nseo:\r\n  description: x\r\n---');
      assert.equal(at(source, entry(fm, 'title').valueSpan), 'Caf\u00e9');
      assert.equal(at(source, entry(fm, 'seo.description').valueSpan), 'x');
    });

    it('reads empty front matter as no settings, without an error', () => {
      for (const source of ['---\n---\nBody', '---\n# only a comment\n---\n', '---\r\n---']) {
        const fm = readFrontMatter(source);
        assert.equal(fm?.format, 'yaml', source);
        assert.equal(fm?.entries.size, 0, source);
        assert.equal(fm?.error, undefined, source);
      }
    });

    it('reports a mistake at its place in plain words, with no entries', () => {
      const source = '---\ntitle: Hello\ndescription: Time: 10am\n---\n';
      const fm = readFrontMatter(source);
      assert.equal(fm?.entries.size, 0);
      assert.equal(fm?.error?.reason, 'a value here contains a colon followed by a space. Put the value in double quotes.');
      assert.equal(fm!.error!.start, source.indexOf('Time'));
    });

    it('reports a missing closing quote and a setting written twice', () => {
      const unclosed = '---\ntitle: "Hello\n---\n';
      assert.match(readFrontMatter(unclosed)!.error!.reason, /closing quote or bracket is missing/);
      const twice = '---\ntitle: A\ntitle: B\n---\n';
      const fm = readFrontMatter(twice);
      assert.match(fm!.error!.reason, /written twice/);
      assert.equal(at(twice, fm!.error!), 'title');
      assert.equal(fm!.error!.start, twice.lastIndexOf('title'));
    });

    it('says what to do in plain words for the usual mistakes', () => {
      const reason = (source: string) => readFrontMatter(source)!.error!.reason;
      assert.equal(
        reason('---\ntitle: @home\n---\n'),
        'a value here starts with a character that needs quotes (such as @, ` or %). Put the value in double quotes.',
      );
      assert.equal(reason('---\n\ttitle: x\n---\n'), 'a line here is indented with a tab. Use spaces instead.');
      assert.equal(reason('---\nimage: *cover\n---\n'), 'a reference (*name) here does not match any anchor (&name) above it.');
      assert.equal(reason('+++\ntitle = "x" draft\n+++\n'), 'each setting must be on a line of its own (is a quote missing around the value?).');
      assert.equal(reason('+++\ntitle = "x\\q"\n+++\n'), 'a backslash inside quotes here starts an escape that does not exist (write \\\\ for a backslash).');
    });

    it('reports settings that are not "name: value" lines', () => {
      const source = '---\n- a\n- b\n---\n';
      assert.match(readFrontMatter(source)!.error!.reason, /"name: value"/);
    });

    it('reports an opening fence that is never closed on that line, and leaves the rest to the page', () => {
      const source = '---\ntitle: Hello\n\n# Heading\n';
      const fm = readFrontMatter(source);
      assert.deepEqual(fm?.span, { start: 0, end: 3 });
      assert.equal(fm?.entries.size, 0);
      assert.equal(fm?.error?.reason, 'they are not closed. Add a line with --- after the last setting.');
      assert.deepEqual([fm?.error?.start, fm?.error?.end], [0, 3]);
    });

    it('does not read repeated references (an alias bomb) without limit', () => {
      const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
      for (let level = 1; level < 10; level++)
        lines.push(
          `${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9)
            .fill(`*${String.fromCharCode(96 + level)}`)
            .join(',')}]`,
        );
      const fm = readFrontMatter(`---\n${lines.join('\n')}\n---\n`);
      assert.match(fm!.error!.reason, /repeat other settings/);
    });
  });

  describe('TOML', () => {
    const text =
      '+++\ntitle = "Summer \\"reading\\""\ndraft = false # not yet\ntags = [\n  "a", # first\n  "b = c",\n]\n\n[seo]\ndescription = \'\'\'\nLong = text\n\'\'\'\n"quoted key" = 2\n\n[[menu.main]]\nname = "x"\n+++\nBody';

    it('reads values with smol-toml and finds each key and value', () => {
      const fm = readFrontMatter(text);
      assert.equal(fm?.format, 'toml');
      assert.equal(fm?.error, undefined);
      assert.equal(entry(fm, 'title').value, 'Summer "reading"');
      assert.equal(at(text, entry(fm, 'title').valueSpan), 'Summer \\"reading\\"');
      assert.equal(at(text, entry(fm, 'draft').valueSpan), 'false');
      assert.deepEqual(entry(fm, 'tags').value, ['a', 'b = c']);
      assert.equal(at(text, entry(fm, 'tags').valueSpan), '[\n  "a", # first\n  "b = c",\n]');
    });

    it('gives keys under a [table] dotted paths', () => {
      const fm = readFrontMatter(text);
      assert.equal(at(text, entry(fm, 'seo').keySpan), 'seo');
      assert.equal(at(text, entry(fm, 'seo.description').keySpan), 'description');
      assert.equal(entry(fm, 'seo.description').value, 'Long = text\n');
      assert.equal(at(text, entry(fm, 'seo.description').valueSpan), '\nLong = text\n');
      assert.equal(at(text, entry(fm, 'seo.quoted key').keySpan), '"quoted key"');
      assert.ok(!fm!.entries.has('seo.name'), 'a key of an array of tables is not taken for a key of [seo]');
    });

    it('finds dotted keys, and gives a table named only inside a longer key the place of that key', () => {
      const source = '+++\nseo.title = "x"\n[[menu.main]]\nname = "n"\n[params.social]\ntwitter = "@x"\n+++\n';
      const fm = readFrontMatter(source);
      assert.equal(at(source, entry(fm, 'seo.title').keySpan), 'seo.title');
      assert.equal(at(source, entry(fm, 'seo').keySpan), 'seo.title');
      assert.equal(at(source, entry(fm, 'params').keySpan), 'params.social');
      assert.equal(at(source, entry(fm, 'params.social.twitter').valueSpan), '@x');
      assert.equal(JSON.stringify(entry(fm, 'menu.main').value), '[{"name":"n"}]');
      assert.ok(!fm!.entries.has('name'));
    });

    it("gives a key inside an inline table its parent's place", () => {
      const source = '+++\nparams = { description = "x" }\n+++\n';
      const fm = readFrontMatter(source);
      assert.equal(entry(fm, 'params.description').value, 'x');
      assert.equal(at(source, entry(fm, 'params.description').keySpan), 'params');
    });

    it('finds the written value of every text setting in 300 generated TOML blocks (quoted keys, tables, tricky text)', () => {
      let seed = 42;
      const random = (count: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * count);
      const keys = ['title', 'a b', 'x.y', 'key', "it's", '\u00e9', 'q"uote', 'k-1', '1'];
      const texts = ['plain', 'with "quotes"', 'multi\nline', "it's", 'a = b', '# not comment', '[not table]', 'tab\there', ''];
      const value = (depth: number): unknown => {
        const kind = random(8);
        if (kind < 3 || depth > 2) return texts[random(texts.length)];
        if (kind === 3) return random(100);
        if (kind === 4) return [texts[random(texts.length)]];
        return Object.fromEntries(Array.from({ length: 1 + random(3) }, () => [keys[random(keys.length)], value(depth + 1)]));
      };
      for (let round = 0; round < 300; round++) {
        const table = Object.fromEntries(Array.from({ length: 4 }, () => [keys[random(keys.length)], value(0)]));
        const text = `+++\n${stringify(table)}\n+++\n`;
        const fm = readFrontMatter(text);
        assert.equal(fm?.error, undefined, text);
        for (const found of fm!.entries.values()) {
          if (typeof found.value !== 'string') continue;
          const written = at(text, found.valueSpan);
          assert.equal(JSON.parse(`"${written.replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`), found.value, `${found.key} in\n${text}`);
        }
      }
    });

    it('reports a mistake at the place smol-toml gives', () => {
      const source = '+++\r\ntitle = "A"\r\ndescription = \r\n+++\r\n';
      const fm = readFrontMatter(source);
      assert.equal(fm?.entries.size, 0);
      assert.match(fm!.error!.reason, /^a value here is missing/);
      const line = source.indexOf('description');
      assert.ok(fm!.error!.start >= line && fm!.error!.start <= line + 'description = '.length, `error at ${fm!.error!.start}`);
    });
  });

  describe('JSON', () => {
    it('reads an object at the very start, with spans inside the quotes', () => {
      const text = '{\n  "title": "Hello \\"you\\"",\n  "params": { "description": "x" },\n  "draft": true\n}\n\nBody {"not": 1}';
      const fm = readFrontMatter(text);
      assert.equal(fm?.format, 'json');
      assert.equal(fm?.error, undefined);
      assert.equal(at(text, fm!.span), text.slice(0, text.indexOf('}\n\n') + 1));
      assert.equal(entry(fm, 'title').value, 'Hello "you"');
      assert.equal(at(text, entry(fm, 'title').valueSpan), 'Hello \\"you\\"');
      assert.equal(at(text, entry(fm, 'title').keySpan), '"title"');
      assert.equal(at(text, entry(fm, 'params.description').valueSpan), 'x');
      assert.equal(at(text, entry(fm, 'draft').valueSpan), 'true');
    });

    it('is not template code that starts with {{ or {%', () => {
      assert.equal(readFrontMatter('{{ partial "head.html" . }}\n<p>x</p>'), undefined);
      assert.equal(readFrontMatter('{% include header.html %}'), undefined);
      assert.equal(readFrontMatter('<html></html>'), undefined);
      assert.equal(readFrontMatter('# Title\n---\ntitle: x\n---'), undefined);
    });

    it('reports a missing comma at the mistake, and an object never closed on its first line', () => {
      const text = '{\n  "title": "A"\n  "draft": true\n}\n';
      const fm = readFrontMatter(text);
      assert.match(fm!.error!.reason, /a comma is expected here/);
      assert.equal(fm!.error!.start, text.indexOf('"draft"'));
      const unclosed = readFrontMatter('{ "title": "A",\nBody');
      assert.match(unclosed!.error!.reason, /has no closing \}/);
      assert.deepEqual(unclosed!.span, { start: 0, end: 15 });
    });
  });

  describe('hostile input', () => {
    const hostile: Record<string, string> = {
      'YAML flow nesting': `---\na: ${'['.repeat(100_000)}\n---\n`,
      'YAML closed flow nesting': `---\na: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n---\n`,
      'YAML block nesting': `---\n${Array.from({ length: 440 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')}\n---\n`,
      'YAML many keys': `---\n${Array.from({ length: 10_000 }, (_, i) => `k${i}: v`).join('\n')}\n---\n`,
      'YAML long quoted line': `---\na: "${'\\'.repeat(100_000)}\n---\n`,
      'YAML unclosed with many lines': `---\n${'a: b\n'.repeat(20_000)}`,
      'YAML colons': `---\n${'a: '.repeat(33_000)}\n---\n`,
      'YAML anchors on one value': `---\na: ${'&x '.repeat(33_000)}1\n---\n`,
      'YAML aliases': `---\nx: &x 1\n${Array.from({ length: 10_000 }, (_, i) => `k${i}: *x`).join('\n')}\n---\n`,
      'YAML dashes': `---\na:\n  ${'- '.repeat(50_000)}x\n---\n`,
      'TOML nesting': `+++\na = ${'['.repeat(100_000)}\n+++\n`,
      'TOML many tables': `+++\n${Array.from({ length: 8_000 }, (_, i) => `[t${i}]\nk = 1`).join('\n')}\n+++\n`,
      'TOML quotes': `+++\na = ${'"""'.repeat(33_000)}\n+++\n`,
      'JSON nesting': `{"a": ${'['.repeat(100_000)}`,
      'JSON closed nesting': `{"a": ${'['.repeat(99)}${']'.repeat(99)}, ${'"k": 1, '.repeat(12_000)}"z": 0}`,
      'JSON escapes': `{"a": "${'\\'.repeat(100_000)}`,
    };
    before(() => {
      // Compiled code, as in an editor that has read a few pages: the first call into each library is slower.
      for (let round = 0; round < 3; round++) {
        readFrontMatter(`---\n${'key: value\n'.repeat(1000)}---\n`);
        readFrontMatter(`+++\n${Array.from({ length: 1000 }, (_, i) => `k${i} = 1`).join('\n')}\n+++\n`);
        readFrontMatter(`{${Array.from({ length: 1000 }, (_, i) => `"k${i}": 1`).join(',')}}`);
      }
    });
    for (const [name, text] of Object.entries(hostile)) {
      it(`${name} (${Math.round(text.length / 1000)} KB) is read or refused well under a second`, () => {
        // Processor time, not wall time: the machines that run the tests are shared.
        const started = process.cpuUsage();
        const fm = readFrontMatter(text);
        const used = process.cpuUsage(started);
        const milliseconds = (used.user + used.system) / 1000;
        assert.ok(fm, 'front matter found');
        assert.ok(milliseconds < 500, `${Math.round(milliseconds)} ms`);
      });
    }
  });
});
