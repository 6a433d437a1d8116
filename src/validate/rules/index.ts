import type { DataPath, Locate } from '../../load/locate.js';
import type { PlanModel } from '../../model/plan.js';
import type { Diagnostic, Range, Severity } from '../../core/diagnostic.js';
import type { Lang } from '../../i18n/messages/types.js';
import { RULE_DESCRIPTIONS } from '../../i18n/messages/rule-descriptions.js';
import { nearest } from '../nearest.js';
import { abbreviationsConsistency } from './abbreviations/consistency.js';
import { abbreviationsVariant } from './abbreviations/variant.js';
import { budgetLineAmount } from './budget/line-amount.js';
import { budgetTotal } from './budget/total.js';
import { budgetWords } from './budget/words.js';
import { capitalisationAfterSemicolon } from './capitalisation/after-semicolon.js';
import { capitalisationConsistency } from './capitalisation/consistency.js';
import { capitalisationTitleCase } from './capitalisation/title-case.js';
import { capitalisationUnitType } from './capitalisation/unit-type.js';
import { citationAgency } from './citation/agency.js';
import { citationFormat } from './citation/format.js';
import { citationReference } from './citation/reference.js';
import { coherenceDuplicateInvitee } from './coherence/duplicate-invitee.js';
import { coherenceDuplicateRecipient } from './coherence/duplicate-recipient.js';
import { coherenceGroupInvited } from './coherence/group-invited.js';
import { coherenceInviteeGroup } from './coherence/invitee-group.js';
import { datesInvitationBeforePlan } from './dates/invitation-before-plan.js';
import { datesOrder } from './dates/order.js';
import { datesProgramme } from './dates/programme.js';
import { datesReplyBy } from './dates/reply-by.js';
import { emailAddress } from './email/address.js';
import { encodingLegacy } from './encoding/legacy.js';
import { listsArchive } from './lists/archive.js';
import { listsArchiveInList } from './lists/archive-in-list.js';
import { listsPunctuation } from './lists/punctuation.js';
import { numberSymbol } from './number/symbol.js';
import { lettersDecreeForm } from './letters/decree-form.js';
import { orderMissingSection } from './order/missing-section.js';
import { orderUnknownSection } from './order/unknown-section.js';
import { repliesAfterDeadline } from './replies/after-deadline.js';
import { repliesDeclinedSpeaker } from './replies/declined-speaker.js';
import { repliesGroupNobody } from './replies/group-nobody-coming.js';
import { signerAuthority } from './signer/authority.js';
import { signerName } from './signer/name.js';
import { valueAt } from './text.js';
import type { DataInvitees, Finding, RepliesFacts, Rule, RuleContext } from './types.js';
import { weekdayMatch } from './weekday/match.js';

export type { DataInvitee, DataInvitees, Finding, Rule, RuleContext } from './types.js';

/** Every semantic rule, in the order `plan check --rules` lists them. */
export const RULES: readonly Rule[] = [
  datesOrder,
  datesInvitationBeforePlan,
  datesReplyBy,
  datesProgramme,
  weekdayMatch,
  numberSymbol,
  citationFormat,
  citationReference,
  citationAgency,
  signerAuthority,
  signerName,
  coherenceGroupInvited,
  lettersDecreeForm,
  coherenceInviteeGroup,
  coherenceDuplicateInvitee,
  coherenceDuplicateRecipient,
  listsPunctuation,
  listsArchiveInList,
  listsArchive,
  abbreviationsVariant,
  abbreviationsConsistency,
  capitalisationUnitType,
  capitalisationConsistency,
  capitalisationTitleCase,
  capitalisationAfterSemicolon,
  budgetTotal,
  budgetWords,
  budgetLineAmount,
  orderUnknownSection,
  orderMissingSection,
  emailAddress,
  encodingLegacy,
  repliesAfterDeadline,
  repliesDeclinedSpeaker,
  repliesGroupNobody,
];

export type RuleLevel = 'off' | 'warning' | 'error';

/** The severity a rule runs at under a plan's `rules:` block; undefined when it is switched off. */
export function effectiveSeverity(rule: Rule, config: Readonly<Record<string, RuleLevel>>): Severity | undefined {
  const level = Object.hasOwn(config, rule.id) ? config[rule.id] : undefined;
  if (level === 'off') return undefined;
  return level ?? rule.defaultSeverity;
}

