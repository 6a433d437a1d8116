// Injected into the CommonJS bundle (scripts/build.mjs): what `import.meta.url` means in the ES module sources, the
// bundle's own location (src/render/templates.ts finds the shipped templates/ from it).
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
