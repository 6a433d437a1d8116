import { citedIn, startsWithAgency } from '../citations.js';
import { issuerForms } from '../glossary.js';
import { foldKey, runningTexts } from '../text.js';
import { ND30, type Finding, type Rule } from '../types.js';

/**
 * The agency's own documents carry its abbreviation (issuer.abbreviation) in their ký hiệu. A citation counts as the
 * agency's own when its agency part contains the abbreviation (SKHCN for KHCN) or when the words after it name the
 * issuer ("… của Giám đốc Sở KH&CN").
 */
export const citationAgency: Rule = {
  id: 'citation/agency',
  defaultSeverity: 'warning',
  citation: `${ND30}, Phụ lục I, Phần I, mục II.3`,
  check({ model, data }) {
    const own = model.issuer.abbreviation;
    const names = [...issuerForms(model.issuer.name), ...issuerForms(model.issuer.nameInText)].map(foldKey);
    const out: Finding[] = [];
    for (const { path, text } of runningTexts(data)) {
      for (const { cited, ref, expected } of citedIn(text)) {
        if (!ref || expected === undefined || cited.kind === 'Luật' || cited.kind === 'Pháp lệnh') continue;
        const rest = expected === null ? ref.groups : ref.groups.slice(1);
        const agency = rest[0];
        if (!agency || startsWithAgency(rest, own)) continue;
        const tail = foldKey(cited.tail);
        const namesIssuer = /^\s*(?:của|do)\s/iu.test(cited.tail) && names.some((n) => tail.includes(n));
        if (!agency.includes(own) && !namesIssuer) continue;
        out.push({
          path,
          span: { start: cited.index, length: cited.reference.length },
          messageId: 'citation/agency',
          params: { reference: cited.reference, agency, expected: own },
        });
      }
    }
    return out;
  },
};
