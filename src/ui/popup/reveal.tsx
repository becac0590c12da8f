// One item of the report as the popup lists it: a button that shows the item in the page (by its index
// in the report's list), long text cut short with a way to read all of it, and a note when the page no
// longer has the item.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useState } from 'preact/hooks';
import type { ItemRef } from '../../extension/messages';
import { t } from '../i18n';
import { clip } from './group';

export interface Revealer {
  reveal: (item: ItemRef) => void;
  /** Whether the page answered that it no longer has this item. */
  missing: (item: ItemRef) => boolean;
}

export const RevealContext = createContext<Revealer>({ reveal: () => undefined, missing: () => false });

export function itemKey(item: ItemRef): string {
  return `${item.kind}:${item.index}`;
}

/** Readable in one glance in a 380px popup: about three lines. */
const CLIP_AT = 180;

interface ItemProps {
  item: ItemRef;
  text: string;
  /** Marks around the text (quotation marks for quotes). */
  wrap?: [string, string];
  children?: ComponentChildren;
}

export function Item({ item, text, wrap, children }: ItemProps) {
  const { reveal, missing } = useContext(RevealContext);
  const [expanded, setExpanded] = useState(false);
  const short = clip(text, CLIP_AT);
  const long = short !== text.trim().replace(/\s+/g, ' ');
  const shown = expanded || !long ? text : short;
  const [open, close] = wrap ?? ['', ''];
  return (
    <li class="item">
      <button type="button" class="reveal" data-item={itemKey(item)} title={t('showInPage')} onClick={() => reveal(item)}>
        {open}
        {shown}
        {close}
      </button>
      {long ? (
        <button type="button" class="more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('showLess') : t('showMore')}
        </button>
      ) : null}
      {children}
      {missing(item) ? (
        <p class="note" role="status">
          {t('notFound')}
        </p>
      ) : null}
    </li>
  );
}
