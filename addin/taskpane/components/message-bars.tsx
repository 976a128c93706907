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

/** Every outcome and error of a step, newest last; each says what to do next. */
export function MessageBars({ messages, onDismiss }: MessageBarsProps) {
  return (
    <div style={{ display: 'grid', gap: 4 }} aria-live="polite">
      {messages.map((m) => (
        <MessageBar key={m.id} intent={m.intent}>
          <MessageBarBody>
            <MessageBarTitle>{m.title}</MessageBarTitle>
            {m.text}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="transparent"
              size="small"
              aria-label={`Dismiss ${m.title}`}
              onClick={() => onDismiss(m.id)}
            >
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
