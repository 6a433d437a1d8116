import type { PlanModel } from '../../model/plan.js';
import { A4_MM, DEFAULT_MARGINS } from '../nd30/margins.js';
import { textWidthMm } from '../nd30/measure.js';
import type { LetterPlan } from './letter-plan.js';

const PT = 25.4 / 72;
/** Header table, tên loại, trích yếu and rule; the Nơi nhận | signature block (measured on LibreOffice renders of the corpus letters). */
const HEAD_MM = 46;
const CLOSING_MM = 38;
const FIRST_LINE_MM = 10;
const TABLE_ROW_MM = 12;

/**
 * The letter's estimated height in mm, from the width of its lines in Times New Roman (nd30/measure.ts): body lines
 * with 6 pt before each paragraph, a printed table at a fixed height per row. An estimate for `plan check`, never used
 * to lay out the page; an attached programme is on a page of its own and does not count. Loads no docx.
 */
export function estimatedLetterMm(plan: LetterPlan): { used: number; available: number } {
  const model: PlanModel = plan.model;
  const margins = { ...DEFAULT_MARGINS, ...model.page.margins };
  const width = A4_MM.width - margins.left - margins.right;
  const size = model.page.fontSize;
  const lineMm = size * 1.17 * PT;
  let used = HEAD_MM + CLOSING_MM;
  for (const block of plan.blocks) {
    if (block.kind === 'table') {
      const rows = block.name === 'fees' ? (plan.invitations.fees?.rows.length ?? 0) : (model.content?.programme.entries.length ?? 0);
      used += (rows + 1) * TABLE_ROW_MM;
      continue;
    }
    const lines = Math.max(1, Math.ceil((textWidthMm(block.text, size) + FIRST_LINE_MM) / width));
    used += lines * lineMm + 6 * PT;
  }
  return { used, available: A4_MM.height - margins.top - margins.bottom };
}
