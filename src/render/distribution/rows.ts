import type { Invitee, PlanModel } from '../../model/plan.js';
import { inviteeName } from '../../model/invitee.js';

/** What a row receives. */
export type DocumentId = 'plan' | 'invitation';
/** How it is sent. `archive` is the file copy kept by the văn thư and the drafting unit (`Lưu: VT, KHCNCS`). */
export type Method = 'paper' | 'electronic' | 'email' | 'archive';

export interface Delivery {
  document: DocumentId;
  method: Method;
}

/** One line of the distribution list: one recipient, everything it receives, how, and where to. */
export interface DistributionRow {
  /** The recipient as printed (a unit, or a person with title and unit). */
  recipient: string;
  /** For archive rows: the abbreviation after `Lưu:` (`VT`, `KHCNCS`); the wording is the template's. */
  archive?: string;
  deliveries: Delivery[];
  /** Email for what goes by email, else the postal address, else empty. */
  address: string;
  /** Where the row came from, for tests and diagnostics. */
  origin: 'paper' | 'electronic' | 'invitee' | 'archive';
}

/** Comparison key for names: NFC, case, runs of spaces and the end punctuation of a Nơi nhận line do not count. */
export function nameKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s.;,:]+$/u, '');
}

const clean = (text: string | undefined): string => (text ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();

/** The same invitee twice (same person and organisation, any case or spacing) is one invitee. */
const inviteeKey = (invitee: Invitee): string => `${nameKey(invitee.name ?? '')}|${nameKey(invitee.organization ?? '')}`;

/** A Nơi nhận line without its end punctuation (`Sở Y tế;` → `Sở Y tế`). */
const recipientText = (line: string): string => clean(line).replace(/[\s;,]+$/u, '');

/**
 * The rows of the distribution list, in this order: paper recipients, electronic recipients, invitees, then the
 * archive copies (`Lưu`, last as in the Nơi nhận). Every recipient and invitee appears once: a unit listed twice keeps
 * its first row and gains the second delivery; an invitee whose organisation (or, with no organisation, whose name) is
 * a recipient of the plan is merged into that recipient's row, which then lists both documents.
 */
export function distributionRows(model: PlanModel, invitees: readonly Invitee[]): DistributionRow[] {
  const rows: DistributionRow[] = [];
  const byKey = new Map<string, DistributionRow>();
  const add = (row: DistributionRow, key: string): void => {
    rows.push(row);
    byKey.set(key, row);
  };
  const deliver = (row: DistributionRow, delivery: Delivery): void => {
    if (!row.deliveries.some((d) => d.document === delivery.document && d.method === delivery.method)) row.deliveries.push(delivery);
  };

  const planRecipients = [
    ...model.recipients.paper.map((name) => ({ name, email: '', origin: 'paper' as const })),
    ...model.recipients.electronic.map((c) => ({ name: c.name, email: clean(c.email), origin: 'electronic' as const })),
  ];
  for (const { name, email, origin } of planRecipients) {
    const recipient = recipientText(name);
    if (recipient === '') continue;
    // An electronic recipient with an address gets the plan by e-mail (plan send); without one, through the system.
    const method: Method = origin === 'electronic' && email ? 'email' : origin;
    const key = nameKey(recipient);
    const existing = byKey.get(key);
    if (existing) deliver(existing, { document: 'plan', method });
    else add({ recipient, deliveries: [{ document: 'plan', method }], address: email, origin }, key);
  }

  const hasInvitations = model.invitations !== undefined;
  const seen = new Set<string>();
  const merged = new Set<DistributionRow>();
  for (const invitee of invitees) {
    const recipient = inviteeName(invitee);
    if (recipient === '') continue;
    const key = inviteeKey(invitee);
    if (seen.has(key)) continue;
    seen.add(key);
    const email = clean(invitee.email);
    const delivery: Delivery = { document: 'invitation', method: email ? 'email' : 'paper' };
    const address = email || clean(invitee.address);
    const unit = byKey.get(nameKey(clean(invitee.organization) || clean(invitee.name)));
    if (unit && unit.origin !== 'invitee' && !merged.has(unit)) {
      // The unit that receives the plan is also invited: one row, both documents; the invitee's name is the fuller one.
      merged.add(unit);
      unit.recipient = recipient;
      deliver(unit, delivery);
      if (address) unit.address = address;
      continue;
    }
    add({ recipient, deliveries: [delivery], address, origin: 'invitee' }, `invitee:${key}`);
  }

  for (const entry of model.recipients.archive) {
    const archive = clean(entry);
    if (archive === '' || byKey.has(`archive:${nameKey(archive)}`)) continue;
    const deliveries: Delivery[] = [{ document: 'plan', method: 'archive' }];
    if (hasInvitations) deliveries.push({ document: 'invitation', method: 'archive' });
    add({ recipient: archive, archive, deliveries, address: '', origin: 'archive' }, `archive:${nameKey(archive)}`);
  }
  return rows;
}
