// `plan serve`: one plan, its checks, its documents, in a page on this machine. The page talks to these routes
// only; every route works on the plan named at start and the folders that belong to it, never on a path the page
// sends. The workflows (check, build, send) are the CLI's own, passed in as `actions`.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkPlanText } from '../engine/check-plan.js';
import { checkTemplates } from '../engine/check-templates.js';
import { fixPlanText } from '../engine/fix/fix-text.js';
import { formatMessage } from '../i18n/index.js';
import { inviteeTable } from '../engine/invitee-table.js';
import { PREVIEW_KINDS, previewDocument, type PreviewKind } from '../engine/preview.js';
import type { Lang } from '../i18n/messages/types.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { toJsonDiagnostics } from '../report/json.js';
import { checkRequest, TOKEN_COOKIE } from './guard.js';
import { BodyTooLarge, readJson, send, sendJson } from './http.js';
import { Workspace } from './workspace.js';

export interface ActionResult {
  code: number;
  /** What the workflow reported, as the CLI's --json would. */
  report: unknown;
  messages: string;
}

export interface ServeActions {
  build(options: { pdf: boolean }): Promise<ActionResult>;
  send(options: { dryRun: boolean }): Promise<ActionResult>;
  zipOutput(): Promise<{ name: string; bytes: Uint8Array } | undefined>;
  openFolder(): Promise<string>;
}

export interface ServeOptions {
  planFile: string;
  /** Shown to the page, relative to the project folder. */
  displayName: string;
  templatesDir: string;
  /** dist/web: index.html, app.js, app.css. */
  assetsDir: string;
  schemaFile: string;
  lang: Lang;
  token: string;
  actions: ServeActions;
  cwd: string;
}

