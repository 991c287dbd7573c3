/** Catches anything unexpected while a page renders, so the person never sees a blank page. */
import { Component, type ReactNode } from 'react';
import { ProblemPage } from './problem-page.tsx';

interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** Clears what may have caused it and shows the start page. */
  readonly onStartAgain: () => void;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <ProblemPage
        title="Sorry, something went wrong"
        explanation="The check stopped working. Your answers have not been sent anywhere. You can start again."
        onStartAgain={() => {
          this.setState({ failed: false });
          this.props.onStartAgain();
        }}
      />
    );
  }
}
