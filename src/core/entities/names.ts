// Finds name candidates in one block: runs of capitalised words, split and classified by what stands
// around them. The order of evidence: the gazetteer, then titles and role nouns (`Dr.`, `CEO`,
// `Bundeskanzler`), organisation heads and suffixes (`Universität …`, `… AG`), given names, place
// prepositions, the shape of the word (acronym, camel case), and last a default guess. German needs
// more than "capitalised = name": a lone unknown capitalised word there is left for the article-wide
// linking pass (`Musk` counts once `Elon Musk` is known), never guessed.
import type { EntityKind } from './types';
import type { Context } from './context';
import { key, lookupFacts } from './gazetteer';
import type { Token } from './tokens';

import type { Pending } from './link';
import { isSpace } from './tokens';

export interface Candidate {
  kind: EntityKind;
  block: number;
  start: number;
  end: number;
  /** The entity's name as written here, a German genitive `s` removed (`Microsofts` → `Microsoft`). */
  name: string;
  /** Backed by a lexicon or a context word; false for a guess from capitalisation alone. */
  strong: boolean;
}

// What the word before a run says about it, as bits.
/** A title or role noun stands before the name. */
const PERSON = 1;
/** A determiner stands before it (`der Konzern`, `the Guardian`). */
const DET = 2;
/** A place preposition stands before it (`in Wolfsburg`). */
const PLACE = 4;
/** A numeral token (`30`, the `3` of `271,3`). */
const DIGITS = /^\d+$/u;
/** A parenthesised acronym right after a name (`(LHC)`, `(WHO)`). */
const ACRONYM_AFTER = /^\s*\((\p{Lu}{2,6})\)/u;

/** `s` with every run of white space made one space (most names have none to change). */
function normaliseSpaces(s: string): string {
  let previous = false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    const space = isSpace(c);
    if (space && (c !== 32 || previous)) return s.replace(/\s+/gu, ' ');
    previous = space;
  }
  return s;
}

/**
 * One block's candidates, appended to `found`, and the capitalised tokens left unexplained, appended
 * to `pending` (for the linking pass).
 */
export function scanBlock(
  text: string,
  tokens: readonly Token[],
  block: number,
  context: Context,
  skip: Uint8Array | undefined,
  found: Candidate[],
  pending: Pending[],
): void {
  new Scanner(text, tokens, block, context, found, pending).scan(skip);
}

