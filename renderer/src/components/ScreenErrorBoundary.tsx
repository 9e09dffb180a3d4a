// If a screen fails to render (a bug, or data shaped unlike anything expected), only that
// screen is replaced by a message; the banner, navigation, lock and other screens keep working.
import { Component, type ReactNode } from 'react';

interface Props {
  /** Changing it (e.g. the screen id) clears the error, so navigating away recovers. */
  resetKey: string;
  children: ReactNode;
}

export class ScreenErrorBoundary extends Component<Props, { error: Error | null; key: string }> {
  override state = { error: null as Error | null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: Error | null; key: string }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="screen" role="alert">
        <h1>This screen could not be shown</h1>
        <p>{this.state.error.message}</p>
        <p className="muted">
          Nothing was sent or changed. Other screens still work; reopen this one from the
          navigation.
        </p>
      </section>
    );
  }
}
