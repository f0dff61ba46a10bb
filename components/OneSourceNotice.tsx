/**
 * In place of the comparison on a page whose story has no other source yet (a story just started from it): there
 * is nothing to compare with, so say what the next report will bring instead of "no differences".
 */
export function OneSourceNotice({ title }: { title: string }) {
  return (
    <section class="tri-one-source" data-testid="one-source" aria-label="Nothing to compare with yet">
      <p>
        <strong>This page is the only source of “{title}” so far.</strong>
      </p>
      <p>
        Open another outlet's report of the same event and choose <em>Add this article to “{title}”</em> below. Triangulate will then mark,
        on each page, the claims the other report confirms, and where it gives other numbers, names or words.
      </p>
    </section>
  );
}
