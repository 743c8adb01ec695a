import { describe, expect, it } from 'vitest';
import { logSeconds } from '../bench/builds';
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

describe('the durations the builds log', () => {
  it('reads milliseconds, seconds, and minutes with or without seconds', () => {
    expect(logSeconds('693ms')).toBe(0.693);
    expect(logSeconds('16.65s')).toBe(16.65);
    expect(logSeconds('1m 4s')).toBe(64);
    // Vite's way of writing 60.3 s, as a build of 14,000 cases logged its bundling.
    expect(logSeconds('1m')).toBe(60);
  });

  it('gives no number for what is not a duration', () => {
    expect(logSeconds(undefined)).toBeNaN();
    expect(logSeconds('')).toBeNaN();
    expect(logSeconds('soon')).toBeNaN();
  });
});
