import type { ValidateFunction } from 'ajv';

/** The plan schema's validator, precompiled by scripts/gen.mjs (ajv standalone code). */
declare const validate: ValidateFunction;
export = validate;
