import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

/**
 * The editor experience, as VS Code's YAML extension gets it: the yaml-language-server over stdio (JSON-RPC with
 * Content-Length framing, done by vscode-jsonrpc), configured with the repository's .vscode/settings.json. The schema
 * comes from the local file, never from the network (the schema store is off, as it would not match plans/ anyway).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SERVER = join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server');
const EXAMPLE = join(ROOT, 'plans/hoi-nghi-giao-ban-2018.yaml');
const MODELINE = '# yaml-language-server: $schema=../schema/plan.schema.json';

/** .vscode/settings.json's yaml.* settings as the extension sends them: relative schema paths become file:// URIs. */
function workspaceYamlSettings(): Record<string, unknown> {
  const settings = JSON.parse(readFileSync(join(ROOT, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
  const schemas = Object.fromEntries(
    Object.entries(settings['yaml.schemas'] as Record<string, string[]>).map(([path, globs]) => [pathToFileURL(resolve(ROOT, path)).href, globs]),
  );
  return {
    validate: settings['yaml.validate'],
    completion: settings['yaml.completion'],
    hover: settings['yaml.hover'],
    schemas,
    schemaStore: { enable: false },
  };
}

class Editor {
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly waiting = new Map<string, (d: Diagnostic[]) => void>();
  private version = 0;

  constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    readonly yaml: Record<string, unknown>,
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.waiting.get(p.uri)?.(p.diagnostics);
    });
    // The server asks the client for its settings (workspace/configuration) and registers capabilities.
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'yaml' ? this.yaml : null)),
    );
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
  }

  static async start(yaml: Record<string, unknown>): Promise<Editor> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const editor = new Editor(child, connection, yaml);
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(ROOT).href,
      workspaceFolders: [{ uri: pathToFileURL(ROOT).href, name: 'plan' }],
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } }, textDocument: { completion: {} } },
    });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml } });
    return editor;
  }

  /** Opens a document (it need not exist on disk) and waits for its diagnostics. */
  async open(path: string, text: string): Promise<Diagnostic[]> {
    const uri = pathToFileURL(path).href;
    const published = new Promise<Diagnostic[]>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no diagnostics for ${uri}`)), 20_000);
      this.waiting.set(uri, (d) => {
        clearTimeout(timer);
        this.waiting.delete(uri);
        done(d);
      });
    });
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++this.version, text } });
    return published;
  }

  async complete(path: string, line: number, character: number): Promise<CompletionItem[]> {
    const result = (await this.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: pathToFileURL(path).href },
      position: { line, character },
    })) as CompletionList | CompletionItem[] | null;
    return Array.isArray(result) ? result : result?.items ?? [];
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.process.kill();
  }
}

const example = readFileSync(EXAMPLE, 'utf8');
const misspelt = example.replace(/^funding:/m, 'fundng:');
const misspeltLine = misspelt.split('\n').findIndex((l) => l.startsWith('fundng:'));
const schemaKeys = Object.keys((JSON.parse(readFileSync(join(ROOT, 'schema/plan.schema.json'), 'utf8')) as { properties: object }).properties);

describe('yaml-language-server with .vscode/settings.json', () => {
  let editor: Editor;
  beforeAll(async () => {
    editor = await Editor.start(workspaceYamlSettings());
  });
  afterAll(async () => {
    await editor?.stop();
  });

  it('reports nothing on the example plan', async () => {
    expect(await editor.open(EXAMPLE, example)).toEqual([]);
  });

  it('reports a misspelt key once, at its line, from plans/*.yaml alone (no modeline)', async () => {
    const withoutModeline = misspelt.replace(`${MODELINE}\n`, '');
    const diagnostics = await editor.open(join(ROOT, 'plans/__editor-test-misspelt.yaml'), withoutModeline);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.range.start.line).toBe(misspeltLine - 1); // one line fewer without the modeline
    expect(diagnostics[0]!.message).toMatch(/fundng/);
    expect((diagnostics[0]!.data as { schemaUri?: string[] }).schemaUri).toEqual([pathToFileURL(join(ROOT, 'schema/plan.schema.json')).href]);
  });

  it('offers every top-level key of the plan at the top level, with the Vietnamese titles', async () => {
    const path = join(ROOT, 'plans/__editor-test-empty.yaml');
    await editor.open(path, `${MODELINE}\n\n`);
    const items = await editor.complete(path, 1, 0);
    const labels = items.map((i) => i.label);
    for (const key of schemaKeys) expect(labels).toContain(key);
    const issuer = items.find((i) => i.label === 'issuer');
    expect(JSON.stringify(issuer?.documentation ?? '')).toMatch(/Cơ quan chủ quản, cơ quan ban hành/);
  });
});

describe('yaml-language-server with the modeline only', () => {
  let editor: Editor;
  beforeAll(async () => {
    editor = await Editor.start({ validate: true, completion: true, hover: true, schemaStore: { enable: false }, schemas: {} });
  });
  afterAll(async () => {
    await editor?.stop();
  });

  it('resolves ../schema/plan.schema.json against the file and reports the misspelt key at its line', async () => {
    // docs/ is a sibling of plans/, outside the plans/*.yaml association: only the modeline can bring the schema.
    const diagnostics = await editor.open(join(ROOT, 'docs/__editor-test-misspelt.yaml'), misspelt);
    expect(diagnostics.map((d) => [d.range.start.line, d.range.start.character])).toEqual([[misspeltLine, 0]]);
    expect(diagnostics[0]!.message).toMatch(/fundng/);
  });

  it('reports nothing on the example plan', async () => {
    expect(await editor.open(EXAMPLE, example)).toEqual([]);
  });

  it('follows a file:// modeline, as plan init writes outside this repository', async () => {
    const modeline = `# yaml-language-server: $schema=${pathToFileURL(join(ROOT, 'schema/plan.schema.json')).href}`;
    const diagnostics = await editor.open('/tmp/elsewhere/plans/__editor-test.yaml', misspelt.replace(MODELINE, modeline));
    expect(diagnostics.map((d) => d.range.start.line)).toEqual([misspeltLine]);
  });

  it('finds no schema without the modeline outside plans/ (so the checks above prove the association works)', async () => {
    const diagnostics = await editor.open(join(ROOT, 'docs/__editor-test-nomodeline.yaml'), misspelt.replace(`${MODELINE}\n`, ''));
    expect(diagnostics).toEqual([]);
  });
});
