import type { ComponentChildren } from 'preact';

/** A message in place of results: why there is nothing to show, and what the user can do. */
export function EmptyState({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <section class="tri-state" role="status">
      <h1 class="tri-state__title">{title}</h1>
      {children}
    </section>
  );
}
