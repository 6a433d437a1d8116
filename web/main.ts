// The page of `plan serve`: the plan's YAML in CodeMirror with the checks of `plan check` under each line, a preview
// of the very DOCX `plan build` writes (docx-preview), the invitee list as a table, and the build and send buttons.
// Unsaved text is kept in localStorage until saved, so a reload or a crash loses nothing.
import { autocompletion } from '@codemirror/autocomplete';
import { yaml } from '@codemirror/lang-yaml';
import { linter, lintGutter, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { renderAsync } from 'docx-preview';
import { getJson, pageLang, post, type JsonDiagnostic } from './api.js';
import { SchemaHelp } from './schema-help.js';
import { WORDS } from './words.js';

const w = WORDS[pageLang];
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

interface PlanState {
  file: string;
  text: string;
  version: string;
  fix: boolean;
}

let state: PlanState;
let view: EditorView;
let previewKind: 'plan' | 'invitation' | 'distribution' | 'invitees' = 'plan';
let inviteeIndex = 0;
let previewTimer: number | undefined;
let previewSeq = 0;

const draftKey = () => `plan-serve:${state.file}`;

function setStatus(text: string, kind: 'ok' | 'busy' | 'bad' = 'ok'): void {
  const el = $('status');
  el.textContent = text;
  el.dataset.kind = kind;
}

function markSaved(saved: boolean): void {
  $('save-state').textContent = saved ? w.saved : w.unsaved;
  $('save-state').dataset.saved = String(saved);
}

function keepDraft(text: string): void {
  if (text === state.text) localStorage.removeItem(draftKey());
  else localStorage.setItem(draftKey(), JSON.stringify({ text, base: state.version }));
  markSaved(text === state.text);
}

function toCodeMirror(d: JsonDiagnostic): CmDiagnostic {
  const doc = view.state.doc;
  const line = doc.line(Math.min(Math.max(d.line ?? 1, 1), doc.lines));
  const from = Math.min(line.from + Math.max((d.column ?? 1) - 1, 0), line.to);
  let to = from;
  if (d.endLine != null && d.endColumn != null && d.endLine <= doc.lines) to = Math.min(doc.line(d.endLine).from + d.endColumn - 1, doc.length);
  if (to <= from) to = Math.min(line.to, from + 1);
  const actions = d.fixable ? [{ name: w.fixOne, apply: () => void applyFix() }] : [];
  return { from, to: Math.max(to, from), severity: d.severity, message: d.message, source: d.ruleId, actions };
}

function showProblems(diagnostics: JsonDiagnostic[]): void {
  const list = $('problems');
  list.replaceChildren();
  if (diagnostics.length === 0) {
    const li = document.createElement('li');
    li.textContent = w.noProblems;
    li.className = 'none';
    list.append(li);
    return;
  }
  // Errors first (they stop the build), then by line as plan check prints them.
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...diagnostics].sort((a, b) => rank[a.severity] - rank[b.severity] || (a.line ?? 0) - (b.line ?? 0));
  for (const d of sorted) {
    const li = document.createElement('li');
    li.className = d.severity;
    li.dataset.line = String(d.line ?? '');
    const where = d.line ? `${w.line} ${d.line}, ${w.column} ${d.column}: ` : '';
    li.textContent = `${w[d.severity]} — ${where}${d.message}`;
    if (d.fixable) {
      const button = Object.assign(document.createElement('button'), { className: 'fix-one', textContent: w.fixOne });
      button.addEventListener('click', (e) => {
        e.stopPropagation();
        void applyFix();
      });
      li.append(' ', button);
    }
    li.addEventListener('click', () => {
      if (!d.line) return;
      const pos = view.state.doc.line(Math.min(d.line, view.state.doc.lines)).from + Math.max((d.column ?? 1) - 1, 0);
      view.dispatch({ selection: { anchor: Math.min(pos, view.state.doc.length) }, scrollIntoView: true });
      view.focus();
    });
    list.append(li);
  }
}

const planLinter = linter(async (v) => {
  const text = v.state.doc.toString();
  const r = await post('/api/check', { text });
  if (!r.ok) return [];
  const result = (await r.json()) as { valid: boolean; diagnostics: JsonDiagnostic[] };
  if (v.state.doc.toString() !== text) return [];
  const mine = result.diagnostics.filter((d) => d.file === state.file);
  showProblems(result.diagnostics);
  document.body.dataset.valid = String(result.valid);
  schedulePreview(result.valid);
  return mine.map(toCodeMirror);
}, { delay: 40 });

function schedulePreview(valid: boolean): void {
  const box = $('preview');
  if (!valid) {
    box.classList.add('stale');
    $('preview-note').textContent = w.stale;
    return;
  }
  window.clearTimeout(previewTimer);
  previewTimer = window.setTimeout(() => void refreshPreview(), 250);
}

