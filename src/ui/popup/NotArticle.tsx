// The popup's answer on a page judged not to be an article: why, and a way to analyse it anyway.
import type { Verdict } from '../../core/report';
import { t } from '../i18n';
import { VerdictReasons } from './VerdictReasons';

export function NotArticle({ verdict, onAnalyse }: { verdict: Verdict; onAnalyse: () => void }) {
  return (
    <section class="not-article" data-testid="not-article">
      <p class="verdict verdict-no">{t('notArticle')}</p>
      <p class="lead">{t('notArticleLead')}</p>
      <VerdictReasons verdict={verdict} summary={t('why')} />
      <button type="button" class="primary" onClick={onAnalyse} data-testid="analyse-anyway">
        {t('analyseAnyway')}
      </button>
    </section>
  );
}
