import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * A ref that focuses its element once, when it first renders: for a control that replaces the one the keyboard was
 * on (a form opened by its button, an Undo after Delete), which would otherwise leave focus on the page body. The
 * `autofocus` attribute does not do this for elements added after the page loaded.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    if (enabled) ref.current?.focus();
  }, []);
  return ref;
}
