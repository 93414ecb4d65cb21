import { answer, type InsertBlock } from './types';
import { all, emailAddress, notPlaceholder, phoneNumber, required } from './validate';
import { escapeAttribute, escapeText } from './escape';

export const contactCardBlock: InsertBlock = {
  id: 'contact-card',
  label: 'Contact card',
  detail: 'A person or team to contact: name, role, e-mail and phone',
  questions: [
    {
      key: 'name',
      kind: 'text',
      prompt: 'Name of the person or team',
      guidance: 'e.g. "Press office" or "Amira Haddad".',
      validate: all(required('a name'), notPlaceholder),
    },
    {
      key: 'role',
      kind: 'text',
      prompt: 'Their role (optional)',
      guidance: 'e.g. "Head librarian". Leave empty for a team.',
      optional: true,
      validate: notPlaceholder,
    },
    { key: 'email', kind: 'text', prompt: 'E-mail address (optional)', guidance: 'e.g. press@riverside-council.org.', optional: true, validate: emailAddress },
    {
      key: 'phone',
      kind: 'text',
      prompt: 'Phone number (optional)',
      guidance: 'With the country code for visitors from abroad, e.g. +44 20 7946 0000.',
      optional: true,
      validate: phoneNumber,
    },
  ],
  // Markdown has no address element: HTML in both.
  build(answers) {
    const role = answer(answers, 'role');
    const email = answer(answers, 'email');
    const phone = answer(answers, 'phone');
    const lines = [
      '<address class="contact-card">',
      `  <p><strong>${escapeText(answer(answers, 'name'))}</strong>${role ? `<br>${escapeText(role)}` : ''}</p>`,
    ];
    if (email) lines.push(`  <p>E-mail: <a href="mailto:${escapeAttribute(email)}">${escapeText(email)}</a></p>`);
    if (phone) lines.push(`  <p>Phone: <a href="tel:${escapeAttribute(phone.replace(/[^0-9+]/g, ''))}">${escapeText(phone)}</a></p>`);
    lines.push('</address>');
    return lines.join('\n');
  },
};
