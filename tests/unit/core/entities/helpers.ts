// Minimal language packs for the entity tests: the real entity lexicons and cross-language names, and
// a speech lexicon of our own (the real one belongs to another module and may change).
import type { LanguagePack } from '../../../../src/core/languages/types';
import { findEntities } from '../../../../src/core/entities';
import { entities as de } from '../../../../src/core/languages/de/entities';
import { entities as en } from '../../../../src/core/languages/en/entities';
import { entities as fr } from '../../../../src/core/languages/fr/entities';
import { entities as es } from '../../../../src/core/languages/es/entities';
import { entities as it } from '../../../../src/core/languages/it/entities';
import { entities as nl } from '../../../../src/core/languages/nl/entities';
import { names } from '../../../../src/core/languages/names';

type Pack = Pick<LanguagePack, 'code' | 'entities' | 'speech' | 'names'>;

// Only the fields the entity finder reads; empty, so the tests show what the engine does on its own.
const speech = { titles: [], roleNouns: [], determiners: [] } as unknown as LanguagePack['speech'];

export const packs: Record<string, Pack> = {
  de: { code: 'de', entities: de, speech, names },
  en: { code: 'en', entities: en, speech, names },
  fr: { code: 'fr', entities: fr, speech, names },
  es: { code: 'es', entities: es, speech, names },
  it: { code: 'it', entities: it, speech, names },
  nl: { code: 'nl', entities: nl, speech, names },
};

/** Mentions as `kind:text=name` strings, in reading order, paragraphs separated by blank lines. */
export function mentions(lang: string, article: string): string[] {
  return findEntities(article.split('\n\n'), packs[lang]!).map((m) => `${m.kind}:${m.text}=${m.name}`);
}
