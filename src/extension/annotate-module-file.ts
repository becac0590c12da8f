// Where the build puts the page-marking files in the extension. The module (src/extension/annotate-module.ts):
// shared by the build, which writes it and makes it web-accessible, and the content script, which imports it.
export const ANNOTATE_MODULE_FILE = 'src/extension/annotate-module.js';
/** The highlights' style sheet: declared with the content script in manifest.json, copied as it is. */
export const HIGHLIGHTS_CSS_FILE = 'src/page/annotate/highlights.css';
