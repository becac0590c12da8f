// Named entities of an article: people, organisations, places and cited sources, with each short
// mention linked to the fullest form the article uses. Pure TypeScript (no DOM, browser or Node API):
// it runs in the extension's background and in the command-line analyzer alike.
//
// Pipeline: tokenize each block → mark web addresses (sources) → scan capitalised runs per block
// (./names) → link across the article (./link) → widen names cited as originators of studies and
// reports into `source` mentions (./sources). Every step is linear in the text's length.
import type { EntityKind, EntityMention } from './types';
import { lexiconOf, type Context, type Pack } from './context';
import { link, type Pending } from './link';
import { scanBlock, type Candidate } from './names';
import { documentNounPattern, findUrls, referenceStartNear } from './sources';
import { tokenize, type Token } from './tokens';

export type { EntityKind, EntityMention } from './types';
export { genderOfGivenName } from './given-names';

/** All entity mentions of an article, in reading order. Never throws; bounded time on any input. */
export function findEntities(blocks: readonly string[], pack: Pack): EntityMention[] {
  try {
    return find(blocks, pack);
  } catch {
    // A fault in a heuristic must not take the rest of the analysis down with it.
    return [];
  }
}

/** Numbers the analyses, for the words' lower-case marks (see ./word). */
let epochs = 0;

function find(blocks: readonly string[], pack: Pack): EntityMention[] {
  const lexicon = lexiconOf(pack);
  lexicon.words.trim();
  const epoch = ++epochs;
  const tokenized: Token[][] = [];
  for (const block of blocks) tokenized.push(typeof block === 'string' ? tokenize(block, lexicon.words) : []);
  // Every word the article writes with a lower-case initial: `werbung` proves `Werbung` a noun.
  for (const tokens of tokenized) {
    for (const token of tokens) if (token.w.lowerInit) token.w.mark.seen = epoch;
  }
  const context: Context = { ...lexicon, epoch };

  const candidates: Candidate[] = [];
  const pending: Pending[] = [];
  for (let block = 0; block < tokenized.length; block++) {
    const tokens = tokenized[block]!;
    const text = blocks[block]!;
    // Words inside a web address are part of it, not names of their own.
    let skip: Uint8Array | undefined;
    const urls = tokens.length > 0 ? findUrls(text) : [];
    if (urls.length > 0) {
      skip = new Uint8Array(tokens.length);
      let u = 0;
      tokens.forEach((token, index) => {
        while (u < urls.length && urls[u]!.end <= token.start) u++;
        const url = urls[u];
        if (url && token.start < url.end && token.end > url.start) skip![index] = 1;
      });
      for (const url of urls) {
        const address = text.slice(url.start, url.end);
        candidates.push({ kind: 'source', block, start: url.start, end: url.end, name: address, strong: true });
      }
    }
    scanBlock(text, tokens, block, context, skip, candidates, pending);
  }

  link(candidates, pending, context);

  const mentions: EntityMention[] = [];
  // The document nouns of each block, found when a mention there first needs them.
  const nounsOf: Array<number[] | null | undefined> = [];
  for (const candidate of candidates) {
    const text = blocks[candidate.block]!;
    let kind: EntityKind = candidate.kind;
    let start = candidate.start;
    // A name cited as the originator of a study, report or data set is a source, and its mention
    // includes the document (`Studie der Universität Oxford`); `name` stays the originator's name.
    if (kind !== 'source' || !/^(?:https?:|www\.)/u.test(candidate.name)) {
      let nouns = nounsOf[candidate.block];
      if (nouns === undefined) nouns = nounsOf[candidate.block] = nounSpans(tokenized[candidate.block]!, lexicon.lang);
      const reference = referenceStartNear(text, start, lexicon.lang, nouns);
      if (reference >= 0) {
        kind = 'source';
        start = reference;
      }
    }
    mentions.push({ kind, text: text.slice(start, candidate.end), name: candidate.name, block: candidate.block, start, end: candidate.end });
  }
  mentions.sort((a, b) => a.block - b.block || a.start - b.start || b.end - a.end);
  // Overlaps can arise between a web address and a name in it, or a widened reference and a name
  // inside it: the first, longest mention wins.
  const result: EntityMention[] = [];
  for (const mention of mentions) {
    const previous = result[result.length - 1];
    if (previous && previous.block === mention.block && mention.start < previous.end) continue;
    result.push(mention);
  }
  return result;
}

/**
 * Spans of a block's tokens that together hold every document noun in it (see referenceStartNear): the
 * words that contain one, and the words with an elision cut off before them (widened over it).
 */
function nounSpans(tokens: readonly Token[], lang: string): number[] | null {
  if (!documentNounPattern(lang)) return null;
  const spans: number[] = [];
  let previousEnd = 0;
  for (const token of tokens) {
    if (token.elided) spans.push(Math.max(token.start - 12, previousEnd), token.end);
    else if (token.w.docNoun) spans.push(token.start, token.end);
    previousEnd = token.end;
  }
  return spans;
}
