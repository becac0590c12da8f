// The popup's smaller answers: still working, a page it may not or could not read, and a page left
// alone because the reader switched Newslens off there or wants annotation only on request.
import type { IdleReason } from '../../extension/messages';
import { t } from '../i18n';

/** A state in a sentence or two; `technical` is an error's own words, shown small beneath the explanation. */
export function Status({ title, detail, technical, tone, busy }: { title: string; detail?: string; technical?: string; tone?: 'muted'; busy?: boolean }) {
  return (
    <section class={`status ${tone ?? ''}`} data-testid="status" role="status" aria-busy={busy ? 'true' : undefined}>
      <p class="status-title">{title}</p>
      {detail ? <p class="status-detail">{detail}</p> : null}
      {technical ? <p class="status-technical" data-testid="status-technical">{technical}</p> : null}
    </section>
  );
}

interface IdleProps {
  reason: IdleReason;
  site: string | null;
  onAnnotate: () => void;
  onSiteOn: () => void;
}

export function Idle({ reason, site, onAnnotate, onSiteOn }: IdleProps) {
  if (reason === 'site-off') {
    return (
      <section class="idle" data-testid="idle" data-reason={reason}>
        <p class="status-title">{t('idleSiteOffTitle', site ?? '')}</p>
        <p class="status-detail">{t('idleSiteOffDetail')}</p>
        <button type="button" class="primary" data-testid="site-toggle" onClick={onSiteOn}>
          {t('siteOn')}
        </button>
      </section>
    );
  }
  return (
    <section class="idle" data-testid="idle" data-reason={reason}>
      <p class="status-title">{t('idleOnRequestTitle')}</p>
      <p class="status-detail">{t('idleOnRequestDetail')}</p>
      <button type="button" class="primary" data-testid="annotate-now" onClick={onAnnotate}>
        {t('annotateNow')}
      </button>
    </section>
  );
}
