import { Button, Field, ProgressBar } from '@fluentui/react-components';
import type { Progress } from '../../state/app-store';

export interface ProgressPanelProps {
  readonly progress: Progress | null;
  readonly onCancel: () => void;
}

/** The running step with its progress and a Cancel button; nothing when idle. */
export function ProgressPanel({ progress, onCancel }: ProgressPanelProps) {
  if (!progress) return null;
  return (
    <div role="status" style={{ display: 'flex', gap: 8, alignItems: 'end' }}>
      <Field label={progress.step} style={{ flex: 1 }}>
        <ProgressBar value={progress.fraction ?? undefined} />
      </Field>
      <Button onClick={onCancel}>Cancel</Button>
    </div>
  );
}
