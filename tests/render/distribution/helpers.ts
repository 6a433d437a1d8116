// Shared by the distribution-list tests: the seed's model, the producer's output, and the list's table read back.
import type { Element } from '@xmldom/xmldom';
import { checkPlan } from '../../../src/engine/check-plan.js';
import type { BuildContext } from '../../../src/engine/documents.js';
import { sharedInvitees } from '../../../src/engine/producers.js';
import type { PlanModel } from '../../../src/model/plan.js';
import { distributionProducer } from '../../../src/engine/producers/distribution.js';
import { defaultTemplatesDir } from '../../../src/render/templates.js';
import { all, ancestor, children, openDocx, paragraphText, type Docx } from '../../helpers/docx.js';
import { SEED_RELATIVE } from '../../helpers/seed.js';

export const SEED = SEED_RELATIVE;

export async function seedModel(): Promise<PlanModel> {
  const check = await checkPlan(SEED);
  if (!check.model) throw new Error(`The seed does not check: ${JSON.stringify(check.diagnostics)}`);
  return check.model;
}

export function context(model: PlanModel, planFile = SEED): BuildContext {
  return { model, planFile, templatesDir: defaultTemplatesDir(), outDir: '/nonexistent', progress: () => {}, invitees: sharedInvitees(model, planFile) };
}

/** Runs the producer and returns its one output, failing loudly otherwise. */
export async function produce(model: PlanModel, planFile = SEED): Promise<{ bytes: Uint8Array; name: string; kind: string }> {
  const produced = await distributionProducer(context(model, planFile));
  if (!produced.ok) throw new Error(`Producer failed: ${JSON.stringify(produced.diagnostics)}`);
  if (produced.outputs.length !== 1) throw new Error(`Expected one output, got ${produced.outputs.length}`);
  return produced.outputs[0]!;
}

/** Each cell's lines (one per paragraph). */
export type Row = string[][];

export interface ListTable {
  element: Element;
  header: string[];
  /** Body rows with six cells (the numbered recipients). */
  rows: Row[];
  /** Rows that are neither the header nor a recipient (the total line). */
  extra: Row[];
  rowElements: Element[];
}

/** The bordered table of the list: the top-level table whose first row starts with `STT`. */
export function listTable(docx: Docx): ListTable {
  const tables = all(docx.dom('word/document.xml'), 'tbl').filter((t) => !ancestor(t, 'tbl'));
  // An empty cell holds one empty paragraph: read it as no lines.
  const rowCells = (tr: Element): Row =>
    children(tr, 'tc').map((tc) => children(tc, 'p').map(paragraphText).filter((line) => line !== ''));
  const table = tables.find((t) => rowCells(children(t, 'tr')[0]!)[0]?.[0] === 'STT');
  if (!table) throw new Error('No table with an STT column');
  const [head, ...rest] = children(table, 'tr');
  const body = rest.map(rowCells);
  return {
    element: table,
    header: rowCells(head!).map((c) => c.join(' ')),
    rows: body.filter((r) => r.length === 6),
    extra: body.filter((r) => r.length !== 6),
    rowElements: [head!, ...rest],
  };
}

export const open = (bytes: Uint8Array): Docx => openDocx(bytes);