async function refreshPreview(): Promise<void> {
  const seq = ++previewSeq;
  const text = view.state.doc.toString();
  const box = $('preview');
  if (previewKind === 'invitees') return refreshInvitees(text, seq);
  $('preview-note').textContent = w.rendering;
  const r = await post('/api/preview', { text, kind: previewKind, index: inviteeIndex });
  if (seq !== previewSeq) return;
  if (!r.ok) {
    box.classList.add('stale');
    $('preview-note').textContent = w.stale;
    return;
  }
  const recipients = r.headers.get('x-plan-recipients');
  if (recipients) fillPicker(JSON.parse(decodeURIComponent(recipients)) as string[]);
  const blob = await r.blob();
  const target = document.createElement('div');
  await renderAsync(blob, target, undefined, { inWrapper: true, ignoreLastRenderedPageBreak: true, experimental: false });
  if (seq !== previewSeq) return;
  $('pages').replaceChildren(target);
  fitPages();
  box.classList.remove('stale');
  box.dataset.kind = previewKind;
  $('preview-note').textContent = '';
}

/** Pages at their real size are wider than half a screen: scale them to the pane's width, never up. */
function fitPages(): void {
  const wrapper = document.querySelector<HTMLElement>('#pages .docx-wrapper');
  const page = wrapper?.querySelector<HTMLElement>('section.docx');
  if (!wrapper || !page) return;
  const scale = Math.min(1, ($('pages').clientWidth - 8) / (page.offsetWidth + 24));
  wrapper.style.zoom = String(scale);
}

function fillPicker(recipients: string[]): void {
  const select = $<HTMLSelectElement>('invitee');
  if (select.options.length === recipients.length && [...select.options].every((o, i) => o.text === recipients[i])) return;
  select.replaceChildren(...recipients.map((name, i) => new Option(`${i + 1}. ${name}`, String(i))));
  select.value = String(Math.min(inviteeIndex, recipients.length - 1));
}

async function refreshInvitees(text: string, seq: number): Promise<void> {
  const r = await post('/api/invitees', { text });
  if (seq !== previewSeq || !r.ok) return;
  const table = (await r.json()) as { dataFile?: string; rows: (Record<string, string> & { line?: number; diagnostics: JsonDiagnostic[] })[]; diagnostics: JsonDiagnostic[] };
  const wrap = document.createElement('div');
  wrap.className = 'invitees';
  const note = document.createElement('p');
  note.textContent = table.dataFile ? w.readOnlyRows(table.dataFile) : w.inlineRows;
  wrap.append(note);
  const t = document.createElement('table');
  const head = t.createTHead().insertRow();
  for (const c of w.columns) head.append(Object.assign(document.createElement('th'), { textContent: c }));
  const body = t.createTBody();
  for (const row of table.rows) {
    const tr = body.insertRow();
    if (row.diagnostics.length) tr.className = 'has-problems';
    for (const value of [String(row.line ?? ''), row.salutation, row.name, row.title, row.organization, row.email, row.group]) tr.insertCell().textContent = value ?? '';
    tr.insertCell().textContent = row.diagnostics.map((d) => d.message).join(' ');
  }
  wrap.append(t);
  for (const d of table.diagnostics) wrap.append(Object.assign(document.createElement('p'), { className: d.severity, textContent: d.message }));
  $('pages').replaceChildren(wrap);
  $('preview').classList.remove('stale');
  $('preview').dataset.kind = 'invitees';
  $('preview-note').textContent = '';
}

async function save(force = false): Promise<void> {
  const text = view.state.doc.toString();
  const r = await post('/api/save', { text, version: state.version });
  if (r.status === 409) {
    const { conflict } = (await r.json()) as { conflict: { text: string; version: string } };
    if (force) {
      state.version = conflict.version;
      return save(false);
    }
    showConflict(conflict);
    return;
  }
  if (!r.ok) return setStatus(`${w.failed} ${r.status}`, 'bad');
  const { version } = (await r.json()) as { version: string };
  state = { ...state, text, version };
  keepDraft(text);
  $('conflict').hidden = true;
}

function showConflict(disk: { text: string; version: string }): void {
  const box = $('conflict');
  box.hidden = false;
  $('conflict-reload').onclick = () => {
    state = { ...state, text: disk.text, version: disk.version };
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: disk.text } });
    keepDraft(disk.text);
    box.hidden = true;
  };
  $('conflict-keep').onclick = () => {
    state.version = disk.version;
    box.hidden = true;
    void save();
  };
}

/** Notices edits made on disk: taken over silently when the page has none of its own, else the clerk decides. */
async function watchDisk(): Promise<void> {
  const disk = await getJson<PlanState>('/api/plan').catch(() => undefined);
  if (!disk || disk.version === state.version) return;
  const mine = view.state.doc.toString();
  if (mine === state.text) {
    state = { ...state, text: disk.text, version: disk.version };
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: disk.text } });
    keepDraft(disk.text);
  } else if ($('conflict').hidden) {
    showConflict(disk);
  }
}

