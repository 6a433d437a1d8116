export type Lang = 'vi' | 'en';

/**
 * Message texts by message id. Placeholders are `{name}` and are filled from a diagnostic's params.
 * Each pipeline area keeps its own table in this folder (load.ts, schema.ts, invitees.ts, rules.ts, …);
 * src/i18n/index.ts merges them.
 */
export type MessageTable = Record<string, { vi: string; en: string }>;
