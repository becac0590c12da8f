// The toolbar popup: for the current tab, whether it is an article, what Newslens found in it and how
// the page is annotated. It asks the tab's content script for its state (polling while it works),
// changes the stored settings the content script follows, and asks it to show items.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { ANALYSIS_TIMEOUT_MS, errorMessage, type FailureKind, type ItemRef, type TabState } from '../../extension/messages';
import { siteOf, withCategory, withSite } from '../../extension/settings';
import { analyseAnyway, annotateNow, reveal, tabState, targetTab, type TabView } from '../../extension/tab-client';
import type { Notice } from '../../extension/restricted';
import type { HighlightCategory } from '../../page/annotate/categories';
import { t, type MessageKey } from '../i18n';
import { useSettings } from '../use-settings';
import { DoneView } from './DoneView';
import { NotArticle } from './NotArticle';
import { itemKey, RevealContext, type Revealer } from './reveal';
import { Idle, Status } from './StateViews';

/** How often to ask again while the content script is still working. */
const POLL_MS = 250;
/** How long the content script may take to apply a changed setting before the popup asks again. */
const SETTLE_MS = 300;

type View = { kind: 'loading' } | TabView;

function isBusy(state: TabState): boolean {
  return state.phase === 'detecting' || state.phase === 'analysing';
}

/** An unexpected error as a notice: the browser's own words, which no message translates, marked as the technical detail. */
function noticeOf(error: unknown): Notice {
  return { key: 'failureTechnical', substitutions: [errorMessage(error)] };
}

/** Why a reading failed, in the reader's language (an unknown kind, from another version, reads as the page's). */
function failureText(failure: FailureKind): string {
  if (failure === 'analysis-timeout') return t('failureAnalysisTimeout', String(ANALYSIS_TIMEOUT_MS / 1000));
  if (failure === 'analysis-failed') return t('failureAnalysisFailed');
  return t('failurePageError');
}

/** A notice of the extension's (a restriction, an error) in the reader's language. */
function noticeText(notice: Notice): string {
  return t(notice.key as MessageKey, notice.substitutions);
}

