// The about panel says when the extension survived errors, so a user can report them; it says nothing otherwise.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SourcesPanel } from '../../components/SourcesPanel.tsx';
import { catalogOf, compileCorpus } from '../../core/corpus/compile.ts';
import { readStoryFolders } from '../../scripts/corpus-files.ts';

const catalog = catalogOf(compileCorpus(readStoryFolders()));

afterEach(cleanup);

describe('the error count in the about panel', () => {
  it.each([
    [1, '1 error noted'],
    [3, '3 errors noted'],
  ])('shows %i as "%s"', (errors, text) => {
    render(<SourcesPanel catalog={catalog} errors={errors} open />);
    expect(screen.getByText(new RegExp(text)).textContent).toContain('console');
  });

  it('says nothing when there were none', () => {
    const { container } = render(<SourcesPanel catalog={catalog} errors={0} open />);
    expect(container.textContent).not.toMatch(/error/i);
  });
});
