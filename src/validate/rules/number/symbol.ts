import { formOf } from '../../../model/letter-forms.js';
import type { PlanModel } from '../../../model/plan.js';
import type { Finding, Rule } from '../types.js';

/** The sections with a ký hiệu and the type each must name: the plan's (KH, TB …) and the letter form's (GM, TM …). */
const symbols = (model: PlanModel): { section: string; type: string }[] => {
  const letter = model.invitations ? formOf(model.invitations).code : undefined;
  return [{ section: 'document', type: model.documentType.code }, ...(letter ? [{ section: 'invitations', type: letter }] : [])];
};

/**
 * A ký hiệu written out in full (document.symbol) must still read as one in the plan's house style: Decree 30 joins its
 * parts with "-" after `<số>/` (05/KH-KHCN, 322/KH-ĐHĐA-NCKH, 1272/HĐPH-KH); the Party puts the type before "/" and the
 * agency after it (2297-KH/BDVTW). Both name the type and the agency.
 */
export const numberSymbol: Rule = {
  id: 'number/symbol',
  defaultSeverity: 'warning',
  citation: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3; Hướng dẫn 36-HD/VPTW, mục II.1.3',
  check({ model, data }) {
    const out: Finding[] = [];
    const party = model.issuer.style !== 'nd30';
    const agency = model.issuer.abbreviation.split('-')[0]!;
    for (const { section, type } of symbols(model)) {
      const symbol = (data as Record<string, Record<string, unknown> | undefined>)[section]?.symbol;
      if (typeof symbol !== 'string') continue;
      const path = [section, 'symbol'];
      const slashes = symbol.split('/').length - 1;
      if (party && slashes !== 1) {
        out.push({ path, messageId: 'number/symbol/party-form', params: { symbol, type, agency } });
      } else if (!party && slashes > 0) {
        out.push({ path, messageId: 'number/symbol/state-form', params: { symbol, type, agency } });
      }
      const parts = symbol.split(/[-/]/u);
      if (!parts.includes(type)) out.push({ path, messageId: 'number/symbol/type', params: { symbol, type } });
      if (!parts.some((p) => p.includes(agency))) out.push({ path, messageId: 'number/symbol/agency', params: { symbol, agency } });
    }
    return out;
  },
};
