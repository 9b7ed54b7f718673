import { Component, type ErrorInfo, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { messages } from './messages';

/**
 * Catches a screen's rendering error so the shell (navigation, sign-out) stays usable; the shell
 * keys it by location, so moving to another screen starts afresh. The error text stays in the
 * console: it may hold data of the answer.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Alert
        severity="error"
        action={<Button onClick={() => window.location.reload()}>{messages.errors.reload}</Button>}
      >
        {messages.errors.unexpected}
      </Alert>
    );
  }
}
