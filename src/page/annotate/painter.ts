// Draws named groups of ranges with the CSS Custom Highlight API: no element is inserted and no style
// of the page is touched. Both browsers Newslens supports (Chrome 116+, Firefox 140+) have the API; where
// it is missing all the same (an embedded or stripped-down browser), nothing is drawn and `available`
// says so: the popup still lists every item, and revealing one selects its text instead (see select()).

type HighlightCtor = new (...ranges: AbstractRange[]) => { priority: number };
interface Registry {
  set(name: string, highlight: unknown): unknown;
  delete(name: string): boolean;
}

function registry(view: Window): { registry: Registry; Highlight: HighlightCtor } | null {
  const scope = view as unknown as { CSS?: { highlights?: Registry }; Highlight?: HighlightCtor };
  const highlights = scope.CSS?.highlights;
  return highlights && typeof scope.Highlight === 'function' ? { registry: highlights, Highlight: scope.Highlight } : null;
}

export class HighlightPainter {
  private readonly api: ReturnType<typeof registry>;
  private readonly drawn = new Set<string>();

  constructor(view: Window) {
    this.api = registry(view);
  }

  get available(): boolean {
    return this.api !== null;
  }

  /** Draws `ranges` under `name` (replacing what was drawn under it); a higher priority paints on top. */
  set(name: string, ranges: readonly AbstractRange[], priority = 0): void {
    if (!this.api) return;
    if (ranges.length === 0) {
      this.delete(name);
      return;
    }
    const highlight = new this.api.Highlight(...ranges);
    highlight.priority = priority;
    this.api.registry.set(name, highlight);
    this.drawn.add(name);
  }

  delete(name: string): void {
    if (!this.api || !this.drawn.delete(name)) return;
    this.api.registry.delete(name);
  }

  clear(): void {
    for (const name of [...this.drawn]) this.delete(name);
  }
}

/** Shows a range as the page's selection: the fallback for revealing an item where nothing can be drawn. */
export function select(range: Range): void {
  const selection = range.startContainer.ownerDocument?.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
