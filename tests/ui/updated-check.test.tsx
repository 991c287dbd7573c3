// @vitest-environment jsdom
/**
 * A new version, deployed while the app is open: its service worker waits,
 * the app says so, and switches only when the person asks, reloading where
 * they are. A fake service worker container stands in for the browser's.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A worker as the browser reports it, recording what the page posts to it. */
class FakeWorker extends EventTarget {
  state = 'installing';
  readonly posted: unknown[] = [];
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  become(state: string) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  readonly update = vi.fn(async () => {});
  /** The browser found a new version and starts installing it. */
  find(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

class FakeContainer extends EventTarget {
  controller: object | null;
  readonly registration = new FakeRegistration();
  readonly register = vi.fn(async () => this.registration);
  constructor(controlled: boolean) {
    super();
    this.controller = controlled ? {} : null;
  }
}

let container: FakeContainer;
const reload = vi.fn();

/** The module afresh (it keeps the waiting worker), with the browser's container replaced. */
async function load(controlled: boolean) {
  container = new FakeContainer(controlled);
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  vi.resetModules();
  const module = await import('../../src/ui/offline/service-worker.ts');
  const { UpdateNotice } = await import('../../src/ui/offline/update-notice.tsx');
  return { ...module, UpdateNotice };
}

const notice = () => screen.queryByText(/An updated version of this check is ready/);
const useIt = () => screen.queryByRole('button', { name: 'Use the updated check' });

describe('an updated check', () => {
  beforeEach(() => {
    vi.stubGlobal('location', { ...window.location, reload });
    reload.mockClear();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is announced once it has downloaded, and used only when the person asks: then the page reloads where it is', async () => {
    const { registerServiceWorker, UpdateNotice } = await load(true);
    render(<UpdateNotice />);
    await act(async () => registerServiceWorker());
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
    expect(notice()).toBeNull();
    const next = new FakeWorker();
    act(() => container.registration.find(next));
    act(() => next.become('installed'));
    expect(screen.getByRole('status')).toHaveTextContent('An updated version of this check is ready.');
    expect(next.posted).toEqual([]);
    await userEvent.setup().click(useIt() as HTMLElement);
    expect(next.posted).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('is announced when it was found on an earlier visit and still waits', async () => {
    const { registerServiceWorker, UpdateNotice } = await load(true);
    container.registration.waiting = new FakeWorker();
    render(<UpdateNotice />);
    await act(async () => registerServiceWorker());
    expect(useIt()).toBeVisible();
  });

  it('is not announced on the first visit, when the first worker takes the page', async () => {
    const { registerServiceWorker, UpdateNotice } = await load(false);
    render(<UpdateNotice />);
    await act(async () => registerServiceWorker());
    const first = new FakeWorker();
    act(() => container.registration.find(first));
    act(() => first.become('installed'));
    expect(notice()).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('is not offered, and nothing breaks, when the browser registers no worker', async () => {
    const { registerServiceWorker, UpdateNotice } = await load(true);
    container.register.mockResolvedValueOnce(undefined as unknown as FakeRegistration);
    render(<UpdateNotice />);
    await act(async () => registerServiceWorker());
    expect(notice()).toBeNull();
  });

  it('is looked for whenever the app comes back into view', async () => {
    const { registerServiceWorker } = await load(true);
    await act(async () => registerServiceWorker());
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(container.registration.update).toHaveBeenCalledTimes(1);
  });
});