function outcome(result: { code: number; report: unknown; messages: string }, ok: (report: Record<string, unknown>) => string): void {
  const report = (result.report ?? {}) as Record<string, unknown>;
  if (result.code === 0) setStatus(ok(report));
  else setStatus(`${w.failed} ${result.messages.trim().split('\n').slice(0, 6).join(' ')}`, 'bad');
}

async function build(): Promise<void> {
  setStatus('…', 'busy');
  await save();
  const r = await post('/api/build', { pdf: $<HTMLInputElement>('pdf').checked });
  const result = (await r.json()) as { code: number; report: { files?: unknown[] }; messages: string };
  outcome(result, (rep) => w.built(((rep.files as unknown[]) ?? []).length));
}

async function sendMail(dryRun: boolean): Promise<void> {
  setStatus('…', 'busy');
  await save();
  if (!dryRun) {
    const trial = (await (await post('/api/send', { dryRun: true })).json()) as { code: number; report: { sent?: { to?: string; recipient?: string }[] } };
    const messages = trial.report?.sent ?? [];
    const to = messages.map((m) => `${m.recipient ?? ''} <${m.to ?? ''}>`).join('; ');
    if (trial.code !== 0 || !window.confirm(w.confirmSend(messages.length, to))) return setStatus('');
  }
  const result = (await (await post('/api/send', { dryRun })).json()) as { code: number; report: { sent?: unknown[] }; messages: string };
  outcome(result, (rep) => (dryRun ? w.dryDone : w.sent)(((rep.sent as unknown[]) ?? []).length));
}

async function applyFix(): Promise<void> {
  const r = await post('/api/fix', { text: view.state.doc.toString() });
  if (!r.ok) return;
  const fixed = (await r.json()) as { text: string; changes: string[] };
  if (fixed.text !== view.state.doc.toString()) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: fixed.text } });
  setStatus(w.fixed(fixed.changes.length));
}

function wordsIntoPage(): void {
  document.title = `${w.title} — ${state.file}`;
  for (const el of document.querySelectorAll<HTMLElement>('[data-w]')) el.textContent = String(w[el.dataset.w as keyof typeof w]);
  $('file').textContent = state.file;
}

async function start(): Promise<void> {
  state = await getJson<PlanState>('/api/plan');
  const schema = await getJson<object>('/api/schema');
  const help = new SchemaHelp(schema as never);
  wordsIntoPage();
  $('fix').hidden = !state.fix;
  let initial = state.text;
  const draft = localStorage.getItem(`plan-serve:${state.file}`);
  if (draft) {
    const { text } = JSON.parse(draft) as { text: string; base: string };
    if (text !== state.text) {
      initial = text;
      setStatus(w.restored);
    }
  }
  view = new EditorView({
    parent: $('editor'),
    doc: initial,
    extensions: [
      basicSetup,
      yaml(),
      lintGutter(),
      planLinter,
      autocompletion({ override: [help.complete] }),
      hoverTooltip(help.hover),
      EditorView.lineWrapping,
      EditorView.updateListener.of((u) => {
        if (u.docChanged) keepDraft(u.state.doc.toString());
      }),
    ],
  });
  markSaved(initial === state.text);
  $('save').onclick = () => void save();
  $('build').onclick = () => void build();
  $('send-dry').onclick = () => void sendMail(true);
  $('send-real').onclick = () => void sendMail(false);
  $('fix').onclick = () => void applyFix();
  $('open-folder').onclick = async () => setStatus(w.folder(((await (await post('/api/open-folder', {})).json()) as { folder: string }).folder));
  $<HTMLAnchorElement>('download').href = `/api/download?lang=${pageLang}`;
  for (const tab of document.querySelectorAll<HTMLButtonElement>('[data-kind]')) {
    tab.onclick = () => {
      previewKind = tab.dataset.kind as typeof previewKind;
      document.querySelectorAll('[data-kind]').forEach((t) => t.classList.toggle('active', t === tab));
      $('invitee').hidden = previewKind !== 'invitation';
      void refreshPreview();
    };
  }
  $<HTMLSelectElement>('invitee').onchange = (e) => {
    inviteeIndex = Number((e.target as HTMLSelectElement).value);
    void refreshPreview();
  };
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 's') {
      e.preventDefault();
      void save();
    }
  });
  window.setInterval(() => void watchDisk(), 1500);
  window.addEventListener('resize', fitPages);
  // For tests and for the curious: the editor's text and selection, without reaching into CodeMirror's DOM.
  (window as unknown as { planEditor: object }).planEditor = {
    text: () => view.state.doc.toString(),
    select: (anchor: number, head: number) => {
      view.focus();
      view.dispatch({ selection: { anchor, head }, scrollIntoView: true });
    },
  };
  document.body.dataset.ready = 'true';
}

void start();
