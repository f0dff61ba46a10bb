import catalog from 'virtual:triangulate/catalog';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../components/shared.css';
import './welcome.css';
import { WelcomePage, type WelcomeStrings } from '../../components/WelcomePage.tsx';
import { settle } from '../../lib/errors.ts';
import { t } from '../../lib/i18n.ts';

/** The commands in the order a reader needs them (the browser lists them in any order). */
const ORDER = ['open-panel', '_execute_sidebar_action', 'next-difference', 'previous-difference'];

/** The commands as the reader's browser has them (keys can be changed there), in the manifest's order. */
function useCommands(): WelcomeStrings['commands'] {
  const [commands, setCommands] = useState<WelcomeStrings['commands']>([]);
  useEffect(
    () =>
      settle(
        'read the command keys',
        browser.commands.getAll().then((all) => {
          const order = (name = '') => ORDER.indexOf(name) >>> 0;
          const listed = all.filter((c) => c.description).sort((a, b) => order(a.name) - order(b.name));
          setCommands(listed.map((c) => ({ description: c.description ?? '', shortcut: c.shortcut ?? '' })));
        }),
      ),
    [],
  );
  return commands;
}

function Welcome() {
  const commands = useCommands();
  const strings: WelcomeStrings = {
    title: t('welcomeTitle'),
    lead: t('welcomeLead'),
    demoTitle: t('welcomeDemoTitle'),
    demo: t('welcomeDemo'),
    howTitle: t('welcomeHowTitle'),
    marks: t('welcomeHowMarks'),
    panel: t('welcomeHowPanel'),
    keys: t('welcomeHowKeys'),
    commands,
    unset: t('welcomeKeysUnset'),
    storyTitle: t('welcomeStoryTitle'),
    story: t('welcomeStory'),
    privacyTitle: t('welcomePrivacyTitle'),
    privacy: t('welcomePrivacy'),
    manage: t('welcomeManage'),
  };
  return <WelcomePage strings={strings} catalog={catalog} onManage={() => void browser.runtime.openOptionsPage()} />;
}

render(<Welcome />, document.getElementById('app')!);
