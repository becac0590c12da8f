// The toolbar popup: for the current tab, whether it is an article and what Newslens read from it.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TabState } from '../../extension/messages';
import { analyseAnyway, tabState, targetTab, type TabView } from '../../extension/tab-client';
import { ArticleSummary } from './ArticleSummary';
import { NotArticle } from './NotArticle';

/** How often to ask again while the content script is still working. */
const POLL_MS = 250;

type View = { kind: 'loading' } | TabView;

function isBusy(state: TabState): boolean {
  return state.phase === 'detecting' || state.phase === 'analysing';
}

export function PopupApp() {
  const [view, setView] = useState<View>({ kind: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const tab = await targetTab();
      if (!tab) {
        setView({ kind: 'error', message: 'There is no tab to read.' });
        return;
      }
      setView(await tabState(tab));
    } catch (error) {
      setView({ kind: 'error', message: (error as Error).message });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    if (view.kind !== 'state' || !isBusy(view.state)) return undefined;
    const timer = setTimeout(() => void refresh(), POLL_MS);
    return () => clearTimeout(timer);
  }, [view, refresh]);

  const onAnalyse = useCallback(async () => {
    if (view.kind !== 'state') return;
    const tabId = view.tabId;
    setView({ kind: 'state', tabId, state: { phase: 'analysing', url: view.state.url, verdict: 'verdict' in view.state ? view.state.verdict : { isArticle: false, confidence: 0, reasons: [] }, forced: true } });
    try {
      setView({ kind: 'state', tabId, state: await analyseAnyway(tabId) });
    } catch (error) {
      setView({ kind: 'error', message: (error as Error).message });
    }
  }, [view]);

  return (
    <main class="popup" aria-live="polite" data-view={view.kind === 'state' ? view.state.phase : view.kind}>
      <header class="brand">
        <img src="/icons/icon-32.png" width={20} height={20} alt="" />
        <span>Newslens</span>
      </header>
      <Body view={view} onAnalyse={onAnalyse} />
    </main>
  );
}

function Body({ view, onAnalyse }: { view: View; onAnalyse: () => void }) {
  switch (view.kind) {
    case 'loading':
      return <Status title="Reading this page…" />;
    case 'restricted':
      return <Status title="Newslens can’t read this page" detail={view.reason} tone="muted" />;
    case 'error':
      return <Status title="Something went wrong" detail={view.message} tone="muted" />;
    case 'state':
      return <StateBody state={view.state} onAnalyse={onAnalyse} />;
  }
}

function StateBody({ state, onAnalyse }: { state: TabState; onAnalyse: () => void }) {
  switch (state.phase) {
    case 'detecting':
      return <Status title="Looking at this page…" />;
    case 'analysing':
      return <Status title="Reading the article…" />;
    case 'not-article':
      return <NotArticle verdict={state.verdict} onAnalyse={onAnalyse} />;
    case 'failed':
      return <Status title="Newslens could not read this page" detail={state.error} tone="muted" />;
    case 'done':
      return <ArticleSummary state={state} />;
  }
}

function Status({ title, detail, tone }: { title: string; detail?: string; tone?: 'muted' }) {
  return (
    <section class={`status ${tone ?? ''}`} data-testid="status">
      <p class="status-title">{title}</p>
      {detail ? <p class="status-detail">{detail}</p> : null}
    </section>
  );
}
