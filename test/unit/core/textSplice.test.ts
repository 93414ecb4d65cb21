import * as assert from 'node:assert/strict';
import { applySplice, hashCheckpointLength, spliceBetween, textHash, textHashAfter, type HashedText } from '../../../src/core/preview/textSplice';

/** A small seeded generator, so a failing case can be run again. */
function randomTexts(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
}

/** Whether the text has a surrogate half without its other half. */
function hasLoneSurrogate(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
      else return true;
    } else if (code >= 0xdc00 && code <= 0xdfff) return true;
  }
  return false;
}

function roundTrip(before: string, after: string): void {
  const splice = spliceBetween(before, after);
  assert.equal(applySplice(before, splice), after, JSON.stringify({ before, after, splice }));
  assert.ok(splice.start >= 0 && splice.removed >= 0 && splice.start + splice.removed <= before.length);
  if (!hasLoneSurrogate(after)) assert.ok(!hasLoneSurrogate(splice.inserted), `half a pair sent: ${JSON.stringify({ before, after, splice })}`);
}

describe('Text splice (the preview sends only what changed)', () => {
  it('a typed letter is sent as that letter alone', () => {
    const before = '<p data-cb-src="3:0-3:20">Opening hours</p>\n<p>Closed on Sundays</p>';
    const after = '<p data-cb-src="3:0-3:20">Opening hours</p>\n<p>Closed on Sundays!</p>';
    const splice = spliceBetween(before, after);
    assert.deepEqual(splice, { start: before.lastIndexOf('</p>'), removed: 0, inserted: '!' });
    assert.equal(applySplice(before, splice), after);
  });

  it('equal texts give an empty splice, and empty texts work both ways', () => {
    assert.deepEqual(spliceBetween('same page', 'same page'), { start: 9, removed: 0, inserted: '' });
    assert.deepEqual(spliceBetween('', ''), { start: 0, removed: 0, inserted: '' });
    assert.deepEqual(spliceBetween('', 'new page'), { start: 0, removed: 0, inserted: 'new page' });
    assert.deepEqual(spliceBetween('old page', ''), { start: 0, removed: 8, inserted: '' });
  });

  it('a repeated letter is not counted twice in the common start and end', () => {
    roundTrip('aaaa', 'aaaaa');
    roundTrip('aaaaa', 'aaaa');
    assert.deepEqual(spliceBetween('abab', 'ab'), { start: 2, removed: 2, inserted: '' });
  });

  it('never cuts an emoji (a surrogate pair) in half', () => {
    const smile = '\u{1F600}';
    const wink = '\u{1F609}'; // same first half as the smile
    const splice = spliceBetween(`Hi ${smile}!`, `Hi ${wink}!`);
    assert.deepEqual(splice, { start: 3, removed: 2, inserted: wink });
    roundTrip(`${smile}`, `${smile}${smile}`);
    roundTrip(`x${smile}`, `x${smile.charAt(0)}`);
    roundTrip(`${wink}${smile}`, `${smile}`);
    roundTrip(`${smile}${wink}`, `${wink}${wink}`);
  });

  it('long pages give the same splice as comparing letter by letter, wherever the change falls', () => {
    // The reference: the shared start and end found one character at a time.
    const reference = (before: string, after: string) => {
      const shorter = Math.min(before.length, after.length);
      let start = 0;
      while (start < shorter && before[start] === after[start]) start++;
      let end = 0;
      while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
      return { start, end };
    };
    const random = randomTexts(777);
    const page = Array.from({ length: 5000 }, (_, index) => (index % 97 === 0 ? '\u{1F600}' : String.fromCharCode(97 + (index % 26)))).join('');
    for (const at of [0, 1, 1023, 1024, 1025, 2048, 4095, page.length - 1025, page.length - 1024, page.length - 1, page.length]) {
      for (const [removed, inserted] of [
        [0, 'x'],
        [1, ''],
        [3, 'yz'],
        [0, page.slice(at, at + 1500)],
        [Math.floor(random() * 3000), '\u{1F609}'],
      ] as const) {
        const after = page.slice(0, at) + inserted + page.slice(at + removed);
        const splice = spliceBetween(page, after);
        assert.equal(applySplice(page, splice), after);
        const { start, end } = reference(page, after);
        // Only a surrogate pair at the edge moves it, by one character.
        assert.ok(splice.start === start || splice.start === start - 1, `start at ${at}: ${splice.start} vs ${start}`);
        assert.ok(page.length - splice.start - splice.removed === end || page.length - splice.start - splice.removed === end - 1, `end at ${at}`);
      }
    }
    assert.deepEqual(spliceBetween(page, page), { start: page.length, removed: 0, inserted: '' });
  });

  it('random texts, with emoji and repeats, always rebuild exactly', () => {
    const random = randomTexts(20261202);
    const alphabet = ['a', 'b', '<', '>', '"', '\n', '\u{1F600}', '\u{1F609}', '\u{20AC}', '\uD83D'];
    const text = (length: number) => Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let round = 0; round < 3000; round++) {
      const before = text(Math.floor(random() * 12));
      const edited = random() < 0.5;
      const at = Math.floor(random() * (before.length + 1));
      const after = edited
        ? before.slice(0, at) + text(Math.floor(random() * 4)) + before.slice(at + Math.floor(random() * 4))
        : text(Math.floor(random() * 12));
      roundTrip(before, after);
    }
  });

  it('is linear: a 1 MB page with one change takes milliseconds', () => {
    const before = '<p>line</p>\n'.repeat(90_000);
    const after = `${before.slice(0, 500_000)}X${before.slice(500_000)}`;
    const started = performance.now();
    const splice = spliceBetween(before, after);
    textHash(after);
    assert.deepEqual(splice, { start: 500_000, removed: 0, inserted: 'X' });
    assert.ok(performance.now() - started < 500);
  });

  it('a splice that does not fit the text is refused', () => {
    assert.equal(applySplice('short', { start: 3, removed: 5, inserted: '' }), undefined);
    assert.equal(applySplice('short', { start: -1, removed: 0, inserted: '' }), undefined);
    assert.equal(applySplice('short', { start: 0.5, removed: 0, inserted: '' }), undefined);
  });

  it('the hash tells apart texts that differ by one letter, swapped letters or length', () => {
    const page = '<p>Opening hours</p>';
    const hashes = new Set([page, '<p>Opening hourz</p>', '<p>Opneing hours</p>', `${page} `, '', '\0'].map(textHash));
    assert.equal(hashes.size, 6);
    assert.equal(textHash(page), textHash(`<p>Opening hours</p>`));
    assert.ok(Number.isSafeInteger(textHash(page)));
  });
  it('the hash is the same number it always was, so the webview and the extension agree on every page', () => {
    // cyrb53 over UTF-16 code units, as first written: read four at a time now, the numbers must not move.
    assert.equal(textHash(''), 3338908027751811);
    assert.equal(textHash('a'), 7929297801672961);
    assert.equal(textHash('<p>Opening hours</p>'), 1323486364680401);
    assert.equal(textHash('x'.repeat(4099)), 6323878538398245);
    assert.equal(textHash('\u{1F4DA} caf\u00e9 <em>r\u00e9sum\u00e9</em>'), 8878608278486830);
  });

  it('the hash of a next version, read on from where the versions part, is the hash of the whole text', () => {
    const random = randomTexts(0x5eed);
    const words = ['<p data-cb-src="12:0-12:40">', 'Opening hours', '</p>\n', '\u{1F4DA}', 'x', '\n'];
    const text = (length: number) => {
      let made = '';
      while (made.length < length) made += words[Math.floor(random() * words.length)];
      return made;
    };
    let page = text(hashCheckpointLength * 5 + 17);
    let hashed: HashedText = textHashAfter(page);
    assert.equal(hashed.hash, textHash(page));
    for (let edit = 0; edit < 400; edit++) {
      // Edits anywhere, on and around the kept states, that grow and shrink the page; each goes on from the last.
      const near = Math.floor(random() * 6) * hashCheckpointLength + Math.floor(random() * 5) - 2;
      const at = Math.max(0, Math.min(page.length, random() < 0.5 ? near : Math.floor(random() * (page.length + 1))));
      const removed = Math.floor(random() * (random() < 0.1 ? hashCheckpointLength * 2 : 6));
      const next = page.slice(0, at) + text(Math.floor(random() * (random() < 0.1 ? hashCheckpointLength * 2 : 4))) + page.slice(at + removed);
      const splice = spliceBetween(page, next);
      hashed = textHashAfter(next, hashed, splice.start);
      assert.equal(hashed.hash, textHash(next), `edit ${edit} at ${at}`);
      page = next;
    }
    // A page cut to nothing and grown again, and a shared start longer than either text.
    hashed = textHashAfter('', hashed, 0);
    assert.equal(hashed.hash, textHash(''));
    const grown = text(hashCheckpointLength * 2);
    assert.equal(textHashAfter(grown, textHashAfter(grown.slice(0, 10)), 10).hash, textHash(grown));
    assert.equal(textHashAfter(grown.slice(0, 5000), textHashAfter(grown), 1e9).hash, textHash(grown.slice(0, 5000)));
  });
});
