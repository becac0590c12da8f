// Where the build puts the files the content script uses on articles. The module (src/extension/article-module.ts):
// shared by the build, which writes it and makes it web-accessible, and the content script, which imports it.
export const ARTICLE_MODULE_FILE = 'src/extension/article-module.js';
/** The highlights' style sheet: declared with the content script in manifest.json, copied as it is. */
export const HIGHLIGHTS_CSS_FILE = 'src/page/annotate/highlights.css';
