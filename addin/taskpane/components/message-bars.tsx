import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { Message } from '../../state/app-store';

export interface MessageBarsProps {
  readonly messages: readonly Message[];
  readonly onDismiss: (id: number) => void;
}

/**
 * The outcome of each step, at most one per topic (the store replaces a topic's message), newest
 * last. Bars wrap their text (multiline layout) so a long message never widens the pane; a
 * message's choices (e.g. Reload / Save as a copy) are buttons under its text.
 */
export function MessageBars({ messages, onDismiss }: MessageBarsProps) {
  return (
    <div role="region" aria-label="Messages" aria-live="polite" style={{ display: 'grid', gap: 4 }}>
      {messages.map((m) => (
        <MessageBar key={m.id} intent={m.intent} layout="multiline" style={{ minWidth: 0 }}>
          <MessageBarBody style={{ overflowWrap: 'anywhere' }}>
            <MessageBarTitle>{m.title}</MessageBarTitle> {m.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                aria-label={`Dismiss: ${m.title}`}
                onClick={() => onDismiss(m.id)}
              >
                ✕
              </Button>
            }
          >
            {m.actions?.map((a) => (
              <Button
                key={a.label}
                size="small"
                onClick={() => {
                  onDismiss(m.id);
                  a.run();
                }}
              >
                {a.label}
              </Button>
            ))}
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
