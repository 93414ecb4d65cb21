// Runs inside the IT request form webview. The form's fields are in the page the extension wrote
// (formShell.ts); this script keeps them in step with the saved draft and shows the exact text to be sent.
import '../shared/l10n';
import * as l10n from '@vscode/l10n';
import {
  provideVSCodeDesignSystem,
  vsCodeButton,
  vsCodeCheckbox,
  vsCodeDivider,
  vsCodeDropdown,
  vsCodeOption,
  vsCodeTextArea,
  vsCodeTextField,
} from '@vscode/webview-ui-toolkit';
import type { ContextChoices } from '../../src/core/itRequest/model';
import type { DestinationOption, ExtensionToFormMessage, FormFields, FormToExtensionMessage, TemplateOption } from '../../src/shared/itRequestProtocol';

provideVSCodeDesignSystem().register(vsCodeButton(), vsCodeCheckbox(), vsCodeDivider(), vsCodeDropdown(), vsCodeOption(), vsCodeTextArea(), vsCodeTextField());

interface VsCodeApi {
  postMessage(message: FormToExtensionMessage): void;
  /** Which draft this form shows: VS Code restores the form with it after a reload. */
  setState(state: { draftId: string }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;
const vscode = acquireVsCodeApi();

/** Toolkit fields and native inputs alike expose `value`; checkboxes expose `checked`. */
type ValueElement = HTMLElement & { value: string; disabled: boolean };
type CheckElement = HTMLElement & { checked: boolean; disabled: boolean };

const contextKeys: readonly (keyof ContextChoices)[] = ['fileAndSelection', 'problems', 'git', 'linkToLines', 'environment'];
const field = (id: string) => document.getElementById(id) as ValueElement;
const check = (id: string) => document.getElementById(id) as CheckElement;

let destinations: readonly DestinationOption[] = [];
/** The destination last shown, so only the user's own change leads to a setup. */
let shownDestination = '';
let loaded = false;
/** The draft shown, and its fields as last loaded or sent: only a real change is sent back. */
let draftId = '';
let lastFields = '';
/** A sent request is shown read-only, with the text that went. */
let sent = false;
let editTimer: ReturnType<typeof setTimeout> | undefined;

window.addEventListener('message', (event: MessageEvent<ExtensionToFormMessage>) => {
  const message = event.data;
  switch (message?.type) {
    case 'load':
      vscode.setState({ draftId: message.draftId });
      load(message.draftId, message.fields, message.destinations, message.templates, message.sentNote);
      break;
    case 'preview':
      showPreview(message);
      break;
    case 'status':
      showStatus(message.tone, message.text);
      break;
    case 'destinations':
      showDestinations(message.destinations, message.selected);
      break;
  }
});

function load(id: string, fields: FormFields, options: readonly DestinationOption[], templates: readonly TemplateOption[], sentNote?: string): void {
  // Typing not yet sent belongs to the draft shown until now; it was saved on every pause, so at most 150 ms is dropped.
  if (id !== draftId) clearTimeout(editTimer);
  else flushEdit();
  draftId = id;
  field('kind').value = fields.kind;
  field('title').value = fields.title;
  field('need').value = fields.need;
  field('tried').value = fields.tried;
  field('neededBy').value = fields.neededBy;
  check('noDeadline').checked = fields.neededBy === '';
  for (const key of contextKeys) check(`include-${key}`).checked = fields.include[key];
  showTemplates(templates, fields.templateName);
  sent = sentNote !== undefined;
  showDestinations(options, fields.destination);
  document.querySelectorAll<ValueElement>('[data-field]').forEach((element) => (element.disabled = sent));
  document.getElementById('sentNote')!.textContent = sentNote ?? '';
  document.getElementById('sentNote')!.hidden = !sent;
  field('neededBy').disabled = sent || check('noDeadline').checked;
  lastFields = JSON.stringify(fields);
  loaded = true;
}

function showTemplates(templates: readonly TemplateOption[], selected: string): void {
  const row = document.getElementById('templateRow')!;
  row.hidden = templates.length === 0;
  const dropdown = field('templateName');
  dropdown.replaceChildren(option('', l10n.t('No template')), ...templates.map((template) => option(template.name, template.label)));
  dropdown.value = selected;
}

function showDestinations(options: readonly DestinationOption[], selected: string): void {
  destinations = options;
  const dropdown = field('destination');
  dropdown.replaceChildren(...options.map((choice) => option(choice.kind, choice.ready ? choice.label : l10n.t('{0} (set up first)', choice.label))));
  dropdown.value = selected;
  shownDestination = selected;
  describeDestination();
}

function describeDestination(): void {
  const choice = destinations.find((candidate) => candidate.kind === field('destination').value);
  document.getElementById('destinationDetail')!.textContent = choice?.detail ?? '';
  const setUp = document.getElementById('setUp') as ValueElement;
  setUp.hidden = !choice || choice.ready;
  setUp.hidden = sent || setUp.hidden;
  field('send').disabled = sent || !choice?.ready;
}

function option(value: string, label: string): HTMLElement {
  const element = document.createElement('vscode-option');
  element.setAttribute('value', value);
  element.textContent = label;
  return element;
}

function currentFields(): FormFields {
  const include = {} as ContextChoices;
  for (const key of contextKeys) include[key] = check(`include-${key}`).checked;
  return {
    kind: field('kind').value as FormFields['kind'],
    title: field('title').value,
    need: field('need').value,
    tried: field('tried').value,
    neededBy: check('noDeadline').checked ? '' : field('neededBy').value,
    include,
    templateName: field('templateName').value,
    destination: field('destination').value as FormFields['destination'],
  };
}

/** Saved as the user types: a short pause batches keystrokes, and nothing waits for a Save. */
function scheduleEdit(): void {
  if (!loaded) return;
  clearTimeout(editTimer);
  editTimer = setTimeout(flushEdit, 150);
}

function flushEdit(): void {
  clearTimeout(editTimer);
  editTimer = undefined;
  if (!loaded || sent) return;
  const fields = currentFields();
  const text = JSON.stringify(fields);
  // Setting the fields on load makes the toolkit's elements fire events too: those are not the user's changes.
  if (text === lastFields) return;
  lastFields = text;
  vscode.postMessage({ type: 'edit', draftId, fields });
}

function showPreview(message: Extract<ExtensionToFormMessage, { type: 'preview' }>): void {
  document.getElementById('previewTitle')!.textContent = message.title;
  document.getElementById('previewBody')!.textContent = message.body;
  document.getElementById('previewLabels')!.textContent = message.labels.length > 0 ? l10n.t('Labels: {0}', message.labels.join(', ')) : '';
  const hidden = document.getElementById('redactions')!;
  hidden.hidden = message.redactions.length === 0;
  const list = document.getElementById('redactionList')!;
  list.replaceChildren(
    ...message.redactions.map((redaction) => {
      const item = document.createElement('li');
      item.textContent = `${redaction.what} — ${redaction.where}`;
      return item;
    }),
  );
  const note = document.getElementById('deadlineNote')!;
  note.textContent = message.deadlineNote ?? '';
  note.hidden = !message.deadlineNote;
}

function showStatus(tone: 'info' | 'error', text: string): void {
  const status = document.getElementById('status')!;
  status.textContent = text;
  status.className = tone;
  status.hidden = text === '';
}

document.querySelectorAll('[data-field]').forEach((element) => {
  element.addEventListener('input', scheduleEdit);
  element.addEventListener('change', scheduleEdit);
});
check('noDeadline').addEventListener('change', () => {
  field('neededBy').disabled = check('noDeadline').checked;
  if (!check('noDeadline').checked) field('neededBy').focus();
});
field('destination').addEventListener('change', () => {
  describeDestination();
  if (field('destination').value === shownDestination) return;
  shownDestination = field('destination').value;
  const choice = destinations.find((candidate) => candidate.kind === field('destination').value);
  if (loaded && choice && !choice.ready) vscode.postMessage({ type: 'setUpDestination', destination: choice.kind });
});
document.getElementById('setUp')!.addEventListener('click', () => {
  vscode.postMessage({ type: 'setUpDestination', destination: field('destination').value as FormFields['destination'] });
});
field('send').addEventListener('click', () => {
  flushEdit();
  vscode.postMessage({ type: 'send' });
});

vscode.postMessage({ type: 'ready' });
