import { posix } from 'node:path';
import { plural, t } from '../i18n/index.js';
import type { Lang } from '../i18n/messages/types.js';
import type { WrittenFile } from '../core/output.js';
import { relativeSlashPath } from '../report/paths.js';

/** The order the kinds are told in: as the documents are made, PDFs last. */
const KINDS = ['plan', 'invitation', 'invitations', 'distribution', 'attendees', 'sign-in', 'badges', 'envelopes', 'pdf'];

/**
 * What `plan build` says when it is done: how many files it wrote, in which folder, and one line per kind of document
 * (where it is, below that folder). The files one by one are for --verbose and --json: 43 lines would push the
 * findings off the screen.
 */
export function buildSummary(written: readonly WrittenFile[], outDir: string, cwd: string, lang: Lang): string {
  const dir = `${relativeSlashPath(outDir, cwd) || '.'}/`;
  const below = (path: string) => posix.relative(dir, path);
  const lines = [`✔ ${plural('build/done', written.length, lang, { dir })}`];
  for (const kind of KINDS) {
    const files = written.filter((w) => w.kind === kind);
    if (files.length === 0) continue;
    const folders = [...new Set(files.map((f) => posix.dirname(below(f.path))))];
    const where = files.length === 1 ? below(files[0]!.path) : folders.map((f) => (f === '.' ? '' : `${f}/`)).join(', ');
    // A Thông báo triệu tập, a Công văn …: one letter for all its recipients, not one per invitee.
    const key = kind === 'invitation' && files.every((f) => f.invitee === undefined) ? 'letter' : kind;
    lines.push(`  ${plural(`build/kind/${key}`, files.length, lang, { where })}`);
  }
  lines.push(`  ${t('build/files-hint', undefined, lang)}`);
  return `${lines.join('\n')}\n`;
}

/** --verbose: every file written, one a line. */
export const fileList = (written: readonly WrittenFile[]): string => written.map((w) => `✔ ${w.path}\n`).join('');
