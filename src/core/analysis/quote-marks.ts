// Finds the spans between quotation marks in one block of text, whatever the convention („…“, »…«,
// «…», “…”, "…", ‚…‘, ‘…’, '…', 「…」) and even where a mark is misused (’…‘). A mark's role is read
// from its surroundings (space before and a letter after opens; a letter before and a space or
// punctuation after closes), because the same glyph opens in one language and closes in another and
// doubles as an apostrophe. Linear in the length of the text.

export type MarkFamily = 'double' | 'single' | 'corner';

export interface MarkSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when the quotation is still open at the end of the text. */
  close: number;
  /** The quoted words: from after the opening mark to before the closing mark (or the end). */
  start: number;
  end: number;
  family: MarkFamily;
  openMark: string;
  /** Nesting depth: 0 for an outermost quotation. */
  depth: number;
}

const FAMILY: Record<string, MarkFamily> = {
  '„': 'double', '“': 'double', '”': 'double', '"': 'double', '«': 'double', '»': 'double', '‟': 'double',
  '‚': 'single', '‘': 'single', '’': 'single', "'": 'single', '‹': 'single', '›': 'single',
  '「': 'corner', '」': 'corner', '『': 'corner', '』': 'corner',
};
/** Any of the marks above: the scan jumps from one to the next. */
const MARK = new RegExp(`[${Object.keys(FAMILY).join('')}]`, 'g');
/** Marks that only ever open or only ever close, whatever surrounds them. */
const ALWAYS_OPENS = new Set(['„', '‚', '「', '『', '‟']);
const ALWAYS_CLOSES = new Set(['」', '』']);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /[\s\u00A0\u202F\u2009]/u;
/** What may stand right before an opening mark: nothing, space, an opening bracket, a dash, a colon… */
const BEFORE_OPEN = /[\s\u00A0\u202F([{\u2013\u2014\-/:,;]/u;
/** What may stand right after a closing mark. */
const AFTER_CLOSE = /[\s\u00A0\u202F.,;:!?)\]}\u2026\u2013\u2014\-/]/u;

const CURLY_DOUBLE = /[“”]/u;

type Role = 'open' | 'close' | 'either' | 'none';

function roleOf(text: string, index: number): Role {
  const mark = text[index]!;
  if (ALWAYS_OPENS.has(mark)) return 'open';
  if (ALWAYS_CLOSES.has(mark)) return 'close';
  const before = index > 0 ? text[index - 1]! : '';
  const after = index + 1 < text.length ? text[index + 1]! : '';
  const letterBefore = before !== '' && LETTER_OR_DIGIT.test(before);
  const letterAfter = after !== '' && LETTER_OR_DIGIT.test(after);
  if (FAMILY[mark] === 'single' && letterBefore && letterAfter) return 'none'; // an apostrophe: don’t, Musk’s
  // French and Swiss guillemets with their inner spaces: `« Nous restons », a dit …`.
  if ((mark === '»' || mark === '›') && before !== '' && SPACE.test(before) && (after === '' || AFTER_CLOSE.test(after))) return 'close';
  if ((mark === '«' || mark === '‹') && (before === '' || BEFORE_OPEN.test(before)) && after !== '' && SPACE.test(after)) return 'open';
  if (FAMILY[mark] === 'single' && letterBefore && (mark === '’' || mark === "'") && /s/i.test(after)) return 'none';
  const canOpen = (before === '' || BEFORE_OPEN.test(before) || FAMILY[before] !== undefined) && after !== '' && !SPACE.test(after);
  const canClose = before !== '' && !SPACE.test(before) && (after === '' || AFTER_CLOSE.test(after) || FAMILY[after] !== undefined);
  if (canOpen && !canClose) return 'open';
  if (canClose && !canOpen) return 'close';
  if (canOpen && canClose) return 'either';
  // Space on both sides: French guillemets with their thin spaces, « texte ».
  if (mark === '«' || mark === '‹') return 'open';
  if (mark === '»' || mark === '›') return 'close';
  return 'none';
}

