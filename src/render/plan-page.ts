import type { Table } from 'docx';
import { isoDate, type CivilDate } from '../model/civil-date.js';
import type { PlanModel } from '../model/plan.js';
import { headerTable, type PageOptions } from './nd30/index.js';

/** The page of every document of a plan: its margins (the decree's defaults for those it does not set) and body size. */
export const pageOptions = (model: PlanModel): PageOptions => ({ margins: model.page.margins, fontSize: model.page.fontSize });

/** The Decree-30 header of any of our documents: the plan's agencies and place, with this document's number and date. */
export function issuerHeader(model: PlanModel, page: PageOptions, numberLine: string, date: CivilDate | undefined): Table {
  return headerTable({
    ...(model.issuer.parent ? { parent: model.issuer.parent } : {}),
    issuer: model.issuer.name,
    numberLine,
    place: model.issuer.place,
    ...(date ? { date: isoDate(date) } : {}),
  }, page);
}
