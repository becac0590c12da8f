// Where the build puts the content script and the files it uses, inside the extension: shared by the
// build, which writes them (and makes the module web-accessible), the content script, which imports the
// module, and the tools that look at them.
/** The content script (manifest.json's content_scripts), one self-contained file. */
export const CONTENT_SCRIPT_FILE = 'src/extension/content.js';
/** The module for articles (src/extension/article-module.ts), imported by the content script. */
export const ARTICLE_MODULE_FILE = 'src/extension/article-module.js';
/** The highlights' style sheet: declared with the content script in manifest.json, copied as it is. */
export const HIGHLIGHTS_CSS_FILE = 'src/page/annotate/highlights.css';
