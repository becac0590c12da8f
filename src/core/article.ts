// The article as the analysis sees it: ordered text blocks plus the page's metadata. The page layer
// (src/page) builds it from a live DOM, the command line builds it from a text file; the analysis never
// touches a DOM.

export type BlockKind = 'paragraph' | 'heading' | 'quote' | 'list-item' | 'preformatted';

export interface ArticleBlock {
  kind: BlockKind;
  /** The block's text, white space collapsed to single spaces, trimmed. */
  text: string;
}

export interface ArticleInput {
  blocks: ArticleBlock[];
  title: string | null;
  byline: string | null;
  /** ISO 8601 date (or date-time) of publication, when the page gives one. */
  published: string | null;
  siteName: string | null;
  /** The language the page declares (`<html lang>`, `og:locale`, `Content-Language`), if any. */
  declaredLang: string | null;
}
