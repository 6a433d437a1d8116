import type { DataPath } from '../../../load/locate.js';
import { GLOSSARY } from '../glossary.js';
import { runningTexts } from '../text.js';
import type { Finding, Rule } from '../types.js';

/**
 * One name written two ways in the same plan: "phòng Quản lý Khoa học và Công nghệ cơ sở" here, "phòng Quản lý KH&CN cơ
 * sở" there (seed W11, W15). Only names that also occur abbreviated are reported: the words just before the full form,
 * followed by the abbreviation, must appear elsewhere. ND30 has no rule on this, hence advice only.
 */
export const abbreviationsConsistency: Rule = {
  id: 'abbreviations/consistency',
  defaultSeverity: 'info',
  check({ data }) {
    const texts = runningTexts(data);
    const out: Finding[] = [];
    const firstWith = (needle: string): DataPath | undefined => texts.find((t) => t.text.includes(needle))?.path;
    for (const { path, text } of texts) {
      for (const { abbr, full } of GLOSSARY) {
        for (const form of full) {
          for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
            const before = text.slice(0, at).trimEnd().split(/\s+/).filter((w) => w !== '');
            for (const take of [2, 1]) {
              if (before.length < take) continue;
              const lead = before.slice(-take).join(' ');
              const related = firstWith(`${lead} ${abbr}`);
              if (!related) continue;
              out.push({
                path,
                span: { start: at, length: form.length },
                messageId: 'abbreviations/consistency',
                params: { full: `${lead} ${form}`, short: `${lead} ${abbr}` },
                related,
              });
              break;
            }
          }
        }
      }
    }
    return out;
  },
};
