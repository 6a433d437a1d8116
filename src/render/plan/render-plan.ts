import type { FileChild } from 'docx';
import { archiveText, type PlanModel, type Programme } from '../../model/plan.js';
import { isoDate, shortDate, vietnameseWeekday } from '../../model/civil-date.js';
import { formatAmount } from '../../model/money-words.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import { blockChildren } from '../block-children.js';
import type { Block } from '../blocks.js';
import { documentProperties, houseStyle, issuerHeader, numberLineOf, pageOptions, titleText } from '../plan-page.js';
import {
  closingTable, createDocument, dataTable, packDocx, spaceBeforeTable, titleBlock,
  type Cell, type Column, type GroupRow, type Inline, type PageOptions,
} from '../nd30/index.js';
import { TemplateError } from '../templates.js';
import { loadPlanTemplates, planBlocks } from './plan-blocks.js';

export type RenderResult = { ok: true; bytes: Uint8Array } | { ok: false; diagnostics: Diagnostic[] };

function tableFor(name: string, labels: string[], model: PlanModel, page: PageOptions): FileChild[] {
  const label = (i: number, fallback: string) => labels[i] ?? fallback;
  if (name === 'programme' && model.content) return [programmeTable(model.content.programme, labels, page)];
  if (name === 'budget' && model.funding?.budget) {
    const budget = model.funding.budget;
    const total = budget.statedTotal ?? budget.computedTotal;
    const rows: Inline[][] = budget.lines.map((line, i) => [
      String(i + 1), line.name, line.unit ?? '', line.quantity !== undefined ? String(line.quantity).replace('.', ',') : '',
      line.unitPrice !== undefined ? formatAmount(line.unitPrice) : '', formatAmount(line.amount),
    ]);
    rows.push(['', { text: label(6, 'Tổng cộng'), bold: true }, '', '', '', { text: formatAmount(total), bold: true }]);
    return [dataTable({ page, columns: [
      { title: label(0, 'STT'), width: 1.1, align: 'center' }, { title: label(1, 'Nội dung chi'), width: 4.7 },
      { title: label(2, 'Đơn vị tính'), width: 1.6, align: 'center' }, { title: label(3, 'Số lượng'), width: 1.4, align: 'right' },
      { title: label(4, 'Đơn giá (đồng)'), width: 2, align: 'right' }, { title: label(5, 'Thành tiền (đồng)'), width: 2.2, align: 'right' },
    ], rows })];
  }
  return [];
}

const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/**
 * The programme table: TT when the plan asks, a presenter column only when some row has one, rows under a day heading
 * when the event spans several days, a row's sub-items as `+ …` lines. Column titles: the plan's, else the template's.
 */
export function programmeTable(programme: Programme, labels: string[], page: PageOptions): FileChild {
  const { entries, columns: titles } = programme;
  const days = new Set(entries.flatMap((p) => (p.date ? [isoDate(p.date)] : [])));
  const grouped = days.size > 1;
  const withPresenter = entries.some((p) => p.presenter);
  const columns: Column[] = [
    ...(programme.numbered ? [{ title: titles.number ?? 'TT', width: 0.9, align: 'center' as const }] : []),
    { title: titles.time ?? labels[0] ?? 'Thời gian', width: 2.2 },
    { title: titles.item ?? labels[1] ?? 'Nội dung', width: withPresenter ? 6 : 9 },
    ...(withPresenter ? [{ title: titles.presenter ?? labels[2] ?? 'Thực hiện', width: 3 }] : []),
  ];
  const rows: (Cell[] | GroupRow)[] = [];
  let day: string | undefined;
  entries.forEach((p, i) => {
    const key = p.date ? isoDate(p.date) : undefined;
    if (grouped && p.date && key !== day) {
      rows.push({ span: `${capitalised(vietnameseWeekday(p.date))}, ngày ${shortDate(p.date)}` });
      day = key;
    }
    const time = p.date && !grouped ? `${p.time} (${p.date.day}/${p.date.month})` : p.time;
    const item: Cell = p.items.length ? { lines: [p.item, ...p.items.map((s) => `+ ${s}`)] } : p.item;
    rows.push([
      ...(programme.numbered ? [String(i + 1)] : []),
      time, item,
      ...(withPresenter ? [p.presenter ?? ''] : []),
    ]);
  });
  return dataTable({ page, columns, rows });
}

/** The Kế hoạch as DOCX bytes (deterministic). */
export async function renderPlan(model: PlanModel, templatesDir: string): Promise<RenderResult> {
  const { templates, diagnostics } = await loadPlanTemplates(templatesDir);
  if (!templates) return { ok: false, diagnostics };
  let blocks: Block[];
  try {
    blocks = planBlocks(model, templates);
  } catch (error) {
    if (error instanceof TemplateError) return { ok: false, diagnostics: [error.diagnostic] };
    throw error;
  }
  const page = pageOptions(model);
  const doc = createDocument([
    issuerHeader(model, page, numberLineOf(model, model.document, model.documentType.code), model.document.date),
    ...titleBlock(model.documentType.name.toLocaleUpperCase('vi'), titleText(model.document), page, houseStyle(model)),
    ...blockChildren(blocks, { numbering: model.numbering, table: (block) => [spaceBeforeTable(), ...tableFor(block.name, block.labels, model, page)] }),
    closingTable({
      paper: model.recipients.paper,
      archive: archiveText(model.recipients),
      electronic: model.recipients.electronic.map((c) => c.name),
      authority: model.signer.authorityLines,
      name: model.signer.name,
    }, page),
  ], page);
  const bytes = await packDocx(doc, documentProperties(model, `Kế hoạch ${model.document.title}`, model.document.date ?? model.time.from));
  return { ok: true, bytes };
}
