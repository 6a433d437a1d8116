import type { Table } from 'docx';
import { isoDate, utcDate, type CivilDate } from '../model/civil-date.js';
import type { PlanModel } from '../model/plan.js';
import { houseStyle } from './house.js';
import { headerTable, type PackMetadata, type PageOptions } from './nd30/index.js';

export { houseStyle, numberLineOf, titleText } from './house.js';

/** The page of every document of a plan: its margins (the decree's defaults for those it does not set) and body size. */
export const pageOptions = (model: PlanModel): PageOptions => ({ margins: model.page.margins, fontSize: model.page.fontSize });

/** The header of any of our documents: the plan's agencies and place, with this document's number and date. */
export function issuerHeader(model: PlanModel, page: PageOptions, numberLine: string, date: CivilDate | undefined): Table {
  const { issuer } = model;
  return headerTable({
    ...(issuer.parent ? { parent: issuer.parentLines ?? issuer.parent } : {}),
    issuer: issuer.nameLines ?? issuer.name,
    numberLine,
    place: issuer.place,
    ...(date ? { date: isoDate(date) } : {}),
  }, page, houseStyle(model));
}

/** A document's properties (docProps/core.xml): its title, the plan's title as subject, the issuer as author, its date. */
export const documentProperties = (model: PlanModel, title: string, created: CivilDate): PackMetadata => ({
  title,
  subject: model.document.title,
  creator: model.issuer.name,
  created: utcDate(created),
});