export function PopupApp() {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const { settings, change } = useSettings();
  // Answers from the tab can arrive out of order (a poll still under way when the reader clicks): only
  // the answer to the latest question is shown.
  const asked = useRef(0);

  const refresh = useCallback(async () => {
    const ticket = ++asked.current;
    const show = (next: View) => {
      if (ticket === asked.current) setView(next);
    };
    try {
      const tab = await targetTab();
      if (!tab) {
        show({ kind: 'error', message: { key: 'noTab' } });
        return;
      }
      show(await tabState(tab));
    } catch (error) {
      show({ kind: 'error', message: noticeOf(error) });
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

  const tabId = view.kind === 'state' ? view.tabId : null;
  const url = view.kind === 'state' ? view.state.url : null;
  const site = siteOf(url);

  /** Runs one request to the tab, showing `interim` meanwhile and its answer (or failure) after. */
  const ask = useCallback(
    async (request: (tabId: number) => Promise<TabState>, interim: TabState) => {
      if (tabId === null) return;
      const ticket = ++asked.current;
      const show = (next: View) => {
        if (ticket === asked.current) setView(next);
      };
      setView({ kind: 'state', tabId, state: interim });
      try {
        show({ kind: 'state', tabId, state: await request(tabId) });
      } catch (error) {
        show({ kind: 'error', message: noticeOf(error) });
      }
    },
    [tabId],
  );

  const onAnalyse = useCallback(() => {
    if (view.kind !== 'state') return;
    const verdict = 'verdict' in view.state ? view.state.verdict : { isArticle: false, confidence: 0, reasons: [] };
    void ask(analyseAnyway, { phase: 'analysing', url: view.state.url, verdict, forced: true });
  }, [view, ask]);

  const onAnnotate = useCallback(() => {
    if (url === null) return;
    void ask(annotateNow, { phase: 'detecting', url });
  }, [url, ask]);

  /** Stores a changed setting; says so in the popup when storage refuses. */
  const store = useCallback(
    async (update: Parameters<typeof change>[0]): Promise<boolean> => {
      try {
        await change(update);
        setNotice(null);
        return true;
      } catch (error) {
        setNotice(t('settingsError', errorMessage(error)));
        return false;
      }
    },
    [change],
  );

  const onCategory = useCallback(
    (category: HighlightCategory, shown: boolean) => {
      void store((current) => withCategory(current, category, shown)).then((saved) => {
        // The content script redraws on its own; ask again for the new counts of what is drawn.
        if (saved) setTimeout(() => void refresh(), SETTLE_MS);
      });
    },
    [store, refresh],
  );

  const onSiteOff = useCallback(() => {
    if (site === null) return;
    void store((current) => withSite(current, site, false)).then((saved) => {
      if (saved) setTimeout(() => void refresh(), SETTLE_MS);
    });
  }, [site, store, refresh]);

  const onSiteOn = useCallback(() => {
    if (site === null) return;
    void store((current) => withSite(current, site, true)).then((saved) => {
      if (saved) onAnnotate();
    });
  }, [site, store, onAnnotate]);

  const revealer = useMemo<Revealer>(
    () => ({
      reveal: (item: ItemRef) => {
        if (tabId === null) return;
        const key = itemKey(item);
        void reveal(tabId, item)
          .catch(() => ({ ok: false }))
          .then(({ ok }) =>
            setMissing((before) => {
              if (ok === !before.has(key)) return before;
              const after = new Set(before);
              if (ok) after.delete(key);
              else after.add(key);
              return after;
            }),
          );
      },
      missing: (item: ItemRef) => missing.has(itemKey(item)),
    }),
    [tabId, missing],
  );

  return (
    <main class="popup" data-view={view.kind === 'state' ? view.state.phase : view.kind}>
      <header class="brand">
        <img src="/icons/icon-32.png" width={20} height={20} alt="" />
        <span>{t('extName')}</span>
        <button type="button" class="link" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      {notice ? (
        <p class="note" role="alert" data-testid="notice">
          {notice}
        </p>
      ) : null}
      <RevealContext.Provider value={revealer}>
        <Body view={view} settings={settings} site={site} onAnalyse={onAnalyse} onAnnotate={onAnnotate} onCategory={onCategory} onSiteOff={onSiteOff} onSiteOn={onSiteOn} />
      </RevealContext.Provider>
    </main>
  );
}

interface BodyProps {
  view: View;
  settings: ReturnType<typeof useSettings>['settings'];
  site: string | null;
  onAnalyse: () => void;
  onAnnotate: () => void;
  onCategory: (category: HighlightCategory, shown: boolean) => void;
  onSiteOff: () => void;
  onSiteOn: () => void;
}

function Body(props: BodyProps) {
  const { view } = props;
  switch (view.kind) {
    case 'loading':
      return <Status title={t('loading')} busy />;
    case 'restricted':
      return <Status title={t('restrictedTitle')} detail={noticeText(view.reason)} tone="muted" />;
    case 'error':
      return <Status title={t('errorTitle')} detail={noticeText(view.message)} tone="muted" />;
    case 'state':
      return <StateBody {...props} state={view.state} />;
  }
}

function StateBody({ state, settings, site, onAnalyse, onAnnotate, onCategory, onSiteOff, onSiteOn }: BodyProps & { state: TabState }) {
  switch (state.phase) {
    case 'detecting':
      return <Status title={t('detecting')} busy />;
    case 'analysing':
      return <Status title={t('analysing')} busy />;
    case 'idle':
      return <Idle reason={state.reason} site={site} onAnnotate={onAnnotate} onSiteOn={onSiteOn} />;
    case 'not-article':
      return <NotArticle verdict={state.verdict} onAnalyse={onAnalyse} />;
    case 'failed':
      return <Status title={t('failedTitle')} detail={failureText(state.failure)} technical={t('failureTechnical', state.error)} tone="muted" />;
    case 'done':
      return <DoneView state={state} settings={settings} site={site} onCategory={onCategory} onSiteOff={onSiteOff} />;
  }
}
