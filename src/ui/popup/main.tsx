// Mounts the popup, in the reader's language.
import { render } from 'preact';
import { setDocumentLanguage, t } from '../i18n';
import { PopupApp } from './PopupApp';

setDocumentLanguage();
document.title = t('extName');
const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
