/**
 * The frame around every page: skip link, header, the page itself, footer.
 * The header and footer are where the region picker and the FAQ link go.
 */
import type { ReactNode } from 'react';
import { SERVICE_NAME } from '../shared/use-page-title.ts';

interface LayoutProps {
  readonly children: ReactNode;
  /** A one-line message above the page, such as saved answers that could not be used. */
  readonly notice?: string | null;
}

export function Layout({ children, notice }: LayoutProps) {
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
          {/* The region picker (emergency numbers for the UK, US, Australia and elsewhere) goes here. */}
        </div>
      </header>
      <div className="width-container">
        <main id="main-content" className="main" tabIndex={-1}>
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
          {/* The link to the frequently asked questions goes here. */}
          <p>
            This check gives general advice and is not a diagnosis. Your answers stay on this device: nothing is sent
            anywhere, and no cookies are used.
          </p>
        </div>
      </footer>
    </>
  );
}
