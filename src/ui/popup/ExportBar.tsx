// Takes the report away: copied as Markdown or downloaded as JSON, with a word of feedback either way.
import { useState } from 'preact/hooks';
import type { Report } from '../../core/report';
import { t } from '../i18n';
import { exportFileName, toJson, toMarkdown } from './export';

/** Saves `text` as a file through a temporary link: no downloads permission needed. */
export function downloadText(text: string, fileName: string, type: string, doc: Document = document): void {
  const href = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked a little later: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export function ExportBar({ report, url }: { report: Report; url: string }) {
  const [feedback, setFeedback] = useState<string | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(toMarkdown(report, url, { label: t }));
      setFeedback(t('copied'));
    } catch {
      setFeedback(t('copyFailed'));
    }
  };

  const download = () => {
    downloadText(toJson(report, url), exportFileName(report, url, 'json'), 'application/json');
  };

  return (
    <section class="export">
      <h2>{t('exportTitle')}</h2>
      <div class="buttons">
        <button type="button" class="secondary" data-testid="export-markdown" onClick={() => void copy()}>
          {t('copyMarkdown')}
        </button>
        <button type="button" class="secondary" data-testid="export-json" onClick={download}>
          {t('downloadJson')}
        </button>
      </div>
      <p class="feedback" role="status" data-testid="export-feedback">
        {feedback}
      </p>
    </section>
  );
}
