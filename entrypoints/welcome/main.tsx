import catalog from 'virtual:triangulate/catalog';
import { render } from 'preact';
import { setTranslate } from '../../components/i18n.ts';
import { translateWithBrowser } from '../../lib/i18n.ts';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../components/shared.css';
import './welcome.css';
import { WelcomePage, type WelcomeCommand } from '../../components/WelcomePage.tsx';
import { settle } from '../../lib/errors.ts';

/** The commands in the order a reader needs them (the browser lists them in any order). */
const ORDER = ['open-panel', '_execute_sidebar_action', 'next-difference', 'previous-difference'];

/** The commands as the reader's browser has them (keys can be changed there), in the manifest's order. */
function useCommands(): readonly WelcomeCommand[] {
  const [commands, setCommands] = useState<readonly WelcomeCommand[]>([]);
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
  return <WelcomePage commands={useCommands()} catalog={catalog} onManage={() => void browser.runtime.openOptionsPage()} />;
}

setTranslate(translateWithBrowser);
render(<Welcome />, document.getElementById('app')!);
