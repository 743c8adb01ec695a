import { describe, expect, it } from 'vitest';
import { seconds } from '../bench/report';

describe('the bench’s durations', () => {
  it('shows tenths under two minutes and whole seconds past them', () => {
    expect(seconds(42.54)).toBe('42.5 s');
    expect(seconds(625.4)).toBe('10 min 25 s');
  });

  it('carries a minute rather than writing 60 seconds', () => {
    expect(seconds(179.6)).toBe('3 min 0 s');
    expect(seconds(239.5)).toBe('4 min 0 s');
  });
});