const ASSETS: Record<string, [string, string]> = {
  '/app.js': ['app.js', 'text/javascript; charset=utf-8'],
  '/app.css': ['app.css', 'text/css; charset=utf-8'],
};

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function startServer(options: ServeOptions, port = 0): Promise<{ server: Server; port: number }> {
  const workspace = new Workspace(options.planFile);
  let boundPort = port;

  /** As `plan check --format json` gives them, each marked when `plan check --fix` can repair it. */
  const diagnosticsJson = (diagnostics: Diagnostic[], source: string, lang: Lang) =>
    diagnostics.flatMap((d) =>
      toJsonDiagnostics([{ file: d.file, source, diagnostics: [d] }], { lang, color: false, cwd: options.cwd }).map((j) => ({
        ...j,
        fixable: (d.fix?.length ?? 0) > 0 || d.ruleId === 'weekday/match',
      })),
    );

  /** check → model, with the template and data-file checks `plan check` runs. */
  async function checkText(text: string) {
    const check = await checkPlanText(options.planFile, text);
    const diagnostics = [...check.diagnostics];
    if (check.model) diagnostics.push(...(await checkTemplates(check.model, options.templatesDir, options.planFile, check.locate)).diagnostics);
    return { check, diagnostics };
  }

  const langOf = (url: URL): Lang => (url.searchParams.get('lang') === 'en' ? 'en' : url.searchParams.get('lang') === 'vi' ? 'vi' : options.lang);

  async function route(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const lang = langOf(url);
    const method = request.method ?? 'GET';
    const path = url.pathname;
    if (method === 'GET' && path === '/') {
      const html = await readFile(join(options.assetsDir, 'index.html'), 'utf8');
      send(response, 200, html.replace('<html lang="vi">', `<html lang="${lang}">`), 'text/html; charset=utf-8');
      return;
    }
    if (method === 'GET' && path === '/favicon.ico') return send(response, 204, '', 'image/x-icon');
    const asset = ASSETS[path];
    if (method === 'GET' && asset) {
      send(response, 200, await readFile(join(options.assetsDir, asset[0])), asset[1]);
      return;
    }
    if (method === 'GET' && path === '/api/schema') {
      send(response, 200, await readFile(options.schemaFile), 'application/json; charset=utf-8');
      return;
    }
    if (method === 'GET' && path === '/api/plan') {
      const snapshot = await workspace.read();
      sendJson(response, 200, { file: options.displayName, ...snapshot, fix: true });
      return;
    }
    if (method === 'GET' && path === '/api/download') {
      const zip = await options.actions.zipOutput();
      if (!zip) return sendJson(response, 404, { error: 'no-output' });
      send(response, 200, zip.bytes, 'application/zip', { 'content-disposition': `attachment; filename="${zip.name}"` });
      return;
    }
    if (method !== 'POST') return sendJson(response, 404, { error: 'not-found' });

    const body = await readJson(request);
    const text = typeof body.text === 'string' ? body.text : undefined;
    if (path === '/api/check') {
      if (text === undefined) return sendJson(response, 400, { error: 'text' });
      const started = performance.now();
      const { check, diagnostics } = await checkText(text);
      sendJson(response, 200, { valid: check.model !== undefined && !diagnostics.some((d) => d.severity === 'error'), diagnostics: diagnosticsJson(diagnostics, text, lang), ms: performance.now() - started });
      return;
    }
    if (path === '/api/preview') {
      if (text === undefined) return sendJson(response, 400, { error: 'text' });
      const kind = (PREVIEW_KINDS as readonly string[]).includes(String(body.kind)) ? (body.kind as PreviewKind) : 'plan';
      const { check, diagnostics } = await checkText(text);
      if (!check.model || diagnostics.some((d) => d.severity === 'error')) {
        return sendJson(response, 422, { diagnostics: diagnosticsJson(diagnostics, text, lang) });
      }
      const preview = await previewDocument(check.model, options.planFile, options.templatesDir, kind, Number(body.index ?? 0) || 0);
      if (!preview.ok) return sendJson(response, 422, { diagnostics: diagnosticsJson(preview.diagnostics, text, lang) });
      const headers: Record<string, string> = preview.recipients ? { 'x-plan-recipients': encodeURIComponent(JSON.stringify(preview.recipients)) } : {};
      send(response, 200, preview.bytes, DOCX, headers);
      return;
    }
    if (path === '/api/invitees') {
      if (text === undefined) return sendJson(response, 400, { error: 'text' });
      const { check, diagnostics } = await checkText(text);
      if (!check.model) return sendJson(response, 200, { rows: [], diagnostics: [] });
      const table = await inviteeTable(check.model, options.planFile, check.locate, diagnostics);
      const rows = table.rows.map((r) => ({ ...r, diagnostics: diagnosticsJson(r.diagnostics, text, lang) }));
      sendJson(response, 200, { dataFile: table.dataFile, rows, diagnostics: diagnosticsJson(table.diagnostics, text, lang) });
      return;
    }
    if (path === '/api/save') {
      if (text === undefined || typeof body.version !== 'string') return sendJson(response, 400, { error: 'text' });
      const saved = await workspace.save(text, body.version);
      if (!saved.ok) return sendJson(response, 409, { conflict: saved.conflict });
      sendJson(response, 200, { version: saved.version });
      return;
    }
    if (path === '/api/fix') {
      if (text === undefined) return sendJson(response, 400, { error: 'text' });
      const fixed = fixPlanText(options.planFile, text);
      sendJson(response, 200, { text: fixed.text, changes: fixed.applied.map((a) => `${a.line}: ${formatMessage(a.diagnostic, lang)}`) });
      return;
    }
    if (path === '/api/build') return sendJson(response, 200, await options.actions.build({ pdf: body.pdf === true }));
    if (path === '/api/send') return sendJson(response, 200, await options.actions.send({ dryRun: body.dryRun !== false }));
    if (path === '/api/open-folder') return sendJson(response, 200, { folder: await options.actions.openFolder() });
    sendJson(response, 404, { error: 'not-found' });
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const verdict = checkRequest(request, url, boundPort, options.token);
    if (!verdict.ok) return sendJson(response, verdict.status, { error: verdict.reason });
    if (verdict.viaQuery) response.setHeader('set-cookie', `${TOKEN_COOKIE}=${options.token}; HttpOnly; SameSite=Strict; Path=/`);
    route(request, response, url).catch((error: unknown) => {
      if (response.headersSent) return response.destroy();
      if (error instanceof BodyTooLarge) return sendJson(response, 413, { error: 'too-large' });
      if (error instanceof SyntaxError) return sendJson(response, 400, { error: 'json' });
      sendJson(response, 500, { error: 'internal', message: (error as Error)?.message ?? String(error) });
    });
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      boundPort = typeof address === 'object' && address ? address.port : port;
      done({ server, port: boundPort });
    });
  });
}