/**
 * Where a finding is in the source. With a `span`, the range narrows to those characters when the value is a
 * single-line scalar written plain (its source width equals the string's length) or in quotes without escapes
 * (width = length + 2, the text starts one column in). Anything else (block scalars, folded lines, escapes, a file saved
 * in NFD) keeps the whole value's range: a column computed there could point at the wrong character.
 */
function rangeOf(finding: Finding, data: unknown, locate: Locate): Range | undefined {
  const whole = locate(finding.path, finding.target);
  if (!whole || !finding.span || finding.target === 'key') return whole;
  const value = valueAt(data, finding.path);
  if (typeof value !== 'string' || whole.start.line !== whole.end.line) return whole;
  const width = whole.end.column - whole.start.column;
  const offset = width === value.length ? 0 : width === value.length + 2 ? 1 : undefined;
  if (offset === undefined) return whole;
  const column = whole.start.column + offset + finding.span.start;
  return {
    start: { line: whole.start.line, column },
    end: { line: whole.start.line, column: column + finding.span.length },
  };
}

const lineOf = (path: DataPath, locate: Locate): number | string => locate(path)?.start.line ?? '?';

/**
 * Runs every rule that is not switched off on a schema-valid plan, at the severity the plan's `rules:` block gives
 * (or the rule's default). Ids in `rules:` that name no rule are reported with the nearest known id. A rule that throws
 * becomes a diagnostic too: one broken rule must not hide the others' findings.
 */
export function runRules(
  file: string, model: PlanModel, data: unknown, locate: Locate, dataInvitees?: DataInvitees | 'unreadable',
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const ids = RULES.map((r) => r.id);
  for (const id of Object.keys(model.rules)) {
    if (ids.includes(id)) continue;
    const suggestion = nearest(id, ids);
    const range = locate(['rules', id], 'key');
    out.push({
      file,
      ...(range ? { range } : {}),
      severity: 'error',
      ruleId: 'rules/unknown-id',
      messageId: suggestion ? 'rules/unknown-id/suggest' : 'rules/unknown-id',
      params: { id, ...(suggestion ? { suggestion } : {}) },
    });
  }
  out.push(...applyRules(RULES, file, { model, data, ...(dataInvitees ? { dataInvitees } : {}) }, locate));
  return out;
}

/**
 * The reply rules (`replies/…`) over the replies file's facts, for `plan check`: they find nothing in `runRules`, which
 * has no replies, and run here once the replies were read.
 */
export function runReplyRules(file: string, model: PlanModel, locate: Locate, replies: RepliesFacts): Diagnostic[] {
  return applyRules(RULES.filter((r) => r.id.startsWith('replies/')), file, { model, data: undefined, replies }, locate);
}

function applyRules(rules: readonly Rule[], file: string, context: RuleContext, locate: Locate): Diagnostic[] {
  const { model, data } = context;
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    const severity = effectiveSeverity(rule, model.rules);
    if (!severity) continue;
    let findings: Finding[];
    try {
      findings = rule.check(context);
    } catch (error) {
      out.push({
        file,
        severity: 'error',
        ruleId: rule.id,
        messageId: 'rules/internal-error',
        params: { rule: rule.id, detail: String((error as Error)?.message ?? error) },
      });
      continue;
    }
    for (const finding of findings) {
      const range = finding.at ? finding.at.range : rangeOf(finding, data, locate);
      const params = finding.related ? { ...finding.params, line: lineOf(finding.related, locate) } : finding.params;
      out.push({
        file: finding.at ? finding.at.file : file,
        ...(range ? { range } : {}),
        severity,
        ruleId: rule.id,
        messageId: finding.messageId,
        ...(params ? { params } : {}),
        ...(rule.citation ? { citation: rule.citation } : {}),
      });
    }
  }
  return out;
}

export interface CatalogueEntry {
  id: string;
  severity: Severity | 'off';
  description: string;
  citation?: string;
}

/** The rules for `plan check --rules`: id, severity (the default, or as a plan's `rules:` block sets it), description, citation. */
export function ruleCatalogue(lang: Lang, config: Readonly<Record<string, RuleLevel>> = {}): CatalogueEntry[] {
  return RULES.map((rule) => ({
    id: rule.id,
    severity: effectiveSeverity(rule, config) ?? 'off',
    description: RULE_DESCRIPTIONS[rule.id]?.[lang] ?? '',
    ...(rule.citation ? { citation: rule.citation } : {}),
  }));
}
