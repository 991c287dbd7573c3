import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/ui/shared/advice-version.tsx';

describe('formatDay', () => {
  it('writes a day as the UK reads it, in every month, as the browser would', () => {
    const british = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 9, 10, 28]) {
        const date = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(formatDay(date)).toBe(british.format(new Date(`${date}T00:00:00Z`)));
      }
    }
  });

  it('drops the leading zero of the day and keeps the year whole', () => {
    expect(formatDay('2031-03-05')).toBe('5 March 2031');
  });
});
