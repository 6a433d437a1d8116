// The seed plan: the 2018 Bắc Giang conference transcribed as it was written, original wording and slips included.
// Tests that need its exact text or its findings read this fixture, never the bundled example in plans/, which is
// corrected to check clean for a new user.
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Relative to the repository root, as a test running there names it. */
export const SEED_RELATIVE = 'tests/fixtures/seed/hoi-nghi-giao-ban-2018.yaml';
export const SEED_PLAN = join(ROOT, SEED_RELATIVE);
/** The source document the seed was transcribed from. */
export const SEED_MARKDOWN = join(ROOT, 'tests/fixtures/seed/ke-hoach-hoi-nghi-giao-ban-2018.md');
