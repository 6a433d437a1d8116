// Without docx: the distribution list's view and `plan check` use these too.
import type { DocumentRef, PlanModel } from '../model/plan.js';
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

