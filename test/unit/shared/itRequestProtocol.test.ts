import * as assert from 'node:assert/strict';
import { parseFormMessage, type FormFields } from '../../../src/shared/itRequestProtocol';

const fields: FormFields = {
  kind: 'forms-data',
  title: 'Contact form goes nowhere',
  need: 'Messages from the contact form do not arrive.',
  tried: '',
  neededBy: '2026-12-18',
  include: { fileAndSelection: true, problems: false, git: true, linkToLines: true, environment: false },
  templateName: '',
  destination: 'gitlab',
};

describe('IT request form messages', () => {
  it('accepts every message the form sends, as it sends them', () => {
    assert.deepEqual(parseFormMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseFormMessage({ type: 'send' }), { type: 'send' });
    assert.deepEqual(parseFormMessage({ type: 'setUpDestination', destination: 'jira' }), { type: 'setUpDestination', destination: 'jira' });
    assert.deepEqual(parseFormMessage({ type: 'edit', draftId: 'd1', fields }), { type: 'edit', draftId: 'd1', fields });
    assert.deepEqual(parseFormMessage({ type: 'edit', draftId: 'd1', fields: { ...fields, neededBy: '' } }), {
      type: 'edit',
      draftId: 'd1',
      fields: { ...fields, neededBy: '' },
    });
  });

  it('drops anything else without throwing', () => {
    const refused: unknown[] = [
      undefined,
      null,
      'send',
      42,
      [],
      { type: 'delete-everything' },
      { type: 'setUpDestination', destination: 'carrier-pigeon' },
      { type: 'edit', fields },
      { type: 'edit', draftId: 'd1', fields: { ...fields, kind: 'urgent' } },
      { type: 'edit', draftId: 'd1', fields: { ...fields, title: 42 } },
      { type: 'edit', draftId: 'd1', fields: { ...fields, neededBy: 'next Tuesday' } },
      { type: 'edit', draftId: 'd1', fields: { ...fields, neededBy: '2026-02-30' } },
      { type: 'edit', draftId: 'd1', fields: { ...fields, include: { ...fields.include, git: 'yes' } } },
      { type: 'edit', draftId: 'd1', fields: { ...fields, include: undefined } },
      { type: 'edit', draftId: 'd1', fields: { ...fields, need: 'x'.repeat(100_001) } },
    ];
    for (const message of refused) assert.equal(parseFormMessage(message), undefined, JSON.stringify(message)?.slice(0, 120));
  });

  it('keeps only the known fields of an edit', () => {
    const parsed = parseFormMessage({ type: 'edit', draftId: 'd1', fields: { ...fields, extra: '<script>' }, also: 'ignored' });
    assert.deepEqual(parsed, { type: 'edit', draftId: 'd1', fields });
  });
});
