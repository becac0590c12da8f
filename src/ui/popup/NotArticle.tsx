// The popup's answer on a page judged not to be an article: why, and a way to analyse it anyway.
import type { Verdict } from '../../core/report';
import { VerdictReasons } from './VerdictReasons';

export function NotArticle({ verdict, onAnalyse }: { verdict: Verdict; onAnalyse: () => void }) {
  return (
    <section class="not-article" data-testid="not-article">
      <p class="verdict verdict-no">Not an article</p>
      <p class="lead">This page doesn’t look like a news article, so Newslens left it alone.</p>
      <VerdictReasons verdict={verdict} summary="Why" />
      <button type="button" class="primary" onClick={onAnalyse} data-testid="analyse-anyway">
        Analyse anyway
      </button>
    </section>
  );
}
