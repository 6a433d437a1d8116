import type { Table } from 'docx';
import { isoDate, type CivilDate } from '../model/civil-date.js';
import type { PlanModel } from '../model/plan.js';
import { headerTable, type PageOptions } from './nd30/index.js';

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

/** A calendar date as the UTC midnight packDocx stamps into document properties and zip entries. */
export const utcDate = (d: CivilDate): Date => new Date(Date.UTC(d.year, d.month - 1, d.day));
