import { expect } from 'vitest';
import { CorpusError } from '../core/corpus/schema.ts';

/** The CorpusError thrown by `run`, or a failure when it does not throw one. */
export function corpusError(run: () => unknown): CorpusError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return error as CorpusError;
  }
  throw new Error('expected a CorpusError, but nothing was thrown');
}
