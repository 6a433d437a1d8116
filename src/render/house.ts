// Without docx: the distribution list's view and `plan check` use these too.
import { formOf } from '../model/letter-forms.js';
import type { DocumentRef, Invitations, PlanModel } from '../model/plan.js';
import { HOUSE_STYLES, type HouseStyle } from './nd30/house-style.js';

/** The plan's house style: Decree 30's, or the Party's (issuer.style: dang). */
export const houseStyle = (model: PlanModel): HouseStyle => HOUSE_STYLES[model.issuer.style];

/** The ký hiệu of one of the plan's documents: as written in full, or the type and agency abbreviations in the house style. */
export const symbolOf = (model: PlanModel, ref: DocumentRef, type: string): string =>
  ref.symbol ?? houseStyle(model).symbol(type, model.issuer.abbreviation);

/** `Số: 05/KH-KHCN`, `Số 2297-KH/BDVTW`, `Số: 1272/HĐPH-KH`; a blank for the văn thư without a number. */
export const numberLineOf = (model: PlanModel, ref: DocumentRef, type: string, number = ref.number): string =>
  houseStyle(model).numberLine(number, symbolOf(model, ref, type));

/** The title as the author broke it with `|`, or the one-line text the layout breaks by measure. */
export const titleText = (ref: DocumentRef): string | string[] => ref.titleLines ?? ref.title;


/** `Số: 06/GM-KHCN`, `Số: 3710/BGDĐT-VP` (a Công văn has no type code: its ký hiệu is the agency's and the drafting unit's, A1 I.II.3). */
export function letterNumberLine(model: PlanModel, invitations: Invitations, number = invitations.document.number): string {
  const form = formOf(invitations);
  if (form.code) return numberLineOf(model, invitations.document, form.code, number);
  const symbol = invitations.document.symbol ?? [model.issuer.abbreviation, invitations.unit ?? ''].filter(Boolean).join('-');
  return houseStyle(model).numberLine(number, symbol);
}

/** A number line without the word `Số` (and its colon in Decree 30's style), as a sentence cites it: `05/KH-KHCN`. */
export const citedNumber = (line: string): string => line.replace(/^Số:?\s?/u, '');
