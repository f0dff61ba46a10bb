// The dom tests render components in English, from messages.json, as the browser would.
import { setTranslate } from '../components/i18n.ts';
import { english } from './english.ts';

setTranslate(english);
