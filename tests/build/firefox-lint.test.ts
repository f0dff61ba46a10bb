// The Firefox build passes Mozilla's addons-linter with no errors. The only warnings allowed are the
// innerHTML assignments inside Preact and Readability (library code; our own code never uses innerHTML).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

interface LintMessage {
  readonly code: string;
  readonly file?: string;
  readonly message: string;
}

describe('addons-linter on the Firefox build', () => {
  it('reports no errors and no warnings but the libraries\' innerHTML', () => {
    let output: string;
    try {
      output = execFileSync(join(root, 'node_modules', '.bin', 'addons-linter'), ['.output/firefox-mv2', '--output', 'json'], { cwd: root, encoding: 'utf8' });
    } catch (error) {
      // addons-linter exits non-zero when it finds errors; its JSON report is still on stdout.
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(output) as { errors: LintMessage[]; warnings: LintMessage[] };
    expect(report.errors).toEqual([]);
    const unexpected = report.warnings.filter((w) => w.code !== 'UNSAFE_VAR_ASSIGNMENT');
    expect(unexpected).toEqual([]);
  });
});
