/**
 * An error boundary for one part of the page (a panel, the graph, a dialog). When that part throws
 * while rendering — a bug, or a lazily loaded chunk that will not load — it is replaced by a short
 * message naming it, with a button to try it again, and the rest of the page keeps working.
 * (A class: React offers error boundaries only as class components; a library for 30 lines would
 * only add to the initial bundle.)
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { clipText } from '../../scenario/quote-text.ts';

interface Props {
  /** What failed, as a teacher would name it: "The parameters panel". */
  name: string;
  /** The app grid's area the part fills, so its message takes the same place. */
  area?: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export function quoteError(error: Error): string {
  // On one line, at most as much as any other quoted value (LIMITS.quoteChars).
  return clipText((error.message || String(error)).replace(/\s+/g, ' ').trim());
}

export class PanelBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For whoever opens the console to report it; the page itself says it in words.
    console.warn(`Flowscope: ${this.props.name} failed`, error, info.componentStack);
  }

  retry = (): void => this.setState({ error: null });

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div
        className="fs-alert fs-panel-failed"
        role="alert"
        data-testid="panel-failed"
        style={this.props.area ? { gridArea: this.props.area } : undefined}
      >
        <span>
          <strong>{this.props.name} failed</strong> ({quoteError(error)}). The rest of Flowscope keeps
          working.
        </span>
        <button type="button" className="fs-button" onClick={this.retry}>
          Try again
        </button>
      </div>
    );
  }
}
