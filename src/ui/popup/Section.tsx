// A foldable part of the popup with a heading and a count, open at first: lets a reader fold away what
// they have read and keeps every heading reachable by keyboard (summary) and screen reader (h2).
import type { ComponentChildren } from 'preact';

export function Section({ testid, title, count, children }: { testid: string; title: string; count: number; children: ComponentChildren }) {
  return (
    <details class="section" open data-testid={testid}>
      <summary>
        <h2>
          {title} <span class="n">({count})</span>
        </h2>
      </summary>
      {children}
    </details>
  );
}

/** A group inside a section: a small heading and its list of items. */
export function Group({ title, count, children, testid }: { title: string; count: number; children: ComponentChildren; testid?: string }) {
  return (
    <div class="group" data-testid={testid}>
      <h3>
        {title} <span class="n">({count})</span>
      </h3>
      <ul class="items">{children}</ul>
    </div>
  );
}
