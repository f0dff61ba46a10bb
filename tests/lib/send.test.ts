// Covers lib/send.ts untilAnswered: a message the background may handle twice is sent again, after a growing
// wait, while the background cannot answer (a Chrome service worker stopped several times in a row), and the
// last failure is given up on.
import { describe, expect, it } from 'vitest';
import { untilAnswered } from '../../lib/send.ts';

/** A send that fails `failures` times (the channel closed), then answers; it records when each call came. */
function flaky(failures: number) {
  const calls: number[] = [];
  const start = performance.now();
  const send = () => {
    calls.push(performance.now() - start);
    return calls.length > failures ? Promise.resolve('answered') : Promise.reject(new Error('The message channel closed'));
  };
  return { send, calls };
}

describe('untilAnswered', () => {
  it('answers through as many failures as there are waits, waiting longer each time', async () => {
    const { send, calls } = flaky(3);
    await expect(untilAnswered(send, [0, 20, 60])).resolves.toBe('answered');
    expect(calls).toHaveLength(4);
    expect(calls[2]! - calls[1]!).toBeGreaterThanOrEqual(15);
    expect(calls[3]! - calls[2]!).toBeGreaterThanOrEqual(50);
  });

  it('gives the last failure when the background never answers', async () => {
    const { send, calls } = flaky(10);
    await expect(untilAnswered(send, [0, 5])).rejects.toThrow('channel closed');
    expect(calls).toHaveLength(3);
  });

  it('sends once when the first send answers', async () => {
    const { send, calls } = flaky(0);
    await expect(untilAnswered(send)).resolves.toBe('answered');
    expect(calls).toHaveLength(1);
  });
});
