// Where the build puts the page-marking module (src/extension/annotate-module.ts) in the extension:
// shared by the build, which writes it and makes it web-accessible, and the content script, which imports it.
export const ANNOTATE_MODULE_FILE = 'src/extension/annotate-module.js';
