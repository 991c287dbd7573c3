// @vitest-environment jsdom
/** The "Back" link: a plain click goes back in the app; a click meant for a new tab or window is the browser's. */
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BackLink } from '../../src/ui/shared/back-link.tsx';
import { answer, openApp, pageHeading, questionText, resetBrowser, UI_TIMEOUT } from './harness.tsx';

function showBackLink() {
  const onBack = vi.fn();
  render(<BackLink href="/questions/age" onBack={onBack} />);
  return { onBack, link: screen.getByRole('link', { name: 'Back' }) };
}

describe('the Back link', () => {
  it('is a real link to the previous page', () => {
    const { link } = showBackLink();
    expect(link).toHaveAttribute('href', '/questions/age');
  });

  it('goes back in the app on a plain click, and stops the browser following the link', () => {
    const { onBack, link } = showBackLink();
    // fireEvent returns false when the app prevented the browser's own handling.
    const followed = fireEvent.click(link, { button: 0 });
    expect(followed).toBe(false);
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['Ctrl', { ctrlKey: true }],
    ['Meta (Cmd)', { metaKey: true }],
    ['Shift', { shiftKey: true }],
    ['middle button', { button: 1 }],
  ])('leaves a %s click to the browser (a new tab or window)', (_name, init) => {
    const { onBack, link } = showBackLink();
    const followed = fireEvent.click(link, { button: 0, ...init });
    expect(followed).toBe(true);
    expect(onBack).not.toHaveBeenCalled();
  });
});

describe('the Back link on a question', () => {
  beforeEach(resetBrowser);

  it(
    'leaves the person on the question when Ctrl-clicked, and goes back on a plain click',
    async () => {
      const { user } = openApp('/');
      await user.click(screen.getByRole('button', { name: 'Start now' }));
      await answer(user, 'emergency-signs', 'none');
      expect(pageHeading()).toHaveTextContent(questionText('warning-signs'));
      const back = screen.getByRole('link', { name: 'Back' });
      await user.keyboard('{Control>}');
      await user.click(back);
      await user.keyboard('{/Control}');
      expect(pageHeading()).toHaveTextContent(questionText('warning-signs'));
      expect(window.location.pathname).toBe('/questions/warning-signs');
      await user.click(back);
      expect(pageHeading()).toHaveTextContent(questionText('emergency-signs'));
      expect(window.location.pathname).toBe('/questions/emergency-signs');
    },
    UI_TIMEOUT,
  );
});