class Scanner {
  private readonly de: boolean;
  private readonly n: number;
  private readonly shouting: boolean;
  private readonly epoch: number;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly block: number,
    private readonly context: Context,
    private readonly found: Candidate[],
    private readonly pending: Pending[],
  ) {
    this.de = context.lang === 'de';
    const n = tokens.length;
    this.n = n;
    let shouting = false;
    if (n >= 3) {
      let upper = 0;
      for (const token of tokens) if (token.upper) upper++;
      shouting = upper * 2 > n;
    }
    this.shouting = shouting;
    this.epoch = context.epoch;
  }

  private open(i: number): void {
    this.pending.push({ block: this.block, token: this.tokens[i]! });
  }

  private openRange(s: number, e: number): void {
    for (let k = s; k <= e; k++) this.open(k);
  }

  private emit(first: number, last: number, kind: EntityKind, strong: boolean, name?: string): void {
    const start = this.tokens[first]!.start;
    let end = this.tokens[last]!.end;
    if (this.tokens[last]!.w.dotted && this.text.charCodeAt(end) === 46) end++;
    this.found.push({ kind, block: this.block, start, end, name: name ?? normaliseSpaces(this.text.slice(start, end)), strong });
  }

  /** Whether the article writes token i's word in lower case somewhere. */
  private seen(i: number): boolean {
    return this.tokens[i]!.w.mark.seen === this.epoch;
  }

  private nonName(i: number): boolean {
    const token = this.tokens[i]!;
    const w = token.w;
    return w.nonName || (token.init && w.mark.seen === this.epoch && !w.given);
  }

  private gazetteer(from: number, to: number): { length: number; kind: EntityKind; name?: string } | undefined {
    return lookupFacts(this.tokens, from, to, this.de);
  }

  // A one-word gazetteer name that opens a sentence and is written in lower case elsewhere is a common
  // word there (`Orange`, `Threads`, `Nature`).
  private gazetteerHit(from: number, to: number): { length: number; kind: EntityKind; name?: string } | undefined {
    const hit = this.gazetteer(from, to);
    if (hit && hit.length === 1) {
      const token = this.tokens[from]!;
      if (token.init && !token.upper && this.seen(from)) return undefined;
    }
    return hit;
  }

  private opensSomething(i: number, to: number): boolean {
    const w = this.tokens[i]!.w;
    return (i < to && w.given) || this.gazetteerHit(i, to) !== undefined || w.title || w.role || w.det || this.nonName(i);
  }

  /**
   * Where the name of an organisation that starts at token `from` ends, within the run up to `b`: at the
   * last organisation suffix of its name words (`Congressional Budget Office`, `Florida Atlantic
   * University`, `State Department Refugee Processing Center`), or, where a head has a link after it, at
   * the last name word after the link (`Federal Bureau of Prisons`, `Center for Responsive Politics`).
   * The name words stop at a role, a title, a given name, a function word or a compound; -1 where no
   * suffix comes before that.
   */
  private organisationEnd(from: number, b: number): number {
    const tokens = this.tokens;
    const nameWord = (k: number): boolean => {
      const w = tokens[k]!.w;
      return tokens[k]!.cap && !w.role && !w.title && !w.given && !w.hyphen && !this.nonName(k);
    };
    let end = -1;
    for (let k = from; k <= b; k++) {
      if (!nameWord(k)) return end;
      const w = tokens[k]!.w;
      if (w.orgHead && k + 2 <= b && tokens[k + 1]!.w.orgLink && nameWord(k + 2)) {
        end = k + 2;
        while (end + 1 <= b && nameWord(end + 1) && !tokens[end + 1]!.w.formOrSuffix) end++;
        return end;
      }
      // The last suffix of the stretch ends it: `State Department Refugee Processing Center`.
      if (w.formOrSuffix) end = k;
    }
    return end;
  }

  /**
   * The last letter of the initials that start at token p (`U.S.`, `J.K.`, `J. K.`: single capitals, each
   * followed by a full stop, at least two), else -1.
   */
  private initialsEnd(p: number, b: number): number {
    const tokens = this.tokens;
    let k = p;
    while (k + 1 <= b && tokens[k]!.w.singleUpper && tokens[k + 1]!.w.singleUpper && /^\.\s?$/u.test(this.text.slice(tokens[k]!.end, tokens[k + 1]!.start))) k++;
    return k > p && this.text.charCodeAt(tokens[k]!.end) === 46 ? k : -1;
  }

  /**
   * Initials p..k and what they open in the run up to b; returns the token to go on from. An
   * organisation's name that follows belongs to them (`U.S. Judicial Conference`); initials the
   * gazetteer knows by their letters are that name (`U.S.`, `U.K.`); one or two names after others are a
   * person's (`J.K. Rowling`). Initials that are none of these are no name (`D.C.`), as before.
   */
  private initialism(p: number, k: number, b: number): number {
    const tokens = this.tokens;
    const organisation = this.organisationEnd(k + 1, b);
    if (organisation >= 0) {
      this.emit(p, organisation, 'organization', true);
      return organisation + 1;
    }
    let letters = '';
    for (let i = p; i <= k; i++) letters += tokens[i]!.text;
    const known = this.context.gazetteer.single.get(key(letters));
    const written = normaliseSpaces(this.text.slice(tokens[p]!.start, tokens[k]!.end + 1));
    if (known !== undefined) {
      this.found.push({ kind: known, block: this.block, start: tokens[p]!.start, end: tokens[k]!.end + 1, name: written, strong: true });
      return k + 1;
    }
    let surname = k;
    while (surname + 1 <= b && surname - k < 2 && tokens[surname + 1]!.w.namey && !this.nonName(surname + 1) && !tokens[surname + 1]!.w.role) surname++;
    if (surname > k) this.emit(p, surname, 'person', true);
    return surname + 1;
  }

  /** What the word before a run says about it. */
  private before(a: number): number {
    const previous = this.tokens[a - 1];
    const current = this.tokens[a]!;
    if (!previous) return 0;
    const w = previous.w;
    let flags = 0;
    // A name after a title's own full stop (`Dr. Meier`, `Sen. Warnock`), not after a sentence that ends
    // with a title (`…, sagte der Minister. Die Schwester …`).
    if (w.title && (current.spaced || (current.afterDot && w.dottedTitle))) flags |= PERSON;
    if (!current.spaced) return flags;
    if (w.role) flags |= PERSON;
    if (!previous.cap && w.det) flags |= DET;
    // German `der neue Konzern`: an adjective between determiner and noun.
    if (this.de && !previous.cap && previous.spaced && a >= 2 && this.tokens[a - 2]!.w.det) flags |= DET;
    if (!previous.cap && w.placePrep) flags |= PLACE;
    return flags;
  }

  private segment(s: number, e: number, flags: number): void {
    if (s > e) return;
    const tokens = this.tokens;
    const de = this.de;
    const first = tokens[s]!;
    const last = tokens[e]!;
    const fw = first.w;
    const count = e - s + 1;
    // German genitive inside a run: `Nvidias Umsatz` is a name and a noun, not one name.
    if (de && count >= 2) {
      for (let k = s; k < e; k++) {
        if (tokens[k]!.w.genS) {
          this.segment(s, k, flags);
          this.segment(k + 1, e, 0);
          return;
        }
      }
    }
    // No one-word name of two letters but acronyms (`Jr`, `St`, `Co` are abbreviations).
    if (count === 1 && first.text.length < 3 && !first.upper) return;
    if (count >= 2 && last.w.formOrSuffix) return this.emit(s, e, 'organization', true);
    if (count >= 2 && fw.orgHead) return this.emit(s, e, 'organization', true);
    if (count === 1 && de && fw.body) return this.emit(s, e, 'organization', true);
    if (flags & PERSON || (count >= 2 && fw.given)) {
      if (count === 1 && (first.upper || fw.given || fw.orgHead)) return this.open(s);
      return this.emit(s, e, 'person', true);
    }
    // In a title-case heading every word is "sentence-initial": unknown words there prove nothing.
    if (count >= 2 && last.init) return this.openRange(s, e);
    let hyphen = false;
    for (let k = s; k <= e; k++) if (tokens[k]!.w.hyphen) hyphen = true;
    // Compounds are words of their own, not mentions: `Twitter-Daten` is data, `US-Dollar` a currency,
    // `Social-Media-Management-Tool` a product category. Only known names (gazetteer, persons) keep hyphens.
    if (hyphen) return this.openRange(s, e);
    if (count === 1 && first.upper) {
      if (!this.shouting && first.text.length <= 6 && !fw.nonOrgAcronym && !this.seen(e)) {
        this.emit(s, e, 'organization', true);
      }
      return;
    }
    if (count === 1 && fw.camel) return this.emit(s, e, 'organization', true);
    if (de) {
      if (count >= 2 && !fw.given && first.text.length >= 4 && fw.adjective) {
        this.open(s);
        return this.segment(s + 1, e, 0);
      }
      if (flags & PLACE && !(flags & DET) && (count >= 2 || fw.town)) return this.emit(s, e, 'place', true);
      if (flags & DET || count === 1) return this.openRange(s, e);
      // Nothing but capitalisation says "name" here, and the words' endings may say otherwise: a dative
      // plural or an abstract noun makes the run common nouns side by side (`bei Vermehrern Welpen`,
      // `Thema Nachhaltigkeit`, `Richtung Zentrum`), left for the linking pass. Organisations with such
      // a word are known by their head or suffix before this point (`Bertelsmann Stiftung`).
      for (let k = s; k <= e; k++) if (tokens[k]!.w.dativePlural || tokens[k]!.w.abstractNoun) return this.openRange(s, e);
    } else {
      if (count === 1 && (first.init || fw.given || this.seen(e))) return this.open(s);
      if (flags & PLACE) return this.emit(s, e, 'place', true);
      if (count === 1 || flags & DET) return this.emit(s, e, 'organization', false);
    }
    // A run right after a numeral is what was counted or measured (`271,3 Grad Celsius`, `20 Millionen
    // Dollar`), not a name, when nothing but capitalisation says so.
    if (s > 0 && first.spaced && DIGITS.test(tokens[s - 1]!.text)) return this.openRange(s, e);
    let namey = count <= 3;
    for (let k = s; k <= e && namey; k++) namey = tokens[k]!.w.namey;
    // An acronym of its initials in parentheses after it names a thing or a body, not a person (`Large
    // Hadron Collider (LHC)`, `Geological Survey (USGS)`); a party after a person does not (`Willi Lemke (SPD)`).
    const acronym = namey ? ACRONYM_AFTER.exec(this.text.slice(last.end, last.end + 12))?.[1] : undefined;
    if (acronym) {
      let initials = '';
      for (let k = s; k <= e; k++) initials += tokens[k]!.text[0]!.toUpperCase();
      if (acronym.endsWith(initials)) namey = false;
    }
    this.emit(s, e, namey ? 'person' : 'organization', false);
  }

  /** Classifies the run a..b; returns the last token it used (a gazetteer name may run on past b). */
  private run(a: number, b: number): number {
    const tokens = this.tokens;
    const n = this.n;
    let used = b;
    let flags = this.before(a);
    let p = a;
    while (p <= b) {
      const token = tokens[p]!;
      const w = token.w;
      const initials = this.initialsEnd(p, b);
      if (initials >= 0) {
        const next = this.initialism(p, initials, b);
        // After initials that stand alone, the words are a body or a thing (`U.S. Navy`), not a person, as after an article.
        flags = next === initials + 1 && next <= b ? DET : 0;
        p = next;
        continue;
      }
      // An organisation head takes the rest of the run: `Universität Hamburg`, `Bank of England`.
      const following = tokens[p + 1]?.cap ? p + 1 : p + 2;
      if (following <= b && w.orgHead && !this.nonName(following) && this.gazetteer(p, b)?.length !== b - p + 1) {
        let q = p + 1;
        while (q <= b && !tokens[q]!.w.role) q++;
        this.emit(p, q - 1, 'organization', true);
        flags = 0;
        p = q;
        continue;
      }
      // The gazetteer may read past the run into lower-case words: `Commission européenne`.
      const hit = w.given && p < b ? undefined : this.gazetteerHit(p, p === b ? n - 1 : b);
      if (hit) {
        let last = p + hit.length - 1;
        used = Math.max(used, last);
        // A legal form after a known name belongs to it: `Siemens AG`, `Apple Inc.`
        let kind = hit.kind;
        const name = hit.name;
        if (last < b && name === undefined && tokens[last + 1]!.w.formOrSuffix) {
          last++;
          kind = 'organization';
        }
        // A place that opens an organisation's name is part of it: `Florida Atlantic University`, `New York University`.
        const organisation = kind === 'place' && name === undefined ? this.organisationEnd(last + 1, b) : -1;
        if (organisation >= 0) {
          last = organisation;
          kind = 'organization';
        }
        this.emit(p, last, kind, true, name);
        p = last + 1;
        flags = 0;
        continue;
      }
      if (w.title || w.role) {
        flags |= PERSON;
        p++;
        continue;
      }
      if (w.det) {
        flags |= DET;
        p++;
        continue;
      }
      // A nationality or party before an organisation's name is part of it: `Democratic National Committee`.
      const adjectiveOpens = w.orgAdjective && p < b ? this.organisationEnd(p + 1, b) : -1;
      if (adjectiveOpens >= 0) {
        this.emit(p, adjectiveOpens, 'organization', true);
        flags = 0;
        p = adjectiveOpens + 1;
        continue;
      }
      // (A headline's verb of saying opens no name either: `… Says Trump Is Offensive`.)
      if (this.nonName(p) || w.sayingVerb) {
        if (token.init) this.open(p);
        flags = 0;
        p++;
        continue;
      }
      // The stretch of unknown words: up to the next word that opens something else. A stretch that
      // starts with a given name runs over gazetteer words (`Harrison Ford`).
      let q = p + 1;
      if (w.given) {
        for (; q <= b; q++) {
          const next = tokens[q]!;
          const nw = next.w;
          // After a capitalised particle the word is the surname, whatever else it means: `Bruno Le Maire`.
          const afterParticle = q - 1 > p && tokens[q - 1]!.cap && tokens[q - 1]!.w.particle;
          if (next.cap && !afterParticle && (nw.role || nw.title || (nw.nonName && !nw.det))) break;
          // A headline's verb after the surname (`Hillary Clinton Says Trump …`, `Donald Trump Calls Out …`).
          if (nw.sayingVerb && q > p + 1) break;
        }
      } else {
        // An organisation's name whose link the stretch would stop at: `Federal Bureau of Prisons`.
        const organisation = this.organisationEnd(p, b);
        if (organisation > p) {
          this.emit(p, organisation, 'organization', true);
          flags = 0;
          p = organisation + 1;
          continue;
        }
        while (q <= b && !this.opensSomething(q, b)) q++;
      }
      this.segment(p, q - 1, flags);
      flags = 0;
      p = q;
    }
    return used;
  }

  scan(skip: Uint8Array | undefined): void {
    const tokens = this.tokens;
    const n = this.n;
    let i = 0;
    while (i < n) {
      const token = tokens[i]!;
      if (skip && skip[i]) {
        i++;
        continue;
      }
      if (!token.cap) {
        const kind = token.w.lowerKind;
        if (kind) this.found.push({ kind, block: this.block, start: token.start, end: token.end, name: token.text, strong: true });
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < n && !(skip && skip[j + 1]) && !tokens[j]!.possessive) {
        const current = tokens[j]!;
        const next = tokens[j + 1]!;
        // `U.S. Judicial Conference`: the letters of a dotted initialism belong together.
        const initialism = current.w.singleUpper && next.w.singleUpper && this.text.slice(current.end, next.start) === '.';
        if (next.cap && (next.spaced || next.afterAmpersand || (next.afterDot && current.w.singleUpper) || initialism)) {
          j++;
          continue;
        }
        if (next.cap || !next.spaced) break;
        // `Ursula von der Leyen`, `Charles de Gaulle`: particles only right after a given name.
        if (next.w.particle && current.w.given) {
          let k = j + 1;
          while (k < n && k <= j + 2 && !tokens[k]!.cap && tokens[k]!.spaced && tokens[k]!.w.particle) k++;
          if (k < n && tokens[k]!.cap && tokens[k]!.spaced && !(skip && skip[k])) {
            j = k;
            continue;
          }
        }
        // `Bank of England`, `Institut für Weltwirtschaft`: links only right after an organisation head.
        const after = tokens[j + 2];
        if (next.w.orgLink && current.w.orgHead && after && after.cap && after.spaced && !(skip && skip[j + 2])) {
          j += 2;
          continue;
        }
        break;
      }
      i = this.run(i, j) + 1;
    }
  }
}
