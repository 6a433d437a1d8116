import { ND30, type Finding, type Rule } from '../types.js';

/** "Lưu: VT, <drafting unit>": the văn thư keeps the original, the drafting unit its copy (A1 I.II.9.d). */
export const listsArchive: Rule = {
  id: 'lists/archive',
  defaultSeverity: 'error',
  citation: `${ND30}, Phụ lục I, Phần I, mục II.9.d`,
  check({ model }) {
    const units = model.recipients.archive.map((u) => u.trim());
    const out: Finding[] = [];
    const vt = units.indexOf('VT');
    if (vt < 0) {
      const near = units.findIndex((u) => u.toUpperCase().replace(/[^A-Z]/g, '') === 'VT');
      out.push({
        path: near >= 0 ? ['recipients', 'archive', near] : ['recipients', 'archive'],
        messageId: 'lists/archive/vt',
        params: { archive: units.join(', ') },
      });
    }
    if (units.filter((u) => u.toUpperCase() !== 'VT' && u !== '').length === 0) {
      out.push({ path: ['recipients', 'archive'], messageId: 'lists/archive/unit', params: { archive: units.join(', ') } });
    }
    return out;
  },
};
