import { describe, expect, it } from 'vitest';
import { leadingHeads } from '../../../src/core/heads';
import { findCues } from '../../../src/core/lexicon';
import { packFor } from '../../../src/core/languages/registry';
import { generateArticle } from '../../../src/tools/bench-articles';
import type { Cue } from '../../../src/core/languages/types';
import '../../../src/core/languages';

describe('leadingHeads', () => {
  it.each([
    ['a word', 'angeblich', ['ang']],
    ['an optional prefix', '(?:medien|presse)?berichten', ['med', 'pre', 'ber']],
    ['white space read as a space', 'es\\s+wird', ['es ']],
    ['a class of plain letters', 'e[nm]s', ['ens', 'ems']],
    ['a look-behind consumes nothing', '(?<!nicht\\s)abc', ['abc']],
    ['an optional letter', 'rumou?red', ['rum']],
    ['a repeated group', '(?:ab){2,}', ['aba']],
  ])('%s', (_name, source, heads) => {
    expect(leadingHeads(source)?.sort()).toEqual([...heads].sort());
  });

  it.each([
    ['a match may be shorter', 'ab'],
    ['an optional tail makes it shorter', 'ab(?:c)?'],
    ['any character', 'a.c'],
    ['a class with a range', '[a-z]bc'],
    ['a negated class', '[^x]bc'],
    ['a back-reference', '(a)\\1bc'],
    ['an unknown escape', '\\x41bc'],
  ])('does not tell: %s', (_name, source) => {
    expect(leadingHeads(source)).toBeNull();
  });
});

/** Every match of each cue's own pattern over the lower-cased text, as hits (the search without any shortcut). */
function reference(text: string, cues: readonly Cue[]): Array<[number, number]> {
  const lower = text.toLowerCase();
  const hits: Array<[number, number]> = [];
  for (const entry of cues) {
    for (const match of lower.matchAll(new RegExp(entry.pattern, 'gu'))) if (match[0]) hits.push([match.index, match.index + match[0].length]);
  }
  return hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

describe('cue search by heads', () => {
  it('finds what each cue finds on its own, in every pack and list', () => {
    for (const lang of ['de', 'en', 'fr', 'es', 'it', 'nl']) {
      const pack = packFor(lang)!;
      const texts = [
        ...generateArticle('de', 3000).blocks.map((block) => block.text),
        ...generateArticle('en', 3000).blocks.map((block) => block.text),
      ];
      for (const cues of [pack.claims.hedges, pack.claims.anonymousSources, pack.claims.evidenceAbsence, pack.claims.evidence, pack.claims.checkWorthy]) {
        for (const text of texts) {
          expect(findCues(text, cues).map((hit): [number, number] => [hit.start, hit.end])).toEqual(reference(text, cues));
        }
      }
    }
  });
});
