import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Testing Library (and with it React) only where there is a DOM: a test in Node that builds the app must not
// have React loaded for development before the build's server renderer loads it for production.
afterEach(async () => {
  if (typeof document !== 'undefined') (await import('@testing-library/react')).cleanup();
});
