/**
 * The frame around every page: skip link, header, the page itself, footer.
 * The footer links to the FAQ, so every page reaches all the guidance.
 */
import type { ReactNode } from 'react';
import { UpdateNotice } from '../offline/update-notice.tsx';
import { useModel } from '../region/region-context.tsx';
import { AdviceVersion } from '../shared/advice-version.tsx';
import { SERVICE_NAME } from '../shared/use-page-title.ts';
import { FAQ_PATH } from '../triage/page-urls.ts';

interface LayoutProps {
  readonly children: ReactNode;
  /** A one-line message above the page, such as saved answers that could not be used. */
  readonly notice?: string | null;
}

export function Layout({ children, notice }: LayoutProps) {
  const { version } = useModel();
  return (
    <>
      <a href="#main-content" className="skip-link">
        Skip to main content
      </a>
      <header className="header">
        <div className="width-container header__inner">
          <a href={import.meta.env.BASE_URL} className="header__service">
            {SERVICE_NAME}
          </a>
        </div>
      </header>
      <div className="width-container">
        <main id="main-content" className="main" tabIndex={-1}>
          <UpdateNotice />
          {notice && (
            <p className="notice" role="status">
              {notice}
            </p>
          )}
          {children}
        </main>
      </div>
      <footer className="footer">
        <div className="width-container">
          <p>
            <a href={FAQ_PATH}>Questions about back pain after squats</a>
          </p>
          <p>
            This check gives general advice and is not a diagnosis. Your answers stay on this device: nothing is sent
            anywhere, no cookies are used, and your answers are forgotten when you close the page. Only the country you
            choose is remembered, on this device, for next time.
          </p>
          <AdviceVersion version={version} />
        </div>
      </footer>
    </>
  );
}