/** Which closing marks may end a quotation opened by `mark`. Context decides among the rest. */
function closes(openMark: string, closeMark: string, role: Role): boolean {
  switch (openMark) {
    // `„Tod dem Diktator", die …`: a typewriter mark closes a low opening mark where it can only close.
    case '„': return closeMark === '"' ? role === 'close' : closeMark !== '«' && closeMark !== '»' && closeMark !== "'";
    case '«': return closeMark === '»';
    case '»': return closeMark === '«';
    case '‹': return closeMark === '›';
    case '›': return closeMark === '‹';
    case '「': return closeMark === '」';
    case '『': return closeMark === '』';
    case '"': return closeMark === '"';
    case "'": return closeMark === "'" || closeMark === '’';
    // `called the announcement “highly significant."`: a typewriter mark closes a curly one where it can only close.
    case '“': case '”': return closeMark === '"' ? role === 'close' : closeMark !== '«' && closeMark !== '»' && closeMark !== "'";
    default: return closeMark !== '«' && closeMark !== '»' && closeMark !== '"' && closeMark !== "'";
  }
}

interface Opening {
  index: number;
  mark: string;
  family: MarkFamily;
}

/** Every quotation span in `text`, outermost and nested, in order of their opening marks. */
export function findMarkSpans(text: string): MarkSpan[] {
  const spans: MarkSpan[] = [];
  const stack: Opening[] = [];
  const strayClosers: number[] = [];
  MARK.lastIndex = 0;
  for (let hit: RegExpExecArray | null; (hit = MARK.exec(text)); ) {
    const index = hit.index;
    const mark = hit[0];
    const family = FAMILY[mark]!;
    const role = roleOf(text, index);
    if (role === 'none') continue;
    // A mark that may close closes the innermost open quotation of its family it fits.
    if (role === 'close' || role === 'either') {
      let found = -1;
      for (let s = stack.length - 1; s >= 0; s--) {
        if (stack[s]!.family === family && closes(stack[s]!.mark, mark, role)) {
          found = s;
          break;
        }
      }
      if (found >= 0 && (role === 'close' || stack[found]!.mark === mark || !ALWAYS_OPENS.has(mark))) {
        const opening = stack[found]!;
        stack.length = found; // inner quotations left open end here
        spans.push({ open: opening.index, close: index, start: opening.index + 1, end: index, family, openMark: opening.mark, depth: found });
        continue;
      }
      if (role === 'close') {
        // A stray closing mark (or an apostrophe at a word's end); kept where it ends a sentence, which
        // may close a curly quotation misspelt (`“Let’s go. We can win.’ Schumer …`), see below.
        if (family === 'single' && index > 0 && /[.!?,]/u.test(text[index - 1]!)) strayClosers.push(index);
        continue;
      }
    }
    stack.push({ index, mark, family });
  }
  // Quotations still open run to the end of the text, which is how a quotation over several
  // paragraphs is written (the closing mark comes only at the end of the last one). Single marks left
  // open are far more often apostrophes than quotations.
  for (let s = 0; s < stack.length; s++) {
    const opening = stack[s]!;
    if (opening.family === 'single') continue;
    // A typewriter mark left open where the text goes on in curly marks is a stray one (`"Trump laughed it
    // off: “Only Rosie.” But …`), not a quotation to the end.
    if (opening.mark === '"' && CURLY_DOUBLE.test(text.slice(opening.index + 1))) continue;
    // A curly opening mark never closed, with a single closing mark after a sentence's end in its text:
    // that mark was meant to close it.
    const misspelt = opening.mark === '“' ? strayClosers.find((at) => at > opening.index) : undefined;
    if (misspelt !== undefined) {
      spans.push({ open: opening.index, close: misspelt, start: opening.index + 1, end: misspelt, family: opening.family, openMark: opening.mark, depth: s });
      continue;
    }
    spans.push({ open: opening.index, close: -1, start: opening.index + 1, end: text.length, family: opening.family, openMark: opening.mark, depth: s });
  }
  spans.sort((a, b) => a.open - b.open);
  // Depth from containment, since unclosed and stray marks make the stack depth unreliable.
  const outer: MarkSpan[] = [];
  for (const span of spans) {
    while (outer.length && outer[outer.length - 1]!.end <= span.open) outer.pop();
    span.depth = outer.length;
    outer.push(span);
  }
  return spans;
}
