// @vitest-environment jsdom
// Page text in every field the popup and the Markdown export show: quote text, speaker, frame, claim
// text, claim speaker. The analysis takes frames from its lexicons, so a real page cannot put markup in
// one (tests/browser/privacy.ts covers the rest of the path with a hostile page); here each field is fed
// markup directly, and must come out as text in the popup and escaped in the Markdown.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).browser }));
import { ClaimsSection } from '../../../src/ui/popup/ClaimsSection';
import { QuotesSection } from '../../../src/ui/popup/QuotesSection';
import { RevealContext } from '../../../src/ui/popup/reveal';
import { escapeMarkdown, toMarkdown } from '../../../src/ui/popup/export';
import type { Claim, Quote } from '../../../src/core/report';
import { report } from './sample-report';

const IMG = '<img src=x onerror="globalThis.__pwned=1">';
const SCRIPT = '</script><script>globalThis.__pwned=2</script>';
const LINK = '[click](javascript:alert(1))';
const ENTITY = '&lt;b&gt;';
const ALL = [IMG, SCRIPT, LINK, ENTITY];

const quote: Quote = { text: `Er sagte ${IMG} ${ENTITY}`, speaker: `Anna ${SCRIPT}`, frame: `${LINK} ${IMG}` };
const claim: Claim = { text: `Angeblich ${LINK} ${SCRIPT}`, status: 'unsupported', speaker: `${ENTITY} ${IMG}`, reasons: ['hedge: angeblich'] };

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<RevealContext.Provider value={{ reveal: vi.fn(), missing: () => false }}>{node}</RevealContext.Provider>, root);
  for (const details of root.querySelectorAll('details')) details.open = true;
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
  delete (globalThis as { __pwned?: unknown }).__pwned;
});

describe('hostile text in every field', () => {
  it.each([
    ['the quotes (text, speaker, frame)', () => mount(<QuotesSection quotes={[quote]} />), [quote.text, quote.speaker!, quote.frame!]],
    ['the claims (text, speaker)', () => mount(<ClaimsSection claims={[claim]} />), [claim.text, claim.speaker!]],
  ] as const)('is shown as text in %s', (_what, open, fields) => {
    const root = open();
    expect(root.querySelectorAll('img, script, b, a').length).toBe(0);
    for (const field of fields) expect(root.textContent).toContain(field);
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('is escaped in the Markdown export, in every field', () => {
    const markdown = toMarkdown({ ...report, title: `Titel ${IMG}`, quotes: [quote], claims: [claim] }, 'https://news.example/a');
    for (const text of ALL) expect(markdown).not.toContain(text);
    for (const field of [quote.text, quote.speaker!, quote.frame!, claim.text, claim.speaker!]) expect(markdown).toContain(escapeMarkdown(field));
  });
});
