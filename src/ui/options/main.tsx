// Mounts the options page, in the reader's language.
import { render } from 'preact';
import { setDocumentLanguage, t } from '../i18n';
import { OptionsApp } from './OptionsApp';

setDocumentLanguage();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
