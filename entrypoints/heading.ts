import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { firstLookPorts } from '../lib/first-look-ports.ts';
import { headingLookIn } from '../lib/heading-look.ts';

/**
 * The heading look (lib/heading-look.ts) in a page whose title is only a site's name, put in by the background:
 * the first heading alone is read; one that names a story brings in the first look (entrypoints/look.ts). Built
 * like it.
 */
export default defineUnlistedScript(() => {
  headingLookIn(document, firstLookPorts);
});
