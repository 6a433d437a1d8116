import { t } from '../i18n/index.js';
import type { Lang } from '../i18n/messages/types.js';
import type { Note } from '../engine/record-outputs.js';

/**
 * The notes about the output folder, one a line for stderr. With `--json` the removed files are in the manifest on
 * stdout, so only the warnings are said.
 */
export function noteLines(notes: readonly Note[], lang: Lang, json = false): string[] {
  return notes
    .filter((n) => !(json && n.mark === 'removed'))
    .map((n) => {
      const params = n.reasonId ? { ...n.params, reason: t(n.reasonId, undefined, lang) } : n.params;
      return `${n.mark === 'removed' ? '−' : '⚠'} ${t(n.messageId, params, lang)}\n`;
    });
}
