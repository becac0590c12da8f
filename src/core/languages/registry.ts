// Where the analysis finds a language's pack. Packs register themselves here; the registry lives on the
// global object under a shared symbol, so that a pack and the analysis see the same registry even where
// they are bundled separately.
import type { LanguagePack } from './types';

const KEY = Symbol.for('newslens.language-packs');

type Registry = Map<string, LanguagePack>;

function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  let packs = holder[KEY];
  if (!packs) {
    packs = new Map();
    holder[KEY] = packs;
  }
  return packs;
}

/** Makes a language pack available to the analysis. Registering a code again replaces its pack. */
export function registerPack(pack: LanguagePack): void {
  registry().set(pack.code, pack);
}

/** The pack for a BCP 47 primary subtag, or undefined where none is registered (yet). */
export function packFor(code: string | null | undefined): LanguagePack | undefined {
  return code ? registry().get(code) : undefined;
}
