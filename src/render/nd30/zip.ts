// Moved to src/package/zip.ts; this re-export stays only until src/cli/commands/serve.ts imports from there.
export * from '../../package/zip.js';
